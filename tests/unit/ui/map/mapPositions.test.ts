import { describe, expect, it } from 'vitest';
import type { GraphNode } from '../../../../src/model/index.js';
import { mapPositions, SPREAD } from '../../../../src/ui/map/mapPositions.js';
import { mapSlice } from '../../../../src/ui/map/mapSlice.js';
import { frameAround, NORDIC_REGION, project } from '../../../../src/ui/map/projection.js';
import { edge, node } from '../fixtures.js';

const STOCKHOLM = { latitude: 59.33, longitude: 18.07 };
const MALMO = { latitude: 55.6, longitude: 13.0 };
const DRAMMEN = { latitude: 59.74, longitude: 10.2 };
const VIENNA = { latitude: 48.21, longitude: 16.37 };
const WASHINGTON = { latitude: 38.9, longitude: -77.04 };
const at = (n: GraphNode, location: GraphNode['location']): GraphNode => ({ ...n, location });

describe('the map projection', () => {
  it('keeps geographic order: east is right, north is up', () => {
    const [w, v, d, m, s] = [WASHINGTON, VIENNA, DRAMMEN, MALMO, STOCKHOLM].map(project) as [ReturnType<typeof project>, ...ReturnType<typeof project>[]];
    expect(w.x).toBeLessThan(v!.x);
    expect(d!.y).toBeGreaterThan(m!.y);
    expect(s!.x).toBeGreaterThan(d!.x);
    expect(v!.y).toBeLessThan(m!.y);
  });

  it('frames at least a region around one city, and the Nordics when nothing is placed', () => {
    const one = frameAround([project(MALMO)]);
    expect(one.x[1] - one.x[0]).toBeGreaterThan(0.2);
    expect(frameAround([])).toEqual(NORDIC_REGION);
  });
});

describe('actors on the map', () => {
  it('spreads actors of one place around it, the place itself in the middle', () => {
    const placed = [at(node('zeta'), MALMO), at(node('malmo', 'Place'), MALMO), at(node('alpha'), MALMO), at(node('drammen', 'Place'), DRAMMEN)];
    const positions = mapPositions(placed);
    expect(positions.get('malmo')).toEqual(project(MALMO));
    expect(positions.get('drammen')).toEqual(project(DRAMMEN));
    const centre = project(MALMO);
    for (const id of ['alpha', 'zeta']) {
      const p = positions.get(id)!;
      const r = Math.hypot(p.x - centre.x, p.y - centre.y);
      expect(r).toBeGreaterThan(0);
      expect(r).toBeLessThanOrEqual(SPREAD * 2);
    }
    expect(mapPositions([...placed].reverse())).toEqual(positions);
  });

  it('draws only placed actors and the links between them, and counts the others', () => {
    const slice = mapSlice({
      nodes: [at(node('a'), STOCKHOLM), at(node('b'), VIENNA), node('c')],
      edges: [edge('a', 'PARTNERS_WITH', 'b'), edge('b', 'SUPPORTS', 'c')],
    });
    expect(slice.nodes.map((n) => n.id)).toEqual(['a', 'b']);
    expect(slice.edges.map((e) => e.id)).toEqual(['a>PARTNERS_WITH>b']);
    expect(slice.unplaced).toBe(1);
  });
});
