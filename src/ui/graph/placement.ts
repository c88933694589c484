/**
 * Deterministic positions for nodes that enter the view: beside their placed neighbours, else on a spiral. The same
 * sequence of scene changes gives the same picture, so a shared link shows what its author saw.
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

/** Places each node in `ids` that has no position (x and y NaN), neighbours of placed nodes first. */
export function placeNodes(graph: AtlasGraph, ids: readonly string[], placed: (id: string) => boolean): void {
  const pending = new Set(ids.filter((id) => !placed(id)));
  let progress = true;
  while (pending.size > 0 && progress) {
    progress = false;
    for (const id of pending) {
      const anchors = graph.neighbors(id).filter((n) => !pending.has(n));
      if (anchors.length === 0) continue;
      let x = 0;
      let y = 0;
      for (const a of anchors) {
        x += graph.getNodeAttribute(a, 'x');
        y += graph.getNodeAttribute(a, 'y');
      }
      const angle = hashUnit(id) * 2 * Math.PI;
      const radius = SPACING * (1 + hashUnit(`${id}#r`));
      graph.mergeNodeAttributes(id, { x: x / anchors.length + radius * Math.cos(angle), y: y / anchors.length + radius * Math.sin(angle) });
      pending.delete(id);
      progress = true;
    }
  }
  // The rest are not connected to anything placed: a sunflower spiral in stable id order.
  const rest = [...pending].sort();
  const offset = graph.order - rest.length;
  rest.forEach((id, i) => {
    const k = offset + i;
    const r = SPACING * Math.sqrt(k + 1);
    graph.mergeNodeAttributes(id, { x: r * Math.cos(k * GOLDEN_ANGLE), y: r * Math.sin(k * GOLDEN_ANGLE) });
  });
}
