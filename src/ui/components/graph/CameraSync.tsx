/** Keeps the camera and the state in step (for shareable links), and lets actions centre the view on a node. */
import { useSigma } from '@react-sigma/core';
import { useEffect } from 'react';
import type { EdgeAttributes, NodeAttributes } from '../../graph/types.js';
import { useActions, useAtlas } from '../../state/useAtlas.js';

const close = (a: number, b: number) => Math.abs(a - b) < 1e-3;

export function CameraSync() {
  const sigma = useSigma<NodeAttributes, EdgeAttributes>();
  const actions = useActions();
  const camera = useAtlas((s) => s.camera);

  useEffect(() => {
    const cam = sigma.getCamera();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onUpdate = () => {
      clearTimeout(timer);
      // Record where the camera settled, not every frame of a pan.
      timer = setTimeout(() => {
        const { x, y, ratio } = cam.getState();
        actions.view.setCamera({ x, y, ratio });
      }, 300);
    };
    cam.on('updated', onUpdate);
    actions.setViewport({
      centreOn(id) {
        // Render first: display data read between a change and the scheduled render is not yet in camera space.
        sigma.refresh();
        const d = sigma.getNodeDisplayData(id);
        // In a large graph zoom in to the node; a small one stays readable at the current zoom.
        const ratio = sigma.getGraph().order > 200 ? Math.min(cam.getState().ratio, 0.4) : cam.getState().ratio;
        if (d) void cam.animate({ x: d.x, y: d.y, ratio }, { duration: 400 });
      },
      fit() {
        void cam.animatedReset({ duration: 300 });
      },
    });
    return () => {
      clearTimeout(timer);
      cam.off('updated', onUpdate);
      actions.setViewport(null);
    };
  }, [sigma, actions]);

  useEffect(() => {
    if (!camera) return;
    const cam = sigma.getCamera();
    const now = cam.getState();
    if (close(now.x, camera.x) && close(now.y, camera.y) && close(now.ratio, camera.ratio)) return;
    cam.setState(camera);
  }, [sigma, camera]);

  return null;
}
