/**
 * Deterministic positions for nodes that enter the view: each around an already placed neighbour (breadth first,
 * so linked nodes land near each other and edges stay short), and nodes with no placed neighbour on a wide spiral.
 * The same sequence of scene changes gives the same picture, so a shared link shows what its author saw.
 */
import type { AtlasGraph, NodeAttributes } from './types.js';

/** FNV-1a: a stable number in [0, 1) from an id. */
export function hashUnit(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) / 2 ** 32;
}

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));
const SPACING = 12;

/**
 * The graph's nodes by number and their neighbours as one array (compressed rows), in the order of the graph's
 * edges: the same order graphology's own neighbour lists give, at a fraction of the cost on a large view.
 */
interface Adjacency {
  ids: string[];
  attributes: NodeAttributes[];
  index: Map<string, number>;
  /** Neighbours of node i are `neighbours[start[i]]` up to `neighbours[start[i + 1]]`; a parallel edge repeats one. */
  start: Int32Array;
  neighbours: Int32Array;
}

function adjacency(graph: AtlasGraph): Adjacency {
  const ids: string[] = [];
  const attributes: NodeAttributes[] = [];
  const index = new Map<string, number>();
  graph.forEachNode((id, a) => {
    index.set(id, ids.length);
    ids.push(id);
    attributes.push(a);
  });
  const ends = new Int32Array(graph.size * 2);
  let k = 0;
  graph.forEachEdge((_edge, _a, source, target) => {
    ends[k++] = index.get(source) as number;
    ends[k++] = index.get(target) as number;
  });
  const start = new Int32Array(ids.length + 1);
  for (const end of ends) start[end + 1] = (start[end + 1] as number) + 1;
  for (let i = 0; i < ids.length; i++) start[i + 1] = (start[i + 1] as number) + (start[i] as number);
  const next = start.slice(0, ids.length);
  const neighbours = new Int32Array(ends.length);
  for (let i = 0; i < ends.length; i += 2) {
    const a = ends[i] as number;
    const b = ends[i + 1] as number;
    neighbours[(next[a] as number)++] = b;
    neighbours[(next[b] as number)++] = a;
  }
  return { ids, attributes, index, start, neighbours };
}

/** Places each node in `ids` that has no position yet (`placed` says which have one). */
export function placeNodes(graph: AtlasGraph, ids: readonly string[], placed: (id: string) => boolean): void {
  const unplaced = ids.filter((id) => !placed(id));
  if (unplaced.length === 0) return;
  const { ids: keys, attributes, index, start, neighbours } = adjacency(graph);
  const pending = new Uint8Array(keys.length);
  for (const id of unplaced) pending[index.get(id) as number] = 1;
  // How many nodes sit around each anchor: the k-th goes on a sunflower around it, so hubs get a disc of neighbours.
  const around = new Int32Array(keys.length);
  // Positions are written into the attribute objects, without an event per node (tens of thousands in a large
  // view): the graph view updates every node's appearance right after, which makes Sigma read them.
  const moveTo = (i: number, x: number, y: number) => {
    const a = attributes[i] as NodeAttributes;
    a.x = x;
    a.y = y;
    pending[i] = 0;
  };
  const placeBeside = (i: number, anchor: number) => {
    const k = around[anchor] as number;
    around[anchor] = k + 1;
    const angle = k * GOLDEN_ANGLE + hashUnit(keys[anchor] as string) * 2 * Math.PI;
    const radius = SPACING * (1 + Math.sqrt(k));
    const from = attributes[anchor] as NodeAttributes;
    moveTo(i, from.x + radius * Math.cos(angle), from.y + radius * Math.sin(angle));
  };
  const spread = (queue: number[]) => {
    for (let q = 0; q < queue.length; q++) {
      const i = queue[q] as number;
      for (let j = start[i] as number, end = start[i + 1] as number; j < end; j++) {
        const n = neighbours[j] as number;
        if (!pending[n]) continue;
        placeBeside(n, i);
        queue.push(n);
      }
    }
  };

  // First grow out from what is already drawn.
  const drawn: number[] = [];
  for (let i = 0; i < keys.length; i++) if (!pending[i]) drawn.push(i);
  spread(drawn);

  // Then each part with nothing placed: its best-connected node on a spiral, the rest grown from there.
  const degree = (i: number) => (start[i + 1] as number) - (start[i] as number);
  const seeds: number[] = [];
  for (let i = 0; i < keys.length; i++) if (pending[i]) seeds.push(i);
  seeds.sort((a, b) => degree(b) - degree(a) || ((keys[a] as string) < (keys[b] as string) ? -1 : 1));
  let k = drawn.length;
  for (const seed of seeds) {
    if (!pending[seed]) continue;
    const r = k === 0 ? 0 : SPACING * 4 * Math.sqrt(k);
    moveTo(seed, r * Math.cos(k * GOLDEN_ANGLE), r * Math.sin(k * GOLDEN_ANGLE));
    k += 1;
    spread([seed]);
  }
}
