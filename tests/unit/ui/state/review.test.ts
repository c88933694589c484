import { describe, expect, it } from 'vitest';
import type { Review } from '../../../../src/model/index.js';
import { edgeAttributes } from '../../../../src/ui/graph/attributes.js';
import { VERIFIED_COLOUR } from '../../../../src/ui/graph/palette.js';
import { reduceEdge, reduceNode } from '../../../../src/ui/graph/reducers.js';
import { visibleSlice } from '../../../../src/ui/graph/visibleSlice.js';
import { defaultFilters, toggleReviewState } from '../../../../src/ui/state/filters.js';
import { currentReview, dropEdgesOf, dropNodes, emptyScene, hideNodes, mergeSlice, setReview } from '../../../../src/ui/state/scene.js';
import { writesLeaving, type Write } from '../../../../src/ui/state/writes.js';
import { edge, node } from '../fixtures.js';

const verified: Review = { state: 'verified', by: 'Kari', at: '2026-12-04T18:00:00Z' };
const rejected: Review = { state: 'rejected', by: 'Kari', at: '2026-12-04T18:01:00Z', note: 'the article says the opposite' };
const ab = edge('a', 'PARTNERS_WITH', 'b');
const bc = edge('b', 'FUNDED_BY', 'c');
const base = mergeSlice(emptyScene(), { nodes: [node('a'), node('b'), node('c')], edges: [ab, bc] });

describe('review states in the scene', () => {
  it('gives the edge or node with the claim key its review, and remembers it for claims not in view', () => {
    const next = setReview(setReview(setReview(base, ab.id, rejected), 'c', verified), 'x>RUNS>y', verified);
    expect(next.edges.get(ab.id)?.review).toEqual(rejected);
    expect(next.nodes.get('c')?.review).toEqual(verified);
    expect(currentReview(next, 'x>RUNS>y', undefined)).toEqual(verified);
    expect(base.edges.get(ab.id)?.review).toBeUndefined();
  });

  it('prefers a review made on the page over what the server sent, and null means back to proposed', () => {
    const back = setReview(setReview(base, ab.id, rejected), ab.id, null);
    expect(currentReview(back, ab.id, verified)).toBeNull();
    expect(back.edges.get(ab.id)).not.toHaveProperty('review');
    expect(currentReview(base, ab.id, verified)).toEqual(verified);
  });

  it('hides rejected relations and entities by default and draws them when the filter asks', () => {
    const reviewed = setReview(setReview(base, ab.id, rejected), 'c', rejected);
    const byDefault = visibleSlice(reviewed, defaultFilters(), null);
    expect(byDefault.edges.map((e) => e.id)).toEqual([]);
    expect(byDefault.nodes.map((n) => n.id)).toEqual(['a', 'b']);
    const all = visibleSlice(reviewed, toggleReviewState(defaultFilters(), 'rejected'), null);
    expect(all.edges.map((e) => e.id)).toEqual([ab.id, bc.id]);
  });
});

describe('review states in the drawing', () => {
  it('draws verified relations thick and in their colour, also when they are highlighted', () => {
    const attributes = edgeAttributes({ ...ab, review: verified }, 'full');
    expect(attributes).toMatchObject({ color: VERIFIED_COLOUR, reviewState: 'verified' });
    expect(attributes.size).toBeGreaterThan(edgeAttributes(ab, 'full').size);
    const focus = { core: new Set(['a']), nodes: new Set(['a', 'b']), pathEdges: new Set<string>() };
    expect(reduceEdge(ab.id, attributes, ['a', 'b'], focus).color).toBe(VERIFIED_COLOUR);
  });

  it('marks reviewed entities in their label', () => {
    const node = { x: 0, y: 0, size: 4, color: '#000', label: 'A', hidden: false, forceLabel: false, highlighted: false, zIndex: 0 };
    const shown = (reviewState: 'verified' | 'rejected') =>
      reduceNode('a', { ...node, entityType: 'Organisation', degree: 1, documentCount: 1, fixed: false, community: undefined, reviewState, type: undefined }, null);
    expect(shown('verified').label).toBe('✓ A');
    expect(shown('rejected').label).toBe('✕ A');
  });
});

describe('corrections in the scene', () => {
  it('drops merged-away entities with their edges, hidden and pinned marks', () => {
    const next = dropNodes(hideNodes(base, ['a']), ['a']);
    expect([...next.nodes.keys()]).toEqual(['b', 'c']);
    expect([...next.edges.keys()]).toEqual([bc.id]);
    expect(next.hidden.size).toBe(0);
  });

  it('drops only the edges touching the affected entities', () => {
    expect([...dropEdgesOf(base, ['c']).edges.keys()]).toEqual([ab.id]);
    expect(dropEdgesOf(base, ['zz'])).toBe(base);
  });
});

describe('writes crossed by undo and redo', () => {
  const w = (seq: number): Write => ({ seq, kind: 'correction', body: { kind: 'alias', entity: 'a', alias: `A${seq}`, by: 'Kari' } });
  it('lists the writes one snapshot holds and the other does not, newest first', () => {
    const [one, two, three] = [w(1), w(2), w(3)];
    expect(writesLeaving([one, two, three], [one]).map((x) => x.seq)).toEqual([3, 2]);
    expect(writesLeaving([one], [one, two])).toEqual([]);
    // A redone correction is the same write even when its record was copied.
    expect(writesLeaving([{ ...one }], [one])).toEqual([]);
  });
});
