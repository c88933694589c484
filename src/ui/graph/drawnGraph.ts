/**
 * The graph Sigma draws: a graphology MultiUndirectedGraph whose per-node neighbour indexes are dictionaries from the
 * start. graphology keeps each node's neighbours in a plain `{}` keyed by neighbour id; V8 gives every such object a
 * hidden class per distinct run of keys, and at a quarter of a million edges creating those classes costs more than
 * the rest of the insertion (graphology/graphology#188). An object without a prototype starts as a dictionary.
 */
import { MultiUndirectedGraph } from 'graphology';
import type { AtlasGraph, EdgeAttributes, NodeAttributes } from './types.js';

/** graphology's internal per-node record (not part of its typed API). */
type NodeDataClass = new (key: string, attributes: NodeAttributes) => { undirected: Record<string, unknown>; clear(): void };

export class DrawnGraph extends MultiUndirectedGraph<NodeAttributes, EdgeAttributes> {
  constructor() {
    super();
    const internals = this as unknown as { NodeDataClass?: NodeDataClass };
    const Base = internals.NodeDataClass;
    // Another graphology version without this record keeps its plain objects: correct, only slower.
    if (typeof Base !== 'function') return;
    internals.NodeDataClass = class extends Base {
      override clear(): void {
        super.clear();
        this.undirected = Object.create(null) as Record<string, unknown>;
      }
    };
  }

  /** graphology answers `hasEdge(source, target)` with the neighbour object's own `hasOwnProperty`, which a dictionary lacks. */
  override hasEdge(edge: unknown): boolean;
  override hasEdge(source: unknown, target: unknown): boolean;
  override hasEdge(...args: unknown[]): boolean {
    if (args.length !== 2) return super.hasEdge(args[0]);
    const [source, target] = args.map(String) as [string, string];
    return this.hasNode(source) && this.hasNode(target) && this.areNeighbors(source, target);
  }

  override hasUndirectedEdge(edge: unknown): boolean;
  override hasUndirectedEdge(source: unknown, target: unknown): boolean;
  override hasUndirectedEdge(...args: unknown[]): boolean {
    return args.length === 2 ? this.hasEdge(args[0], args[1]) : super.hasUndirectedEdge(args[0]);
  }
}

/**
 * A copy of the drawn graph with its own attribute objects, like graphology's `copy()` (whose result is a plain
 * graph with the slow neighbour objects): the layout worker runs on one.
 */
export function copyDrawnGraph(graph: AtlasGraph): DrawnGraph {
  const copy = new DrawnGraph();
  graph.forEachNode((id, a) => copy.addNode(id, { ...a }));
  graph.forEachEdge((id, a, source, target) => copy.addEdgeWithKey(id, source, target, { ...a }));
  return copy;
}
