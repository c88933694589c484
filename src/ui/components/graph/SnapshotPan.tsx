/**
 * Panning a large graph moves the picture already drawn (a CSS transform, done by the compositor at screen rate)
 * and redraws once, where the drag ends. With software WebGL a full redraw of tens of thousands of items takes far
 * longer than a frame, so redrawing on every mouse move would freeze the page; map viewers pan the same way.
 */
import { useRegisterEvents, useSigma } from '@react-sigma/core';
import { useEffect, useRef } from 'react';
import { detailFor } from '../../graph/levelOfDetail.js';
import type { EdgeAttributes, NodeAttributes } from '../../graph/types.js';

export function SnapshotPan() {
  const sigma = useSigma<NodeAttributes, EdgeAttributes>();
  const register = useRegisterEvents();
  const drag = useRef<{ x: number; y: number } | null>(null);

  useEffect(() => {
    const graph = sigma.getGraph();
    const layer = sigma.getContainer();
    const onMove = (e: MouseEvent) => {
      const start = drag.current;
      if (!start) return;
      layer.style.transform = `translate(${e.clientX - start.x}px, ${e.clientY - start.y}px)`;
      // Sigma never sees these moves: it neither pans (we do) nor looks for a hovered node, a read-back from the GPU
      // that stalls every time.
      e.stopPropagation();
    };
    const onUp = (e: MouseEvent) => {
      const start = drag.current;
      if (!start) return;
      drag.current = null;
      window.removeEventListener('mousemove', onMove, { capture: true });
      window.removeEventListener('mouseup', onUp);
      const { width, height } = sigma.getDimensions();
      // The point now at the centre of the view is the one that was at the centre less the drag.
      const centre = sigma.viewportToFramedGraph({ x: width / 2 - (e.clientX - start.x), y: height / 2 - (e.clientY - start.y) });
      sigma.once('afterRender', () => {
        layer.style.transform = '';
      });
      sigma.getCamera().setState({ x: centre.x, y: centre.y });
      // The click that follows a drag is not a click on the stage (which would clear the selection).
      if (Math.abs(e.clientX - start.x) + Math.abs(e.clientY - start.y) > 3) {
        window.addEventListener('click', swallow, { capture: true, once: true });
        setTimeout(() => window.removeEventListener('click', swallow, { capture: true }), 0);
      }
    };
    const swallow = (e: Event) => e.stopPropagation();
    const onDown = ({ event }: { event: { original: MouseEvent | TouchEvent } }) => {
      if (detailFor(graph.order, graph.size) !== 'fast') return;
      const original = event.original;
      if (!(original instanceof MouseEvent) || original.button !== 0) return;
      drag.current = { x: original.clientX, y: original.clientY };
      // Capturing on window runs before Sigma's listener on document.
      window.addEventListener('mousemove', onMove, { capture: true });
      window.addEventListener('mouseup', onUp);
    };
    // In a large graph a press on a node pans too (a click still selects it): nodes are too dense to drag one.
    register({ downStage: onDown, downNode: onDown });
    return () => {
      window.removeEventListener('mousemove', onMove, { capture: true });
      window.removeEventListener('mouseup', onUp);
    };
  }, [sigma, register]);

  return null;
}
