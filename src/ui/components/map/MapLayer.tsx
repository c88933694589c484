/**
 * The country outlines under the map's nodes and edges: a 2D canvas layer of Sigma's, redrawn after each render with
 * the one affine transform from projection units to the screen, so the outlines follow Sigma's camera exactly.
 */
import { useSigma } from '@react-sigma/core';
import { useEffect } from 'react';
import { loadOutlines, type Outlines } from '../../map/outlines.js';
import { useActions } from '../../state/useAtlas.js';

const LAYER = 'mapOutlines';
const SEA = '#eef3f7';
const LAND = '#fbfaf6';
const BORDER = '#b9c3cc';

export function MapLayer({ onOutlines }: { onOutlines?: () => void }) {
  const sigma = useSigma();
  const actions = useActions();

  useEffect(() => {
    // Under the edges: Sigma reads `beforeLayer` at run time, though its typings only declare `style`.
    sigma.createCanvasContext(LAYER, { beforeLayer: 'edges' } as { style?: Partial<CSSStyleDeclaration> });
    sigma.resize(true);
    const canvas = sigma.getCanvases()[LAYER]!;
    const context = canvas.getContext('2d')!;
    let outlines: Outlines | null = null;
    const draw = () => {
      const ratio = window.devicePixelRatio || 1;
      context.setTransform(1, 0, 0, 1, 0, 0);
      context.fillStyle = SEA;
      context.fillRect(0, 0, canvas.width, canvas.height);
      if (!outlines) return;
      // Projection units have y pointing down, graph units up (see map/projection.ts).
      const o = sigma.graphToViewport({ x: 0, y: 0 });
      const ex = sigma.graphToViewport({ x: 1, y: 0 });
      const ey = sigma.graphToViewport({ x: 0, y: -1 });
      context.setTransform(ratio * (ex.x - o.x), ratio * (ex.y - o.y), ratio * (ey.x - o.x), ratio * (ey.y - o.y), ratio * o.x, ratio * o.y);
      context.fillStyle = LAND;
      context.fill(outlines.land);
      context.strokeStyle = BORDER;
      context.lineWidth = 1 / Math.hypot(ex.x - o.x, ex.y - o.y);
      context.stroke(outlines.land);
      context.stroke(outlines.borders);
    };
    sigma.on('afterRender', draw);
    let live = true;
    loadOutlines().then(
      (loaded) => {
        if (!live) return;
        outlines = loaded;
        draw();
        onOutlines?.();
      },
      (e: Error) => actions.view.notify({ kind: 'error', text: `${e.message}. The actors are drawn without the map.` }),
    );
    return () => {
      live = false;
      sigma.off('afterRender', draw);
      // Sigma may be gone already: the container's own clean-up can run first.
      if (sigma.getCanvases()[LAYER]) sigma.killLayer(LAYER);
    };
  }, [sigma, actions, onOutlines]);

  return null;
}
