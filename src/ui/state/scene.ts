/**
 * The scene: the entities and links the user has brought into view, what they hid or pinned, and the steps that
 * built it (so a shared URL can replay them). Every function returns a new scene; none mutates its input.
 */
import type { GraphEdge, GraphNode, GraphSlice, RelationType } from '../../model/index.js';
import type { Review } from '../../model/index.js';
import type { Write } from './writes.js';

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
  /** Reviews and corrections made since the page opened, oldest first: undo takes them back on the server too. */
  writes: readonly Write[];
  /** Reviews made on this page by claim key (null: back to proposed); they win over what a slice or detail says. */
  reviews: ReadonlyMap<string, Review | null>;
}

export const emptyScene = (): Scene => ({ nodes: new Map(), edges: new Map(), hidden: new Set(), pinned: new Set(), steps: [], writes: [], reviews: new Map() });

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

/** Records a write with what it changed in view. */
export function recordWrite(scene: Scene, write: Write): Scene {
  return { ...scene, writes: [...scene.writes, write] };
}

/** Gives the claim with this key (an entity id or relation id) its new review, in view or not (null: proposed). */
export function setReview(scene: Scene, key: string, review: Review | null): Scene {
  const reviews = new Map(scene.reviews).set(key, review);
  const withReview = <T extends { review?: Review }>({ review: _old, ...item }: T): T => (review ? { ...item, review } : item) as T;
  const node = scene.nodes.get(key);
  const edge = scene.edges.get(key);
  return {
    ...scene,
    reviews,
    nodes: node ? new Map(scene.nodes).set(key, withReview(node)) : scene.nodes,
    edges: edge ? new Map(scene.edges).set(key, withReview(edge)) : scene.edges,
  };
}

/** The review a claim has now: one made on this page, else what the server said. */
export function currentReview(scene: Scene, key: string, fromServer: Review | undefined): Review | null {
  return scene.reviews.has(key) ? (scene.reviews.get(key) ?? null) : (fromServer ?? null);
}

/** Takes entities out of the scene with their edges (a merge made them part of another). */
export function dropNodes(scene: Scene, ids: Iterable<string>): Scene {
  const gone = new Set([...ids].filter((id) => scene.nodes.has(id)));
  if (gone.size === 0) return scene;
  const nodes = new Map([...scene.nodes].filter(([id]) => !gone.has(id)));
  const edges = new Map([...scene.edges].filter(([, e]) => !gone.has(e.source) && !gone.has(e.target)));
  const keep = (set: ReadonlySet<string>) => new Set([...set].filter((id) => !gone.has(id)));
  return { ...scene, nodes, edges, hidden: keep(scene.hidden), pinned: keep(scene.pinned) };
}

/** Drops the edges touching these entities, so a fresh slice can bring back exactly what the database now holds. */
export function dropEdgesOf(scene: Scene, ids: Iterable<string>): Scene {
  const touched = new Set(ids);
  const edges = new Map([...scene.edges].filter(([, e]) => !touched.has(e.source) && !touched.has(e.target)));
  return edges.size === scene.edges.size ? scene : { ...scene, edges };
}

/** Nodes the user has not hidden. */
export function shownNodes(scene: Scene): GraphNode[] {
  return [...scene.nodes.values()].filter((n) => !scene.hidden.has(n.id));
}
