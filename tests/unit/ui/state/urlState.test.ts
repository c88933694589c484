import { describe, expect, it } from 'vitest';
import { decodeUrlState, differsOnlyByCamera, encodeUrlState, urlStateOf, type UrlState } from '../../../../src/ui/state/urlState.js';
import { initialState } from '../../../../src/ui/state/appState.js';
import { addStep, hideNodes, mergeSlice, togglePin } from '../../../../src/ui/state/scene.js';
import { startHistory } from '../../../../src/ui/state/history.js';
import { node } from '../fixtures.js';

const full: UrlState = {
  selection: ['ashoka', 'røde-kors'],
  filters: {
    hiddenTypes: ['Place'],
    hiddenRelations: ['LOCATED_IN', 'RUNS'],
    minConfidence: 0.35,
    documents: ['doc one', 'doc,2'],
    includeWeak: true,
    reviewStates: ['verified', 'rejected'],
  },
  connection: { ids: ['herspace', 'viken-fylkeskommune'], mode: 'k', k: 4, maxHops: 6 },
  camera: { x: 0.51234, y: 0.4, ratio: 0.25 },
  steps: [
    { kind: 'add', ids: ['a', 'b:c'] },
    { kind: 'expand', expansion: { id: 'a', depth: 2, relations: ['FUNDED_BY', 'PART_OF'] } },
    { kind: 'expand', expansion: { id: 'x_y', depth: 1, relations: [] } },
  ],
  hidden: ['malmo'],
  pinned: ['ashoka'],
  sizeBy: 'pagerank',
  colourBy: 'community',
  panel: 'connect',
  reader: 'doc-7',
  canvas: 'map',
  period: { from: 2010, to: 2015 },
};

describe('URL state', () => {
  it('survives a round trip through the query string', () => {
    const back = decodeUrlState(encodeUrlState(full));
    expect(back).toEqual({ ...full, camera: { x: 0.5123, y: 0.4, ratio: 0.25 } });
  });

  it('writes nothing for the default view, so a plain address stays plain', () => {
    expect(encodeUrlState(decodeUrlState(''))).toBe('');
  });

  it('drops values that do not validate and falls back to defaults', () => {
    const s = decodeUrlState('sel=Not+A+Slug,ok&ht=Place,Planet&hr=NOPE&mc=7&cm=fastest&ck=99&c=a,b&cam=1,2&size=height&s=*a.9.;+;?&panel=x');
    expect(s.selection).toEqual(['ok']);
    expect(s.filters.hiddenTypes).toEqual(['Place']);
    expect(s.filters.hiddenRelations).toEqual([]);
    expect(s.filters.minConfidence).toBe(0);
    expect(s.connection).toEqual({ ids: ['a', 'b'], mode: 'shortest', k: 3, maxHops: 5 });
    expect(s.camera).toBeNull();
    expect(s.sizeBy).toBe('degree');
    expect(s.steps).toEqual([]);
    expect(s.panel).toBe('details');
  });

  it('keeps the view and the brushed period, and drops a period or view it cannot read', () => {
    expect(encodeUrlState({ ...decodeUrlState(''), canvas: 'map', period: { from: 2012, to: 2012 } })).toBe('view=map&period=2012');
    expect(decodeUrlState('period=2015-2010').period).toEqual({ from: 2010, to: 2015 });
    const bad = decodeUrlState('view=globe&period=20x0-2015');
    expect(bad.canvas).toBe('graph');
    expect(bad.period).toBeNull();
  });

  it('takes the shareable part of the app state', () => {
    let scene = mergeSlice(initialState().scene.present, { nodes: [node('a'), node('b')], edges: [] });
    scene = togglePin(hideNodes(addStep(scene, { kind: 'add', ids: ['b'] }), ['b']), 'a');
    const state = { ...initialState(), scene: startHistory(scene), selection: ['a'] };
    const url = urlStateOf(state);
    expect(url.selection).toEqual(['a']);
    expect(url.hidden).toEqual(['b']);
    expect(url.pinned).toEqual(['a']);
    expect(url.steps).toEqual([{ kind: 'add', ids: ['b'] }]);
    expect(url.connection).toBeNull();
  });

  it('tells camera-only changes apart from changes worth a history entry', () => {
    expect(differsOnlyByCamera(full, { ...full, camera: { x: 0, y: 0, ratio: 1 } })).toBe(true);
    expect(differsOnlyByCamera(full, { ...full, selection: [] })).toBe(false);
  });
});
