/**
 * The graph view as an SVG document, written from the positions, sizes and colours Sigma displays. Written by hand:
 * sigma v3 renders with WebGL and has no vector exporter, and no maintained npm package does this for it.
 */

export interface SvgNode {
  x: number;
  y: number;
  r: number;
  color: string;
  label: string | null;
  /** Where the label's text starts (left end, vertical middle); beside the node when unset. */
  labelAt?: { x: number; y: number };
}

export interface SvgEdge {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  color: string;
  width: number;
  arrow: boolean;
}

export interface SvgView {
  width: number;
  height: number;
  background: string;
  nodes: SvgNode[];
  edges: SvgEdge[];
}

const escapeXml = (s: string) =>
  s.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c] ?? c);
const n = (v: number) => Number(v.toFixed(2));

function edgeSvg(e: SvgEdge): string {
  const line = `<line x1="${n(e.x1)}" y1="${n(e.y1)}" x2="${n(e.x2)}" y2="${n(e.y2)}" stroke="${escapeXml(e.color)}" stroke-width="${n(e.width)}"`;
  return e.arrow ? `${line} marker-end="url(#arrow)"/>` : `${line}/>`;
}

function nodeSvg(v: SvgNode): string {
  return `<circle cx="${n(v.x)}" cy="${n(v.y)}" r="${n(v.r)}" fill="${escapeXml(v.color)}" stroke="#fff" stroke-width="0.5"/>`;
}

function labelSvg(v: SvgNode): string {
  if (!v.label) return '';
  if (v.labelAt) return `<text x="${n(v.labelAt.x)}" y="${n(v.labelAt.y)}" dominant-baseline="central">${escapeXml(v.label)}</text>`;
  return `<text x="${n(v.x + v.r + 3)}" y="${n(v.y + 4)}">${escapeXml(v.label)}</text>`;
}

export function renderSvg(view: SvgView): string {
  const onCanvas = (x: number, y: number, margin: number) => x > -margin && y > -margin && x < view.width + margin && y < view.height + margin;
  const nodes = view.nodes.filter((v) => onCanvas(v.x, v.y, v.r));
  const edges = view.edges.filter((e) => onCanvas(e.x1, e.y1, 0) || onCanvas(e.x2, e.y2, 0));
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="http://www.w3.org/2000/svg" width="${view.width}" height="${view.height}" viewBox="0 0 ${view.width} ${view.height}">`,
    `<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse"><path d="M0,0L10,5L0,10z" fill="#adb5bd"/></marker></defs>`,
    `<rect width="100%" height="100%" fill="${escapeXml(view.background)}"/>`,
    `<g id="edges" stroke-linecap="round">${edges.map(edgeSvg).join('')}</g>`,
    `<g id="nodes">${nodes.map(nodeSvg).join('')}</g>`,
    `<g id="labels" font-family="Inter, system-ui, sans-serif" font-size="12" fill="#212529">${nodes.map(labelSvg).join('')}</g>`,
    `</svg>`,
  ].join('\n');
}
