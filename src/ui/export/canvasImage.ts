/** PNG and SVG snapshots of what Sigma shows, reducers (highlighting) included. */
import { toBlob } from '@sigma/export-image';
import type Sigma from 'sigma';
import { drawnLabels, installLabelLayout } from '../graph/labelLayer.js';
import type { AtlasGraph, EdgeAttributes, NodeAttributes } from '../graph/types.js';
import { renderSvg, type SvgEdge, type SvgNode } from './svg.js';

type AtlasSigma = Sigma<NodeAttributes, EdgeAttributes>;

const BACKGROUND = '#ffffff';

export function pngOf(sigma: AtlasSigma): Promise<Blob> {
  // export-image is typed against the default attribute types; the instance is the same object.
  return toBlob(sigma as unknown as Sigma, {
    format: 'png',
    backgroundColor: BACKGROUND,
    // export-image draws on a copy of the renderer: it places its labels as the view does, then redraws.
    withTempRenderer: (copy) => {
      installLabelLayout(copy);
      copy.refresh();
    },
  });
}

export function svgOf(sigma: AtlasSigma): Blob {
  const graph: AtlasGraph = sigma.getGraph() as AtlasGraph;
  const { width, height } = sigma.getDimensions();
  // The labels the view drew, where it drew them; a view that placed none yet gets Sigma's rule beside each node.
  const drawn = new Map(drawnLabels(sigma).map((l) => [l.key, l]));
  const threshold = sigma.getSetting('labelRenderedSizeThreshold');
  const nodes: SvgNode[] = [];
  const at = new Map<string, SvgNode>();
  graph.forEachNode((id) => {
    const d = sigma.getNodeDisplayData(id);
    if (!d || d.hidden) return;
    const p = sigma.graphToViewport(d);
    const r = sigma.scaleSize(d.size);
    const placed = drawn.get(id);
    const label = drawn.size > 0 ? (placed?.label ?? null) : d.label && (d.forceLabel || d.highlighted || r >= threshold) ? d.label : null;
    const labelAt = placed && { x: placed.x, y: placed.y + placed.height / 2 };
    const node: SvgNode = { x: p.x, y: p.y, r, color: d.color, label, labelAt };
    at.set(id, node);
    nodes.push(node);
  });
  const edges: SvgEdge[] = [];
  graph.forEachEdge((id, a, source, target) => {
    const d = sigma.getEdgeDisplayData(id);
    const s = at.get(source);
    const t = at.get(target);
    if (!d || d.hidden || !s || !t) return;
    // End arrows at the target's rim rather than its centre.
    const dx = t.x - s.x;
    const dy = t.y - s.y;
    const len = Math.hypot(dx, dy) || 1;
    const arrow = a.type === 'arrow';
    const x2 = arrow ? t.x - (dx / len) * t.r : t.x;
    const y2 = arrow ? t.y - (dy / len) * t.r : t.y;
    edges.push({ x1: s.x, y1: s.y, x2, y2, color: d.color, width: Math.max(0.5, sigma.scaleSize(d.size)), arrow });
  });
  nodes.sort((a, b) => a.r - b.r);
  return new Blob([renderSvg({ width, height, background: BACKGROUND, nodes, edges })], { type: 'image/svg+xml' });
}
