/** Derives the map's drawn graph from the scene and filters: placed actors at their projected places, fixed there. */
import { useSigma } from '@react-sigma/core';
import { useEffect } from 'react';
import { applyAppearance } from '../../graph/appearance.js';
import { detachForBulkChange } from '../../graph/bulkChange.js';
import { detailFor } from '../../graph/levelOfDetail.js';
import { syncGraph } from '../../graph/syncGraph.js';
import type { AtlasGraph, EdgeAttributes, NodeAttributes } from '../../graph/types.js';
import { visibleSlice } from '../../graph/visibleSlice.js';
import { mapPositions } from '../../map/mapPositions.js';
import { mapSlice } from '../../map/mapSlice.js';
import { frameAround } from '../../map/projection.js';
import { useAtlas } from '../../state/useAtlas.js';

const NOTHING_PINNED: ReadonlySet<string> = new Set();

export function MapSync({ graph, onReady }: { graph: AtlasGraph; onReady?: () => void }) {
  const sigma = useSigma<NodeAttributes, EdgeAttributes>();
  const scene = useAtlas((s) => s.scene.present);
  const filters = useAtlas((s) => s.filters);
  const documentEntities = useAtlas((s) => s.documentEntities);
  const sizeBy = useAtlas((s) => s.view.sizeBy);
  const colourBy = useAtlas((s) => s.view.colourBy);

  useEffect(() => {
    const slice = mapSlice(visibleSlice(scene, filters, documentEntities));
    const positions = mapPositions(slice.nodes);
    const bulk = detachForBulkChange(sigma, graph, slice);
    // The positions are the "remembered" ones, so nothing is placed by the graph layout's rules.
    syncGraph(graph, slice, NOTHING_PINNED, new Map(positions), detailFor(slice.nodes.length, slice.edges.length));
    graph.forEachNode((id, a) => {
      const p = positions.get(id);
      if (p && (a.x !== p.x || a.y !== p.y)) Object.assign(a, p);
    });
    applyAppearance(graph, sizeBy, colourBy);
    sigma.setCustomBBox(frameAround(positions.values()));
    if (bulk) sigma.setGraph(graph);
    else sigma.refresh();
    onReady?.();
  }, [graph, sigma, scene, filters, documentEntities, sizeBy, colourBy, onReady]);

  return null;
}
