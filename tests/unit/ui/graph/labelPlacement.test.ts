import { describe, expect, it } from 'vitest';
import { intersects, placeLabels, textBox, type LabelRequest, type PlacedLabel } from '../../../../src/ui/graph/labelPlacement.js';
import { seededRandom } from '../../../../src/ui/graph/seededRandom.js';

const VIEW = { width: 1280, height: 720 };

const label = (key: string, x: number, y: number, more: Partial<LabelRequest> = {}): LabelRequest => ({
  key,
  x,
  y,
  size: 5,
  width: 80,
  height: 14,
  emphasised: false,
  forced: false,
  ...more,
});

function overlaps(placed: readonly PlacedLabel[]): string[] {
  const found: string[] = [];
  for (let i = 0; i < placed.length; i++)
    for (let j = i + 1; j < placed.length; j++) if (intersects(placed[i]!.covers, placed[j]!.covers)) found.push(`${placed[i]!.key}/${placed[j]!.key}`);
  return found;
}

describe('label placement', () => {
  it("keeps Sigma's side (right of the node) when nothing is in the way", () => {
    const placed = placeLabels([label('a', 100, 100), label('b', 400, 100)], VIEW);
    expect(placed.map((p) => p.side)).toEqual(['right', 'right']);
    expect(placed[0]!.box).toEqual(textBox(label('a', 100, 100), 'right'));
  });

  it('moves a label that would cover another to a free side', () => {
    // b's right-hand label would sit on a's.
    const placed = placeLabels([label('a', 100, 100), label('b', 130, 104)], VIEW);
    expect(placed).toHaveLength(2);
    expect(placed.find((p) => p.key === 'b')!.side).not.toBe('right');
    expect(overlaps(placed)).toEqual([]);
  });

  it('places the selected (emphasised) label first, on its own side, and keeps others off its box and its node', () => {
    const selected = label('sel', 112, 100, { emphasised: true, forced: true, size: 10 });
    const neighbour = label('n', 100, 100, { forced: true, size: 20 });
    const placed = placeLabels([neighbour, selected], VIEW);
    expect(placed[0]).toMatchObject({ key: 'sel', side: 'right' });
    const sel = placed[0]!;
    expect(sel.covers.x).toBeLessThan(selected.x - selected.size);
    expect(overlaps(placed)).toEqual([]);
  });

  it('ranks forced labels before density-chosen ones, then larger nodes first', () => {
    const apart = placeLabels([label('small', 100, 100, { size: 4 }), label('big', 400, 100, { size: 9 }), label('forced', 700, 100, { size: 2, forced: true })], VIEW);
    expect(apart.map((p) => p.key)).toEqual(['forced', 'big', 'small']);
    // On one spot the first two take the free sides and the smallest density-chosen label gives way.
    const together = placeLabels([label('small', 100, 100, { size: 4 }), label('big', 100, 100, { size: 9 }), label('forced', 100, 100, { size: 2, forced: true })], VIEW);
    expect(together.map((p) => p.key)).toEqual(['forced', 'big']);
  });

  it('turns a label at the right edge of the view to the left rather than off the canvas', () => {
    const [placed] = placeLabels([label('edge', 1260, 300)], VIEW);
    expect(placed!.side).toBe('left');
    expect(placed!.box.x + placed!.box.width).toBeLessThanOrEqual(VIEW.width);
  });

  it('leaves out a label with no free side instead of drawing it over another', () => {
    const stack = Array.from({ length: 12 }, (_, i) => label(`n${i}`, 300, 300, { forced: true }));
    const placed = placeLabels(stack, VIEW);
    expect(placed.length).toBeGreaterThan(1);
    expect(placed.length).toBeLessThan(12);
    expect(overlaps(placed)).toEqual([]);
  });

  it('places 130 crowded labels with no two overlapping, most of them kept', () => {
    const random = seededRandom(17);
    const requests = Array.from({ length: 130 }, (_, i) =>
      label(`a${i}`, 200 + random() * 700, 150 + random() * 400, { size: 3 + random() * 10, width: 40 + random() * 140, forced: i < 30 }),
    );
    const placed = placeLabels(requests, VIEW);
    expect(overlaps(placed)).toEqual([]);
    expect(placed.length).toBeGreaterThan(40);
    // The neighbourhood (forced) labels go first, so they are the ones kept.
    expect(placed.filter((p) => Number(p.key.slice(1)) < 30).length).toBeGreaterThan(25);
  });
});
