/**
 * Places the graph view's labels so that none covers another (graph/labelLayer.ts). The canvas holds only pixels, so
 * the labels drawn are also written on Sigma's container element as `data-labels` (key, text, box, node), like the
 * counts the in-view line carries, for whatever reads the page rather than the picture.
 */
import { useSigma } from '@react-sigma/core';
import { useEffect } from 'react';
import { installLabelLayout, type DrawnLabel } from '../../graph/labelLayer.js';

/** Written once the labels have stayed put this long: not on every frame of a pan. */
const SETTLE_MS = 120;

const r1 = (v: number) => Math.round(v * 10) / 10;
const rounded = (l: DrawnLabel) => ({
  ...l,
  x: r1(l.x),
  y: r1(l.y),
  width: r1(l.width),
  height: r1(l.height),
  node: { x: r1(l.node.x), y: r1(l.node.y), size: r1(l.node.size) },
});

export function LabelLayout() {
  const sigma = useSigma();
  useEffect(() => {
    const container = sigma.getContainer();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const uninstall = installLabelLayout(sigma, (labels) => {
      clearTimeout(timer);
      timer = setTimeout(() => (container.dataset.labels = JSON.stringify(labels.map(rounded))), SETTLE_MS);
    });
    // Sigma may have drawn its first frame before the layout was there.
    sigma.scheduleRender();
    return () => {
      clearTimeout(timer);
      uninstall();
    };
  }, [sigma]);
  return null;
}
