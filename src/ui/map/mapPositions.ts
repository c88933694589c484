/**
 * Positions of the actors on the map: each at its location, and several at the same place (a city's many
 * organisations) spread on a small sunflower around it, the place itself in the middle, in a stable order.
 */
import type { GraphNode } from '../../model/index.js';
import { project, type MapPoint } from './projection.js';

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));
/** In graph units (radians of longitude): about 8 km at the equator, less at Nordic latitudes on screen. */
export const SPREAD = 0.0013;

export function mapPositions(nodes: readonly GraphNode[]): Map<string, MapPoint> {
  const byPlace = new Map<string, GraphNode[]>();
  for (const n of nodes) {
    if (!n.location) continue;
    const key = `${n.location.latitude},${n.location.longitude}`;
    const group = byPlace.get(key);
    if (group) group.push(n);
    else byPlace.set(key, [n]);
  }
  const out = new Map<string, MapPoint>();
  for (const group of byPlace.values()) {
    const centre = project(group[0]!.location!);
    group.sort((a, b) => Number(b.type === 'Place') - Number(a.type === 'Place') || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    group.forEach((n, k) => {
      const r = SPREAD * Math.sqrt(k);
      out.set(n.id, { x: centre.x + r * Math.cos(k * GOLDEN_ANGLE), y: centre.y + r * Math.sin(k * GOLDEN_ANGLE) });
    });
  }
  return out;
}
