/**
 * Deterministic positions for nodes that enter the view: each around an already placed neighbour (breadth first,
 * so linked nodes land near each other and edges stay short), and nodes with no placed neighbour on a wide spiral.
 * The same sequence of scene changes gives the same picture, so a shared link shows what its author saw.
 */
import type { AtlasGraph } from './types.js';

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

/** Places each node in `ids` that has no position yet (`placed` says which have one). */
export function placeNodes(graph: AtlasGraph, ids: readonly string[], placed: (id: string) => boolean): void {
  const pending = new Set(ids.filter((id) => !placed(id)));
  if (pending.size === 0) return;
  // How many nodes sit around each anchor: the k-th goes on a sunflower around it, so hubs get a disc of neighbours.
  const around = new Map<string, number>();
  // Positions are written into the attribute objects, without an event per node (tens of thousands in a large
  // view): the graph view updates every node's appearance right after, which makes Sigma read them.
  const moveTo = (id: string, x: number, y: number) => {
    const a = graph.getNodeAttributes(id);
    a.x = x;
    a.y = y;
    pending.delete(id);
  };
  const placeBeside = (id: string, anchor: string) => {
    const k = around.get(anchor) ?? 0;
    around.set(anchor, k + 1);
    const angle = k * GOLDEN_ANGLE + hashUnit(anchor) * 2 * Math.PI;
    const radius = SPACING * (1 + Math.sqrt(k));
    const from = graph.getNodeAttributes(anchor);
    moveTo(id, from.x + radius * Math.cos(angle), from.y + radius * Math.sin(angle));
  };
  const spread = (queue: string[]) => {
    for (let i = 0; i < queue.length; i++) {
      const id = queue[i] as string;
      graph.forEachNeighbor(id, (n) => {
        if (!pending.has(n)) return;
        placeBeside(n, id);
        queue.push(n);
      });
    }
  };

  // First grow out from what is already drawn.
  const drawn: string[] = [];
  graph.forEachNode((id) => {
    if (!pending.has(id)) drawn.push(id);
  });
  spread(drawn);

  // Then each part with nothing placed: its best-connected node on a spiral, the rest grown from there.
  const seeds = [...pending].sort((a, b) => graph.degree(b) - graph.degree(a) || (a < b ? -1 : 1));
  let k = drawn.length;
  for (const seed of seeds) {
    if (!pending.has(seed)) continue;
    const r = k === 0 ? 0 : SPACING * 4 * Math.sqrt(k);
    moveTo(seed, r * Math.cos(k * GOLDEN_ANGLE), r * Math.sin(k * GOLDEN_ANGLE));
    k += 1;
    spread([seed]);
  }
}
