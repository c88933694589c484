/** Derives the drawn graph from the scene and filters, then sizes, colours and (for new nodes) lays it out. */
import { useSigma } from '@react-sigma/core';
import type Sigma from 'sigma';
import type { Settings } from 'sigma/settings';
import { useEffect, useRef } from 'react';
import { applyAppearance } from '../../graph/appearance.js';
import { layoutRunning, settle } from '../../graph/layout.js';
import { detachForBulkChange } from '../../graph/bulkChange.js';
import { applyDetail, detailFor, type Detail } from '../../graph/levelOfDetail.js';
import { syncGraph, type PositionMemory } from '../../graph/syncGraph.js';
import type { AtlasGraph, EdgeAttributes, NodeAttributes } from '../../graph/types.js';
import { visibleSlice } from '../../graph/visibleSlice.js';
import { useAtlas } from '../../state/useAtlas.js';

/** Many edges make moving the camera slow under software rendering: hide them (and labels) while it moves. */
const HIDE_EDGES_ON_MOVE_ABOVE = 20_000;
const SMALL_GRAPH = 150;

/** Each setting change makes Sigma re-check its camera and redraw: only change what differs. */
function setIfChanged(sigma: Sigma<NodeAttributes, EdgeAttributes>, settings: Partial<Settings<NodeAttributes, EdgeAttributes>>): void {
  for (const [key, value] of Object.entries(settings) as [keyof Settings<NodeAttributes, EdgeAttributes>, never][]) {
    if (sigma.getSetting(key) !== value) sigma.setSetting(key, value);
  }
}

export function GraphSync({ graph, onReady }: { graph: AtlasGraph; onReady?: () => void }) {
  const sigma = useSigma<NodeAttributes, EdgeAttributes>();
  const scene = useAtlas((s) => s.scene.present);
  const filters = useAtlas((s) => s.filters);
  const documentEntities = useAtlas((s) => s.documentEntities);
  const sizeBy = useAtlas((s) => s.view.sizeBy);
  const colourBy = useAtlas((s) => s.view.colourBy);
  const memory = useRef<PositionMemory>(new Map());
  const firstLayout = useRef(true);
  const drawnDetail = useRef<Detail>('full');

  useEffect(() => {
    const known = new Set(memory.current.keys());
    const visible = visibleSlice(scene, filters, documentEntities);
    const bulk = detachForBulkChange(sigma, graph, visible);
    const detail = detailFor(visible.nodes.length, visible.edges.length);
    // Items added now get the programs of their level of detail: only items drawn before need switching.
    const switchDetail = detail !== drawnDetail.current && graph.order > 0;
    const { added } = syncGraph(graph, visible, scene.pinned, memory.current, detail);
    if (switchDetail) applyDetail(graph, detail);
    drawnDetail.current = detail;
    applyAppearance(graph, sizeBy, colourBy);
    // Only nodes never seen before move the layout; nodes coming back from a filter return to where they were.
    const fresh = added.filter((id) => !known.has(id));
    if (fresh.length > 0 && !layoutRunning(graph)) {
      settle(graph, firstLayout.current ? 200 : 80);
      firstLayout.current = false;
    }
    const large = graph.size > HIDE_EDGES_ON_MOVE_ABOVE;
    // A small graph has room for every label; a large one labels only nodes drawn big enough. (Set while detached,
    // the redraw a setting causes is of an empty graph.)
    setIfChanged(sigma, { hideEdgesOnMove: large, hideLabelsOnMove: large, labelRenderedSizeThreshold: graph.order <= SMALL_GRAPH ? 0 : 7 });
    if (bulk) sigma.setGraph(graph);
    if (graph.order > 0) onReady?.();
  }, [graph, sigma, scene, filters, documentEntities, sizeBy, colourBy, onReady]);

  return null;
}
