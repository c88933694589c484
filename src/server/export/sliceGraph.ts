/**
 * A graph slice as a graphology graph, the common input of the file exports. Symmetric relations and co-mentions
 * become undirected edges, the others directed ones; several relations between the same pair stay distinct.
 */
import Graph from 'graphology';
import { isSymmetric, type GraphSlice, type RelationType, type TimeSpan } from '../../model/index.js';

/** When an element holds, as flat attributes (GraphML and CSV have no nested values); absent parts are left out. */
export interface TimeAttributes {
  from?: string;
  to?: string;
  at?: string;
  precision?: string;
}

const timeAttributes = (t: TimeSpan | undefined): TimeAttributes =>
  t ? { ...(t.from && { from: t.from }), ...(t.to && { to: t.to }), ...(t.at && { at: t.at }), precision: t.precision } : {};

export interface ExportNodeAttributes extends TimeAttributes {
  label: string;
  entityType: string;
  /** Aliases joined by "; ": GraphML and CSV have no list type. */
  aliases: string;
  degree: number;
  documentCount: number;
  /** WGS-84 degrees: the place's own, or those of the place it is located in (`locatedAt`). */
  latitude?: number;
  longitude?: number;
  locatedAt?: string;
}

export interface ExportEdgeAttributes extends TimeAttributes {
  label: string;
  relationType: string;
  confidence: number;
  documentCount: number;
  evidenceCount: number;
}

export type ExportGraph = Graph<ExportNodeAttributes, ExportEdgeAttributes>;

export function sliceGraph(slice: GraphSlice): ExportGraph {
  const graph: ExportGraph = new Graph({ type: 'mixed', multi: true, allowSelfLoops: true });
  for (const n of slice.nodes) {
    graph.mergeNode(n.id, {
      label: n.name,
      entityType: n.type,
      aliases: n.aliases.join('; '),
      degree: n.degree,
      documentCount: n.documentCount,
      ...(n.location && { latitude: n.location.latitude, longitude: n.location.longitude }),
      ...(n.locatedAt && { locatedAt: n.locatedAt }),
      ...timeAttributes(n.time),
    });
  }
  for (const e of slice.edges) {
    if (!graph.hasNode(e.source) || !graph.hasNode(e.target) || graph.hasEdge(e.id)) continue;
    const attributes: ExportEdgeAttributes = {
      label: e.type,
      relationType: e.type,
      confidence: e.confidence,
      documentCount: e.documentCount,
      evidenceCount: e.evidenceCount,
      ...timeAttributes(e.time),
    };
    const undirected = e.type === 'CO_MENTIONED' || isSymmetric(e.type as RelationType);
    if (undirected) graph.addUndirectedEdgeWithKey(e.id, e.source, e.target, attributes);
    else graph.addDirectedEdgeWithKey(e.id, e.source, e.target, attributes);
  }
  return graph;
}
