/** Small slices for the explorer's unit tests. */
import type { EdgeType, EntityType, GraphEdge, GraphNode } from '../../../src/model/index.js';

export function node(id: string, type: EntityType = 'Organisation', degree = 1): GraphNode {
  return { id, name: id.toUpperCase(), type, aliases: [], degree, documentCount: 1 };
}

export function edge(source: string, type: EdgeType, target: string, confidence = 0.8): GraphEdge {
  return { id: `${source}>${type}>${target}`, source, target, type, confidence, documentCount: 1, evidenceCount: 1 };
}
