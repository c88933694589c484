/** Measures the graph view for the benchmark: first frame, frames while the camera moves, layout speed. */
import { useSigma } from '@react-sigma/core';
import { useEffect } from 'react';
import { copyDrawnGraph } from '../graph/drawnGraph.js';
import { WorkerLayout } from '../graph/layout.js';
import type { AtlasGraph } from '../graph/types.js';
import type { Period } from '../time/period.js';

export interface BenchProbe {
  startedAt: number;
  firstFrameMs: number | null;
  /** Where the first frame's time went, in ms (see FirstFrameSteps). */
  firstFrameSteps: FirstFrameSteps | null;
  frames: number[];
  nodes: number;
  edges: number;
  /** Redraws everything and waits until the GPU has finished: the cost of one full frame, in ms. */
  renderMs(): number;
  /** Moves the camera a little and waits until that frame is drawn: the cost of one frame while panning, in ms. */
  cameraFrameMs(): Promise<number>;
  /** Starts counting animation frames: what the screen shows, whether or not Sigma redraws. */
  startCounting(): void;
  /** Stops counting and returns the animation frames per second since `startCounting`. */
  stopCounting(): number;
  /**
   * Watches for the next mouse release: `releaseFrameMs` then resolves with the ms from that release until Sigma's
   * next frame has been drawn (the redraw when a pan ends). Armed before the release, so it cannot miss the frame.
   */
  armRelease(): void;
  releaseFrameMs(): Promise<number>;
  /**
   * Runs ForceAtlas2 in its worker for `ms` and returns iterations per second: on the drawn graph (each iteration
   * redraws it) or, `alone`, on a copy no one draws (the layout's own speed).
   */
  layout(ms: number, alone: boolean): Promise<number>;
  /**
   * Brushes a period on the timeline (null clears it) and resolves with the ms until Sigma's next frame is drawn and
   * flushed from the GPU: the store change, the timeline's counts, the flags and Sigma's partial redraw.
   */
  brushMs(period: Period | null): Promise<number>;
}

/**
 * The first frame in the order things happen: everything up to Sigma's render (store, scene, visible slice, the
 * graphology graph, placement, appearance, Sigma reading every item), Sigma's process (positions, label grid, the
 * programs' vertex arrays), handing the draw calls to WebGL, and the GPU drawing them.
 */
export interface FirstFrameSteps {
  prepare: number;
  process: number;
  submit: number;
  draw: number;
}

declare global {
  interface Window {
    atlasBench?: BenchProbe;
    /** Map pages: ms from mounting the map until its actors were drawn (GPU flushed) and until its outlines were. */
    atlasMapBench?: { frameMs: number | null; outlinesMs: number | null };
  }
}

/** Reads one pixel back from each WebGL layer, which blocks until everything queued has been drawn. */
export function flush(canvases: Record<string, HTMLCanvasElement>): void {
  const pixel = new Uint8Array(4);
  for (const canvas of Object.values(canvases)) {
    const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
    gl?.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, pixel);
  }
}

/** Starts measuring, then calls `load` to hand the graph to the store (so the first frame cannot be missed). */
export function BenchProbeView({ load, brush, startedAt }: { load: () => void; brush: (p: Period | null) => void; startedAt?: number }) {
  const sigma = useSigma();
  useEffect(() => {
    const graph = sigma.getGraph() as AtlasGraph;
    let counting = { frames: 0, started: 0, running: false };
    let release: Promise<number> | null = null;
    const probe: BenchProbe = {
      startedAt: 0,
      firstFrameMs: null,
      firstFrameSteps: null,
      frames: [],
      nodes: 0,
      edges: 0,
      renderMs() {
        const started = performance.now();
        sigma.refresh();
        flush(sigma.getCanvases());
        return performance.now() - started;
      },
      cameraFrameMs() {
        return new Promise((resolve) => {
          const started = performance.now();
          sigma.once('afterRender', () => {
            flush(sigma.getCanvases());
            resolve(performance.now() - started);
          });
          const camera = sigma.getCamera();
          camera.setState({ x: camera.getState().x + 0.01 });
        });
      },
      startCounting() {
        counting = { frames: 0, started: performance.now(), running: true };
        const current = counting;
        const tick = () => {
          current.frames += 1;
          if (current.running) requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      },
      stopCounting() {
        counting.running = false;
        return (counting.frames / (performance.now() - counting.started)) * 1000;
      },
      armRelease() {
        release = new Promise((resolve) => {
          let releasedAt: number | null = null;
          // Capturing on window runs before the explorer's own mouseup handlers, which start the redraw.
          window.addEventListener('mouseup', () => (releasedAt = performance.now()), { capture: true, once: true });
          const onFrame = () => {
            if (releasedAt === null) return;
            sigma.off('afterRender', onFrame);
            flush(sigma.getCanvases());
            resolve(performance.now() - releasedAt);
          };
          sigma.on('afterRender', onFrame);
        });
      },
      brushMs(period) {
        return new Promise((resolve) => {
          const started = performance.now();
          sigma.once('afterRender', () => {
            flush(sigma.getCanvases());
            resolve(performance.now() - started);
          });
          brush(period);
        });
      },
      releaseFrameMs() {
        return release ?? Promise.reject(new Error('bench: armRelease was not called'));
      },
      async layout(ms, alone) {
        const layout = new WorkerLayout(alone ? copyDrawnGraph(graph) : graph);
        layout.start();
        await new Promise((resolve) => setTimeout(resolve, ms));
        const speed = layout.iterationsPerSecond();
        layout.kill();
        return speed;
      },
    };
    // Times of the latest render's stages (a render processes only when something changed since the last one).
    const stage = { render: 0, processStart: 0, processEnd: 0 };
    const onBeforeRender = () => {
      stage.render = performance.now();
      stage.processStart = stage.processEnd = stage.render;
    };
    const onBeforeProcess = () => (stage.processStart = performance.now());
    const onAfterProcess = () => (stage.processEnd = performance.now());
    const onRender = () => {
      const now = performance.now();
      if (probe.firstFrameMs === null && sigma.getGraph() === graph && graph.order > 0) {
        // WebGL queues its work: the frame is on screen only once the GPU (here, software) has drawn it.
        flush(sigma.getCanvases());
        const drawn = performance.now();
        probe.firstFrameMs = drawn - probe.startedAt;
        probe.firstFrameSteps = {
          prepare: stage.processStart - probe.startedAt,
          process: stage.processEnd - stage.processStart,
          submit: now - stage.processEnd,
          draw: drawn - now,
        };
        probe.nodes = graph.order;
        probe.edges = graph.size;
      }
      probe.frames.push(now);
    };
    sigma.on('beforeRender', onBeforeRender);
    sigma.on('beforeProcess', onBeforeProcess);
    sigma.on('afterProcess', onAfterProcess);
    sigma.on('afterRender', onRender);
    window.atlasBench = probe;
    probe.startedAt = startedAt ?? performance.now();
    load();
    return () => {
      sigma.off('beforeRender', onBeforeRender);
      sigma.off('beforeProcess', onBeforeProcess);
      sigma.off('afterProcess', onAfterProcess);
      sigma.off('afterRender', onRender);
    };
  }, [sigma, load, brush, startedAt]);
  return null;
}
