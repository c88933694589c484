/** Derives the drawn graph from the scene and filters, then sizes, colours and (for new nodes) lays it out. */
import { useSigma } from '@react-sigma/core';
import { useEffect, useRef } from 'react';
import { applyAppearance } from '../../graph/appearance.js';
import { layoutRunning, settle } from '../../graph/layout.js';
import { syncGraph, type PositionMemory } from '../../graph/syncGraph.js';
import type { AtlasGraph, EdgeAttributes, NodeAttributes } from '../../graph/types.js';
import { visibleSlice } from '../../graph/visibleSlice.js';
import { useAtlas } from '../../state/useAtlas.js';

/** Many edges make moving the camera slow under software rendering: hide them while it moves. */
const HIDE_EDGES_ON_MOVE_ABOVE = 20_000;
const SMALL_GRAPH = 150;

export function GraphSync({ graph, onReady }: { graph: AtlasGraph; onReady?: () => void }) {
  const sigma = useSigma<NodeAttributes, EdgeAttributes>();
  const scene = useAtlas((s) => s.scene.present);
  const filters = useAtlas((s) => s.filters);
  const documentEntities = useAtlas((s) => s.documentEntities);
  const sizeBy = useAtlas((s) => s.view.sizeBy);
  const colourBy = useAtlas((s) => s.view.colourBy);
  const memory = useRef<PositionMemory>(new Map());
  const firstLayout = useRef(true);

  useEffect(() => {
    const known = new Set(memory.current.keys());
    const { added } = syncGraph(graph, visibleSlice(scene, filters, documentEntities), scene.pinned, memory.current);
    applyAppearance(graph, sizeBy, colourBy);
    // Only nodes never seen before move the layout; nodes coming back from a filter return to where they were.
    const fresh = added.filter((id) => !known.has(id));
    if (fresh.length > 0 && !layoutRunning(graph)) {
      settle(graph, firstLayout.current ? 200 : 80);
      firstLayout.current = false;
    }
    sigma.setSetting('hideEdgesOnMove', graph.size > HIDE_EDGES_ON_MOVE_ABOVE);
    // A small graph has room for every label; a large one labels only nodes drawn big enough.
    sigma.setSetting('labelRenderedSizeThreshold', graph.order <= SMALL_GRAPH ? 0 : 7);
    if (graph.order > 0) onReady?.();
  }, [graph, sigma, scene, filters, documentEntities, sizeBy, colourBy, onReady]);

  return null;
}
