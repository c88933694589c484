/**
 * The scene: the entities and links the user has brought into view, what they hid or pinned, and the steps that
 * built it (so a shared URL can replay them). Every function returns a new scene; none mutates its input.
 */
import type { GraphEdge, GraphNode, GraphSlice, RelationType } from '../../model/index.js';

export interface Expansion {
  id: string;
  depth: number;
  relations: RelationType[];
}

/** How the scene grew beyond the overview: entities added by id, or neighbourhoods expanded. */
export type SceneStep = { kind: 'add'; ids: string[] } | { kind: 'expand'; expansion: Expansion };

export interface Scene {
  nodes: ReadonlyMap<string, GraphNode>;
  edges: ReadonlyMap<string, GraphEdge>;
  hidden: ReadonlySet<string>;
  pinned: ReadonlySet<string>;
  steps: readonly SceneStep[];
}

export const emptyScene = (): Scene => ({ nodes: new Map(), edges: new Map(), hidden: new Set(), pinned: new Set(), steps: [] });

/** Adds a slice's nodes and edges; entries already present are replaced by the fresher copy. */
export function mergeSlice(scene: Scene, slice: Pick<GraphSlice, 'nodes' | 'edges'>): Scene {
  if (slice.nodes.length === 0 && slice.edges.length === 0) return scene;
  const nodes = new Map(scene.nodes);
  for (const node of slice.nodes) nodes.set(node.id, node);
  const edges = new Map(scene.edges);
  // Evidence belongs to detail views; the scene keeps the summary so snapshots stay small. (Slices of the graph
  // routes carry none: their edges are kept as they are, not copied.)
  for (const edge of slice.edges) edges.set(edge.id, edge.evidence === undefined ? edge : withoutEvidence(edge));
  const hidden = new Set(scene.hidden);
  for (const node of slice.nodes) hidden.delete(node.id);
  return { ...scene, nodes, edges, hidden };
}

function withoutEvidence({ evidence: _evidence, ...edge }: GraphEdge): GraphEdge {
  return edge;
}

export function addStep(scene: Scene, step: SceneStep): Scene {
  return { ...scene, steps: [...scene.steps, step] };
}

/** Counts the nodes of a slice the scene does not hold yet (to warn before adding hundreds). */
export function countNewNodes(scene: Scene, slice: Pick<GraphSlice, 'nodes'>): number {
  return slice.nodes.filter((n) => !scene.nodes.has(n.id) || scene.hidden.has(n.id)).length;
}

export function hideNodes(scene: Scene, ids: Iterable<string>): Scene {
  const hidden = new Set(scene.hidden);
  for (const id of ids) if (scene.nodes.has(id)) hidden.add(id);
  return hidden.size === scene.hidden.size ? scene : { ...scene, hidden };
}

export function showHidden(scene: Scene): Scene {
  return scene.hidden.size === 0 ? scene : { ...scene, hidden: new Set() };
}

export function togglePin(scene: Scene, id: string): Scene {
  const pinned = new Set(scene.pinned);
  if (pinned.has(id)) pinned.delete(id);
  else pinned.add(id);
  return { ...scene, pinned };
}

export function setPinned(scene: Scene, ids: Iterable<string>): Scene {
  return { ...scene, pinned: new Set([...ids].filter((id) => scene.nodes.has(id))) };
}

/** Nodes the user has not hidden. */
export function shownNodes(scene: Scene): GraphNode[] {
  return [...scene.nodes.values()].filter((n) => !scene.hidden.has(n.id));
}
