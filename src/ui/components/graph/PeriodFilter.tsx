/** Hides what does not hold in the brushed period, by Sigma's `hidden` flag, redrawing only the items that changed. */
import { useSigma } from '@react-sigma/core';
import { useEffect, useRef } from 'react';
import { applyPeriodFlags, drawnItems, type DrawnItems } from '../../graph/periodFlags.js';
import type { AtlasGraph, EdgeAttributes, NodeAttributes } from '../../graph/types.js';
import { sceneTimeBounds } from '../../time/timeBounds.js';
import { useAtlas } from '../../state/useAtlas.js';

export function PeriodFilter() {
  const sigma = useSigma<NodeAttributes, EdgeAttributes>();
  const graph = sigma.getGraph() as AtlasGraph;
  const period = useAtlas((s) => s.period);
  const scene = useAtlas((s) => s.scene.present);
  const filters = useAtlas((s) => s.filters);
  const documentEntities = useAtlas((s) => s.documentEntities);
  const drawn = useRef<{ scene: unknown; filters: unknown; documentEntities: unknown; items: DrawnItems } | null>(null);

  useEffect(() => {
    // Runs after the graph's own sync (an earlier sibling): when only the period moved, the items Sigma holds are
    // the same and it can rewrite just the changed ones in place; otherwise it indexes anew.
    const sameItems = drawn.current?.scene === scene && drawn.current.filters === filters && drawn.current.documentEntities === documentEntities;
    const items = sameItems ? drawn.current!.items : drawnItems(graph, sceneTimeBounds(scene));
    drawn.current = { scene, filters, documentEntities, items };
    const changes = applyPeriodFlags(items, period);
    // What is drawn, on the canvas element: the timeline's note counts the slice, this the graph Sigma holds.
    Object.assign(sigma.getContainer().dataset, { shownNodes: changes.shown.nodes, shownEdges: changes.shown.edges });
    if (changes.nodes.length === 0 && changes.edges.length === 0) return;
    try {
      sigma.refresh({ partialGraph: { nodes: changes.nodes, edges: changes.edges }, skipIndexation: sameItems });
    } catch {
      // An item added since Sigma last indexed cannot be rewritten in place (a layout step, a pending refresh).
      sigma.refresh({ partialGraph: { nodes: changes.nodes, edges: changes.edges } });
    }
  }, [graph, sigma, period, scene, filters, documentEntities]);

  return null;
}
