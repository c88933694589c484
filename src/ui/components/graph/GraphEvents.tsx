/** Mouse on the graph: click selects (shift adds), double-click expands, hover highlights, drag moves a node. */
import { useRegisterEvents, useSigma } from '@react-sigma/core';
import { useEffect, useRef } from 'react';
import { detailFor } from '../../graph/levelOfDetail.js';
import type { EdgeAttributes, NodeAttributes } from '../../graph/types.js';
import { useActions } from '../../state/useAtlas.js';

/** `draggable`: whether a node can be moved by hand (not on the map, where a node's place is its position). */
export function GraphEvents({ draggable = true }: { draggable?: boolean }) {
  const sigma = useSigma<NodeAttributes, EdgeAttributes>();
  const register = useRegisterEvents();
  const actions = useActions();
  const dragged = useRef<{ id: string; fixed: boolean; moved: boolean } | null>(null);

  useEffect(() => {
    const graph = sigma.getGraph();
    register({
      clickNode: ({ node, event }) => {
        if (dragged.current?.moved) return;
        const original = event.original as MouseEvent;
        actions.scene.select(node, original.shiftKey || original.ctrlKey || original.metaKey);
      },
      doubleClickNode: ({ node, event }) => {
        event.preventSigmaDefault();
        void actions.scene.expand({ id: node, depth: 1, relations: [] });
      },
      clickStage: () => actions.scene.clearSelection(),
      enterNode: ({ node }) => {
        actions.scene.hover(node);
        sigma.getContainer().style.cursor = 'pointer';
      },
      leaveNode: () => {
        actions.scene.hover(null);
        sigma.getContainer().style.cursor = '';
      },
      downNode: ({ node }) => {
        // Large graphs pan instead (SnapshotPan).
        if (!draggable || detailFor(graph.order, graph.size) === 'fast') return;
        dragged.current = { id: node, fixed: graph.getNodeAttribute(node, 'fixed'), moved: false };
        // A held node stays put while a layout runs.
        graph.setNodeAttribute(node, 'fixed', true);
      },
      mousemovebody: (e) => {
        const drag = dragged.current;
        if (!drag) return;
        const { x, y } = sigma.viewportToGraph(e);
        graph.mergeNodeAttributes(drag.id, { x, y });
        drag.moved = true;
        e.preventSigmaDefault();
        e.original.preventDefault();
        e.original.stopPropagation();
      },
      mouseup: () => {
        const drag = dragged.current;
        if (!drag) return;
        if (graph.hasNode(drag.id)) graph.setNodeAttribute(drag.id, 'fixed', drag.fixed);
        // Clear after the click that follows this mouseup, so a drag does not also select.
        setTimeout(() => (dragged.current = null), 0);
      },
    });
  }, [register, sigma, actions, draggable]);

  return null;
}
