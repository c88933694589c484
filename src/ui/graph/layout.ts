/**
 * Layout of the drawn graph: a short synchronous ForceAtlas2 run when the scene changes (deterministic, so a shared
 * link looks the same), ForceAtlas2 in a web worker when the user starts it, and noverlap to separate nodes after.
 */
import forceAtlas2 from 'graphology-layout-forceatlas2';
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import noverlap from 'graphology-layout-noverlap';
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

/** ForceAtlas2 in a web worker; counts iterations (one node update each) to report speed. */
export class WorkerLayout {
  private readonly layout: FA2Layout;
  private iterations = 0;
  private startedAt = 0;
  private readonly countIteration = () => {
    if (this.layout.isRunning()) this.iterations += 1;
  };

  constructor(private readonly graph: AtlasGraph) {
    this.layout = new FA2Layout(graph, { settings: fa2Settings(graph) });
    graph.on('eachNodeAttributesUpdated', this.countIteration);
  }

  get running(): boolean {
    return this.layout.isRunning();
  }

  start(): void {
    this.iterations = 0;
    this.startedAt = performance.now();
    this.layout.start();
    runningOn.add(this.graph);
  }

  /** Stops and separates overlapping nodes. */
  stop(): void {
    if (!this.layout.isRunning()) return;
    this.layout.stop();
    runningOn.delete(this.graph);
    separate(this.graph);
  }

  iterationsPerSecond(): number {
    const seconds = (performance.now() - this.startedAt) / 1000;
    return seconds > 0 ? this.iterations / seconds : 0;
  }

  kill(): void {
    this.graph.off('eachNodeAttributesUpdated', this.countIteration);
    this.layout.kill();
    runningOn.delete(this.graph);
  }
}
