/**
 * Sigma's label and hover drawing, with each frame's labels placed together (labelPlacement.ts) instead of one by one
 * where they fall. Within a render Sigma calls the label function for every label its grid and density settings chose,
 * then the hover function for highlighted and hovered nodes, then emits afterRender: the label function only collects,
 * and the labels are placed and drawn at the first hover or at the end of the frame, whichever comes first. A renderer
 * without the layout installed (export-image's temporary copy, until it installs one) draws each label where it falls.
 */
import type { Attributes } from 'graphology-types';
import type Sigma from 'sigma';
import type { NodeHoverDrawingFunction, NodeLabelDrawingFunction } from 'sigma/rendering';
import { placeLabels, textBox, type LabelRequest, type PlacedLabel, type Side } from './labelPlacement.js';

type LabelData = Parameters<NodeLabelDrawingFunction>[1] & { key?: string };
type LabelSettings = Parameters<NodeLabelDrawingFunction>[2];

/** A label as drawn, in CSS pixels of the canvas. */
export interface DrawnLabel {
  key: string;
  label: string;
  side: Side;
  x: number;
  y: number;
  width: number;
  height: number;
  emphasised: boolean;
  /** The node it names: centre and radius on screen. */
  node: { x: number; y: number; size: number };
}

interface Frame {
  labels: CanvasRenderingContext2D;
  view: () => { width: number; height: number };
  requests: { request: LabelRequest; data: LabelData; settings: LabelSettings }[];
  placed: Map<string, PlacedLabel> | null;
  /** Nodes whose label Sigma asked for in this frame. */
  asked: Set<string>;
  drawn: DrawnLabel[];
  onPlaced: (labels: readonly DrawnLabel[]) => void;
}

/** Keyed by both the labels and the hovers layer's context, which is all Sigma's drawing functions are given. */
const frames = new WeakMap<CanvasRenderingContext2D, Frame>();

const fontOf = (s: LabelSettings) => `${s.labelWeight} ${s.labelSize}px ${s.labelFont}`;
/** Room above and below the text for accents and descenders. */
const heightOf = (s: LabelSettings) => s.labelSize + 2;

// Text widths, measured once per font and label: a frame asks for the same names again and again.
const widths = new Map<string, number>();
function widthOf(context: CanvasRenderingContext2D, label: string, font: string): number {
  const key = `${font}\u0000${label}`;
  let width = widths.get(key);
  if (width === undefined) {
    if (widths.size > 20_000) widths.clear();
    context.font = font;
    width = context.measureText(label).width;
    widths.set(key, width);
  }
  return width;
}

function requestOf(context: CanvasRenderingContext2D, data: LabelData, settings: LabelSettings): LabelRequest {
  return {
    key: data.key ?? '',
    x: data.x,
    y: data.y,
    size: data.size,
    width: widthOf(context, data.label ?? '', fontOf(settings)),
    height: heightOf(settings),
    emphasised: data.highlighted === true,
    forced: data.forceLabel === true,
  };
}

function drawText(context: CanvasRenderingContext2D, data: LabelData, settings: LabelSettings, box: PlacedLabel['box']): void {
  const { attribute, color } = settings.labelColor;
  const fromData = attribute ? (data as Record<string, unknown>)[attribute] : undefined;
  context.save();
  context.fillStyle = typeof fromData === 'string' ? fromData : (color ?? '#000');
  context.font = fontOf(settings);
  context.textBaseline = 'middle';
  context.fillText(data.label ?? '', box.x, box.y + box.height / 2);
  context.restore();
}

function place(frame: Frame): Map<string, PlacedLabel> {
  if (frame.placed) return frame.placed;
  const placed = placeLabels(
    frame.requests.map((r) => r.request),
    frame.view(),
  );
  frame.placed = new Map(placed.map((p) => [p.key, p]));
  const byKey = new Map(frame.requests.map((r) => [r.request.key, r]));
  frame.drawn = [];
  for (const p of placed) {
    const { request, data, settings } = byKey.get(p.key)!;
    // Emphasised labels are drawn by the hover function, on their box above everything else.
    if (!request.emphasised) drawText(frame.labels, data, settings, p.box);
    const node = { x: request.x, y: request.y, size: request.size };
    frame.drawn.push({ key: p.key, label: data.label ?? '', side: p.side, ...p.box, emphasised: request.emphasised, node });
  }
  frame.onPlaced(frame.drawn);
  return frame.placed;
}

export const drawNodeLabel: NodeLabelDrawingFunction = (context, data: LabelData, settings) => {
  if (!data.label) return;
  const frame = frames.get(context);
  if (frame) {
    frame.requests.push({ request: requestOf(context, data, settings), data, settings });
    frame.asked.add(data.key ?? '');
  }
  else drawText(context, data, settings, textBox(requestOf(context, data, settings), 'right'));
};

/** Sigma's hover look (a white box with a shadow round the node and its label), on the side the label was placed. */
export const drawNodeHover: NodeHoverDrawingFunction = (context, data: LabelData, settings) => {
  const frame = frames.get(context);
  const key = data.key ?? '';
  const placed = frame ? place(frame).get(key) : undefined;
  // A label that found no free place is left out rather than drawn over another; a node hovered in a frame that did not
  // ask for its label (a large graph's hover) shows it where Sigma would.
  const unplaced = frame !== undefined && frame.asked.has(key) && !placed;
  const box = !data.label || unplaced ? null : (placed?.box ?? textBox(requestOf(context, data, settings), 'right'));
  const pad = 2;
  context.save();
  context.fillStyle = '#fff';
  context.shadowColor = '#000';
  context.shadowBlur = 8;
  context.beginPath();
  context.arc(data.x, data.y, data.size + pad, 0, Math.PI * 2);
  if (box) {
    context.roundRect(box.x - pad, box.y - pad, box.width + 2 * pad, box.height + 2 * pad, 3);
  }
  // One path, one fill: the shadow of one part does not fall on the other.
  context.fill('nonzero');
  context.restore();
  if (box) drawText(context, data, settings, box);
};

/**
 * Makes a Sigma renderer place its labels: every frame's labels go through placeLabels before they are drawn;
 * `onPlaced` hears what was drawn. Returns the uninstaller.
 */
export function installLabelLayout<N extends Attributes, E extends Attributes>(sigma: Sigma<N, E>, onPlaced: (labels: readonly DrawnLabel[]) => void = () => {}): () => void {
  const canvases = sigma.getCanvases();
  const labels = canvases.labels?.getContext('2d');
  const hovers = canvases.hovers?.getContext('2d');
  if (!labels || !hovers) return () => {};
  const frame: Frame = { labels, view: () => sigma.getDimensions(), requests: [], placed: null, asked: new Set(), drawn: [], onPlaced };
  frames.set(labels, frame);
  frames.set(hovers, frame);
  const begin = () => {
    frame.requests = [];
    frame.asked.clear();
    frame.placed = null;
  };
  const end = () => void place(frame);
  sigma.on('beforeRender', begin);
  sigma.on('afterRender', end);
  return () => {
    sigma.off('beforeRender', begin);
    sigma.off('afterRender', end);
    frames.delete(labels);
    frames.delete(hovers);
  };
}

/** The labels of the latest frame, as drawn. */
export function drawnLabels<N extends Attributes, E extends Attributes>(sigma: Sigma<N, E>): readonly DrawnLabel[] {
  const labels = sigma.getCanvases().labels?.getContext('2d');
  return (labels && frames.get(labels)?.drawn) ?? [];
}
