import { describe, expect, it } from 'vitest';
import { addStep, countNewNodes, emptyScene, hideNodes, mergeSlice, setPinned, showHidden, shownNodes, togglePin } from '../../../../src/ui/state/scene.js';
import { edge, node } from '../fixtures.js';

const base = mergeSlice(emptyScene(), { nodes: [node('a'), node('b')], edges: [edge('a', 'PARTNERS_WITH', 'b')] });

describe('scene', () => {
  it('merges slices without duplicating nodes or edges, keeping the fresher copy', () => {
    const next = mergeSlice(base, { nodes: [{ ...node('b'), degree: 7 }, node('c')], edges: [edge('a', 'PARTNERS_WITH', 'b'), edge('b', 'FUNDED_BY', 'c')] });
    expect([...next.nodes.keys()]).toEqual(['a', 'b', 'c']);
    expect(next.nodes.get('b')?.degree).toBe(7);
    expect(next.edges.size).toBe(2);
    expect(base.nodes.size).toBe(2);
  });

  it('keeps evidence out of the scene', () => {
    const withEvidence = { ...edge('a', 'SUPPORTS', 'b'), evidence: [{ documentId: 'd', sentence: 's', start: 0, end: 1, language: 'en' as const }] };
    const next = mergeSlice(base, { nodes: [], edges: [withEvidence] });
    expect(next.edges.get(withEvidence.id)).not.toHaveProperty('evidence');
  });

  it('counts only nodes the scene lacks (or hides) as new', () => {
    const hidden = hideNodes(base, ['b']);
    expect(countNewNodes(hidden, { nodes: [node('a'), node('b'), node('c')] })).toBe(2);
  });

  it('hides, shows and un-hides nodes that come back in a slice', () => {
    const hidden = hideNodes(base, ['a', 'unknown']);
    expect([...hidden.hidden]).toEqual(['a']);
    expect(shownNodes(hidden).map((n) => n.id)).toEqual(['b']);
    expect(showHidden(hidden).hidden.size).toBe(0);
    expect(mergeSlice(hidden, { nodes: [node('a')], edges: [] }).hidden.has('a')).toBe(false);
  });

  it('toggles pins and keeps pins only for nodes in the scene', () => {
    expect(togglePin(togglePin(base, 'a'), 'a').pinned.size).toBe(0);
    expect([...setPinned(base, ['a', 'zz']).pinned]).toEqual(['a']);
  });

  it('records the steps that built it, in order', () => {
    const s = addStep(addStep(base, { kind: 'add', ids: ['c'] }), { kind: 'expand', expansion: { id: 'c', depth: 2, relations: [] } });
    expect(s.steps.map((x) => x.kind)).toEqual(['add', 'expand']);
  });
});
