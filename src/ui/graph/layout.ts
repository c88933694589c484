/**
 * Layout of the drawn graph: a short synchronous ForceAtlas2 run when the scene changes (deterministic, so a shared
 * link looks the same), ForceAtlas2 in a web worker when the user starts it, and noverlap to separate nodes after.
 */
import forceAtlas2 from 'graphology-layout-forceatlas2';
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import noverlap from 'graphology-layout-noverlap';
import { copyDrawnGraph } from './drawnGraph.js';
import type { AtlasGraph } from './types.js';

/** Above this many nodes the synchronous settle would block the page: the user runs the worker instead. */
export const SETTLE_MAX_NODES = 3000;

function fa2Settings(graph: AtlasGraph) {
  return { ...forceAtlas2.inferSettings(graph), adjustSizes: false, barnesHutOptimize: graph.order > 400 };
}

/** Runs noverlap so labels and discs do not sit on one another. */
export function separate(graph: AtlasGraph): void {
  if (graph.order < 2 || graph.order > SETTLE_MAX_NODES) return;
  noverlap.assign(graph, { maxIterations: 60, settings: { margin: 3, ratio: 1.2 } });
}

/** A deterministic ForceAtlas2 run of a few iterations, then noverlap. */
export function settle(graph: AtlasGraph, iterations = 150): void {
  if (graph.order < 2 || graph.order > SETTLE_MAX_NODES) return;
  forceAtlas2.assign(graph, { iterations, settings: fa2Settings(graph) });
  separate(graph);
}

const runningOn = new WeakSet<AtlasGraph>();

/** Whether a worker layout is moving this graph (then scene changes leave positions to it). */
export const layoutRunning = (graph: AtlasGraph): boolean => runningOn.has(graph);

// Changes of the drawn graph's structure that the layout's copy must follow.
const STRUCTURE_EVENTS = ['nodeAdded', 'nodeDropped', 'edgeAdded', 'edgeDropped', 'cleared', 'edgesCleared'] as const;

/**
 * ForceAtlas2 in a web worker, on a copy of the drawn graph. Run on the drawn graph itself, the worker would wait for
 * every iteration to be applied and redrawn, and a large graph takes far longer to redraw than to iterate: here the
 * worker iterates at its own pace and the drawn graph takes the latest positions when the last redraw is done and
 * as long again has passed, so the page keeps half its time for the worker's messages and for the user. Counts
 * iterations to report speed.
 */
export class WorkerLayout {
  private copy: AtlasGraph | null = null;
  private layout: FA2Layout | null = null;
  private iterations = 0;
  private startedAt = 0;
  private pending = false;
  private frame = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private nextApplyAt = 0;
  private respawn: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly graph: AtlasGraph) {}

  get running(): boolean {
    return this.layout?.isRunning() ?? false;
  }

  start(): void {
    if (this.running) return;
    this.iterations = 0;
    this.startedAt = performance.now();
    this.spawn();
    for (const event of STRUCTURE_EVENTS) this.graph.on(event, this.onStructureChange);
    runningOn.add(this.graph);
  }

  /** Stops, shows the last positions and separates overlapping nodes. */
  stop(): void {
    if (!this.running) return;
    this.pending = true;
    this.applyPositions();
    this.kill();
    separate(this.graph);
  }

  iterationsPerSecond(): number {
    const seconds = (performance.now() - this.startedAt) / 1000;
    return seconds > 0 ? this.iterations / seconds : 0;
  }

  kill(): void {
    for (const event of STRUCTURE_EVENTS) this.graph.off(event, this.onStructureChange);
    clearTimeout(this.respawn);
    clearTimeout(this.timer);
    this.timer = undefined;
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.layout?.kill();
    this.layout = null;
    this.copy = null;
    runningOn.delete(this.graph);
  }

  /** A fresh copy of the drawn graph (current positions, pins, nodes and edges) and a worker on it. */
  private spawn(): void {
    this.layout?.kill();
    const copy = copyDrawnGraph(this.graph);
    copy.on('eachNodeAttributesUpdated', this.onIteration);
    this.copy = copy;
    this.layout = new FA2Layout(copy, { settings: fa2Settings(copy) });
    this.layout.start();
  }

  private readonly onIteration = () => {
    this.iterations += 1;
    this.pending = true;
    if (this.frame || this.timer !== undefined) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.frame = requestAnimationFrame(this.applyPositions);
    }, Math.max(0, this.nextApplyAt - performance.now()));
  };

  private readonly applyPositions = () => {
    this.frame = 0;
    const copy = this.copy;
    if (!copy || !this.pending) return;
    this.pending = false;
    const started = performance.now();
    // Sigma redraws in the next frame; the frame after that starts once the redraw is done.
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        const now = performance.now();
        this.nextApplyAt = now + (now - started);
      }),
    );
    this.graph.updateEachNodeAttributes(
      (id, a) => {
        if (copy.hasNode(id)) {
          const at = copy.getNodeAttributes(id);
          a.x = at.x;
          a.y = at.y;
        }
        return a;
      },
      { attributes: ['x', 'y'] },
    );
  };

  /** Nodes or edges came or went: carry on from the latest positions on a new copy, once the change is complete. */
  private readonly onStructureChange = () => {
    clearTimeout(this.respawn);
    this.respawn = setTimeout(() => {
      if (!this.running) return;
      this.pending = true;
      this.applyPositions();
      this.spawn();
    }, 0);
  };
}
