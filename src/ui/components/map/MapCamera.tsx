/** While the map is shown, search picks and "fit" move the map's camera; the graph's takes over again when it closes. */
import { useSigma } from '@react-sigma/core';
import { useEffect } from 'react';
import { useActions } from '../../state/useAtlas.js';

export function MapCamera() {
  const sigma = useSigma();
  const actions = useActions();
  useEffect(() => {
    const camera = sigma.getCamera();
    const before = actions.setViewport({
      centreOn(id) {
        sigma.refresh();
        const d = sigma.getNodeDisplayData(id);
        if (d) void camera.animate({ x: d.x, y: d.y, ratio: Math.min(camera.getState().ratio, 0.3) }, { duration: 400 });
      },
      fit() {
        void camera.animatedReset({ duration: 300 });
      },
    });
    return () => {
      actions.setViewport(before);
    };
  }, [sigma, actions]);
  return null;
}
