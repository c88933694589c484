/**
 * Country outlines for the map, from Natural Earth through the world-atlas package (1:50m), projected once into
 * Path2D objects in projection units: drawing them is then one transform per frame. The file is a static asset of the
 * build, fetched when the map first opens, so the explorer's first page does not carry the world.
 */
import { geoPath } from 'd3-geo';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { feature, mesh } from 'topojson-client';
import worldUrl from 'world-atlas/countries-50m.json?url';
import { mercator } from './projection.js';

export interface Outlines {
  land: Path2D;
  borders: Path2D;
}

let loading: Promise<Outlines> | null = null;

function toPath(geometry: Parameters<ReturnType<typeof geoPath>>[0]): Path2D {
  const path = new Path2D();
  // Path2D has the moveTo/lineTo/closePath/arc calls d3-geo draws with.
  geoPath(mercator, path as unknown as CanvasRenderingContext2D)(geometry);
  return path;
}

export function loadOutlines(): Promise<Outlines> {
  loading ??= fetch(worldUrl).then(async (response) => {
    if (!response.ok) throw new Error(`map: the country outlines did not load (HTTP ${response.status})`);
    const world = (await response.json()) as Topology<{ countries: GeometryCollection; land: GeometryCollection }>;
    return {
      land: toPath(feature(world, world.objects.land)),
      borders: toPath(mesh(world, world.objects.countries, (a, b) => a !== b)),
    };
  });
  // A failed load is tried again the next time the map opens.
  loading.catch(() => (loading = null));
  return loading;
}
