/**
 * Where the labels Sigma chose to draw go, so that none covers another. Sigma's label grid and density settings pick
 * the candidates; this pass then places them greedily, most important first (selected or hovered nodes, then forced
 * labels such as a selection's neighbourhood, then larger nodes), each beside its node on the first side that is free,
 * and leaves out a label with no free side. Screen coordinates, in CSS pixels.
 */

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export type Side = 'right' | 'left' | 'below' | 'above' | 'below-right' | 'above-right' | 'below-left' | 'above-left';

/** Sigma's own side first; the diagonals last, being the furthest from reading as the node's name. */
export const SIDES: readonly Side[] = ['right', 'left', 'below', 'above', 'below-right', 'above-right', 'below-left', 'above-left'];

export interface LabelRequest {
  key: string;
  /** Node centre and radius on screen. */
  x: number;
  y: number;
  size: number;
  /** Text size. */
  width: number;
  height: number;
  /** Selected or hovered: Sigma draws it emphasised, on a box that also covers the node. */
  emphasised: boolean;
  /** Asked for whatever the density (a selection's neighbourhood, a pinned node). */
  forced: boolean;
}

export interface PlacedLabel {
  key: string;
  side: Side;
  /** The text's box. */
  box: Box;
  /** What it covers: the text's box, with the node too for an emphasised label. */
  covers: Box;
}

/** Space between a node's rim and its label, as in Sigma's default label drawing. */
export const LABEL_GAP = 3;
/** Space kept free around each label so that neighbours do not touch. */
export const LABEL_MARGIN = 2;

/** The box of a label's text on one side of its node. */
export function textBox(r: LabelRequest, side: Side): Box {
  const { x, y, size, width, height } = r;
  const gap = size + LABEL_GAP;
  // Diagonal labels start where the rim meets the diagonal.
  const diagonal = size * Math.SQRT1_2;
  switch (side) {
    case 'right':
      return { x: x + gap, y: y - height / 2, width, height };
    case 'left':
      return { x: x - gap - width, y: y - height / 2, width, height };
    case 'below':
      return { x: x - width / 2, y: y + gap, width, height };
    case 'above':
      return { x: x - width / 2, y: y - gap - height, width, height };
    case 'below-right':
      return { x: x + diagonal, y: y + diagonal, width, height };
    case 'above-right':
      return { x: x + diagonal, y: y - diagonal - height, width, height };
    case 'below-left':
      return { x: x - diagonal - width, y: y + diagonal, width, height };
    case 'above-left':
      return { x: x - diagonal - width, y: y - diagonal - height, width, height };
  }
}

/** The smallest box holding both. */
export function union(a: Box, b: Box): Box {
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return { x, y, width: Math.max(a.x + a.width, b.x + b.width) - x, height: Math.max(a.y + a.height, b.y + b.height) - y };
}

export function intersects(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

function inside(b: Box, view: { width: number; height: number }): boolean {
  return b.x >= 0 && b.y >= 0 && b.x + b.width <= view.width && b.y + b.height <= view.height;
}

function grow(b: Box, by: number): Box {
  return { x: b.x - by, y: b.y - by, width: b.width + 2 * by, height: b.height + 2 * by };
}

function coverOf(r: LabelRequest, box: Box): Box {
  if (!r.emphasised) return grow(box, LABEL_MARGIN);
  // The emphasis box wraps the node as well, with the margin of Sigma's hover drawing.
  const halo = r.size + LABEL_GAP;
  return grow(union(box, { x: r.x - halo, y: r.y - halo, width: 2 * halo, height: 2 * halo }), LABEL_MARGIN);
}

const rank = (r: LabelRequest) => (r.emphasised ? 0 : r.forced ? 1 : 2);

/**
 * The boxes taken so far, bucketed by screen cell: zoomed into a large graph Sigma hands over a thousand labels or
 * more, and testing each side against every placed label would cost tens of milliseconds a frame.
 */
class TakenBoxes {
  private static readonly CELL = 64;
  private readonly cells = new Map<number, Box[]>();

  /** Cells are numbered from an offset, so that the off-view margin Sigma still draws in has positive numbers. */
  private static span(from: number, length: number): [number, number] {
    return [Math.floor(from / TakenBoxes.CELL) + 1024, Math.floor((from + length) / TakenBoxes.CELL) + 1024];
  }

  // isFree and take walk the cells with plain loops of their own: sharing one walk through a callback or an array of
  // cells made the pass four to five times slower on 500 and 2,000 labels (tests/bench/labelPlacement.ts).
  isFree(b: Box): boolean {
    const [x0, x1] = TakenBoxes.span(b.x, b.width);
    const [y0, y1] = TakenBoxes.span(b.y, b.height);
    for (let x = x0; x <= x1; x++)
      for (let y = y0; y <= y1; y++) {
        const list = this.cells.get(x * 4096 + y);
        if (list) for (const taken of list) if (intersects(taken, b)) return false;
      }
    return true;
  }

  take(b: Box): void {
    const [x0, x1] = TakenBoxes.span(b.x, b.width);
    const [y0, y1] = TakenBoxes.span(b.y, b.height);
    for (let x = x0; x <= x1; x++)
      for (let y = y0; y <= y1; y++) {
        const list = this.cells.get(x * 4096 + y);
        if (list) list.push(b);
        else this.cells.set(x * 4096 + y, [b]);
      }
  }
}

/** The first side, among those on the view (or those off it), where the label covers nothing taken. */
function firstFree(r: LabelRequest, view: { width: number; height: number }, taken: TakenBoxes, onView: boolean): PlacedLabel | null {
  for (const side of SIDES) {
    const box = textBox(r, side);
    if (inside(box, view) !== onView) continue;
    const covers = coverOf(r, box);
    if (taken.isFree(covers)) return { key: r.key, side, box, covers };
  }
  return null;
}

/**
 * Places labels without overlap, in order of importance; a label that fits nowhere is left out. A side that runs off
 * the view is tried only after those that stay on it.
 */
export function placeLabels(requests: readonly LabelRequest[], view: { width: number; height: number }): PlacedLabel[] {
  const order = requests.map((r, i) => ({ r, i }));
  // Stable: equal labels keep Sigma's order (its grid already sorts by size within a cell).
  order.sort((a, b) => rank(a.r) - rank(b.r) || b.r.size - a.r.size || a.i - b.i);
  const placed: PlacedLabel[] = [];
  const taken = new TakenBoxes();
  for (const { r } of order) {
    const found = firstFree(r, view, taken, true) ?? firstFree(r, view, taken, false);
    if (!found) continue;
    taken.take(found.covers);
    placed.push(found);
  }
  return placed;
}
