import { describe, expect, it } from 'vitest';
import { ENTITY_TYPES } from '../../../../src/model/index.js';
import { defaultFilters, edgePasses, isFiltering, isolateType, nodePasses, toggleDocument, toggleRelation, toggleType } from '../../../../src/ui/state/filters.js';
import { edge, node } from '../fixtures.js';

describe('filters', () => {
  it('hides a type on toggle and shows it again on a second toggle', () => {
    const f = toggleType(defaultFilters(), 'Place');
    expect(nodePasses(node('oslo', 'Place'), f, null)).toBe(false);
    expect(nodePasses(node('x', 'Organisation'), f, null)).toBe(true);
    expect(toggleType(f, 'Place').hiddenTypes).toEqual([]);
  });

  it('isolates a type, and isolating it again shows every type', () => {
    const only = isolateType(defaultFilters(), 'Event');
    expect(only.hiddenTypes).toHaveLength(ENTITY_TYPES.length - 1);
    expect(nodePasses(node('e', 'Event'), only, null)).toBe(true);
    expect(nodePasses(node('o', 'Organisation'), only, null)).toBe(false);
    expect(isolateType(only, 'Event').hiddenTypes).toEqual([]);
  });

  it('keeps only entities of the chosen documents when documents are chosen', () => {
    const f = toggleDocument(defaultFilters(), 'doc-1');
    expect(nodePasses(node('a'), f, new Set(['a']))).toBe(true);
    expect(nodePasses(node('b'), f, new Set(['a']))).toBe(false);
  });

  it('drops hidden relation types and relations under the minimum confidence', () => {
    const f = { ...toggleRelation(defaultFilters(), 'FUNDED_BY'), minConfidence: 0.5 };
    expect(edgePasses(edge('a', 'FUNDED_BY', 'b', 0.9), f)).toBe(false);
    expect(edgePasses(edge('a', 'SUPPORTS', 'b', 0.4), f)).toBe(false);
    expect(edgePasses(edge('a', 'SUPPORTS', 'b', 0.5), f)).toBe(true);
  });

  it('shows weak co-mention links only when switched on, whatever their confidence', () => {
    const weak = edge('a', 'CO_MENTIONED', 'b', 0);
    expect(edgePasses(weak, defaultFilters())).toBe(false);
    expect(edgePasses(weak, { ...defaultFilters(), includeWeak: true, minConfidence: 0.9 })).toBe(true);
  });

  it('says whether anything is filtered out', () => {
    expect(isFiltering(defaultFilters())).toBe(false);
    expect(isFiltering({ ...defaultFilters(), minConfidence: 0.2 })).toBe(true);
  });
});
