/**
 * Where a place is drawn: Web Mercator (d3-geo) at unit scale, so the map's graph coordinates are radians of
 * longitude east and Mercator units north. Sigma's y axis points up, d3's down: graph y is the projection's y negated.
 */
import { geoMercator } from 'd3-geo';
import type { GeoPoint } from '../../model/index.js';

export const mercator = geoMercator().scale(1).translate([0, 0]);

export interface MapPoint {
  x: number;
  y: number;
}

export function project(p: GeoPoint): MapPoint {
  const [x, y] = mercator([p.longitude, p.latitude]) ?? [0, 0];
  return { x, y: -y };
}

/** What an empty map frames: the Nordic countries. */
export const NORDIC_REGION: { x: [number, number]; y: [number, number] } = (() => {
  const sw = project({ longitude: 4, latitude: 54 });
  const ne = project({ longitude: 32, latitude: 71.5 });
  return { x: [sw.x, ne.x], y: [sw.y, ne.y] };
})();

/**
 * The part of the map to frame: the extent of the placed actors, grown to at least a region's size, so that a
 * single city is shown with the country around it rather than filling the screen.
 */
export function frameAround(points: Iterable<MapPoint>, minimumSpan = 0.25): { x: [number, number]; y: [number, number] } {
  let x0 = Infinity, x1 = -Infinity, y0 = Infinity, y1 = -Infinity;
  for (const p of points) {
    x0 = Math.min(x0, p.x);
    x1 = Math.max(x1, p.x);
    y0 = Math.min(y0, p.y);
    y1 = Math.max(y1, p.y);
  }
  if (x0 === Infinity) return NORDIC_REGION;
  const grow = (lo: number, hi: number): [number, number] => {
    const span = Math.max(hi - lo, minimumSpan);
    const mid = (lo + hi) / 2;
    return [mid - span / 2, mid + span / 2];
  };
  return { x: grow(x0, x1), y: grow(y0, y1) };
}
