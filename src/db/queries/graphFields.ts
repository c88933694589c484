/**
 * Cypher projections shared by the read queries: an entity as a GraphNode, a relationship as a GraphEdge.
 * The functions take a variable name chosen in code (never user input) and return a Cypher map expression.
 */
import { EvidenceSchema, type Evidence } from '../../model/index.js';

export const nodeFields = (n: string): string =>
  `{id: ${n}.id, name: ${n}.name, type: ${n}.type, aliases: coalesce(${n}.aliases, []),
    degree: coalesce(${n}.degree, 0), documentCount: coalesce(${n}.documentCount, 0)}`;

/**
 * Weak co-mention links carry no confidence: they report 0 and their sentence count (weight) as evidenceCount.
 * Slices return counts only; routes that explain a link (paths, entity details) add the evidence itself.
 */
export const edgeFields = (r: string): string =>
  `{id: ${r}.id, source: startNode(${r}).id, target: endNode(${r}).id, type: type(${r}),
    confidence: coalesce(${r}.confidence, 0.0),
    documentCount: coalesce(${r}.documentCount, size(coalesce(${r}.documentIds, []))),
    evidenceCount: CASE type(${r}) WHEN 'CO_MENTIONED' THEN coalesce(${r}.weight, 0) ELSE size(coalesce(${r}.evidence, [])) END}`;

/** Evidence is stored as JSON strings (Neo4j properties cannot hold maps); parse and check each one. */
export function parseEvidence(stored: unknown): Evidence[] {
  if (!Array.isArray(stored)) return [];
  return stored.map((s) => EvidenceSchema.parse(typeof s === 'string' ? JSON.parse(s) : s));
}
