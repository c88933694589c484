/** Buttons over the canvas: run or stop ForceAtlas2 (in a web worker), fit the view, zoom. */
import { useCamera, useSigma } from '@react-sigma/core';
import { useEffect, useRef, useState } from 'react';
import { WorkerLayout } from '../../graph/layout.js';
import type { AtlasGraph, EdgeAttributes, NodeAttributes } from '../../graph/types.js';

export function LayoutControls({ graph }: { graph: AtlasGraph }) {
  const sigma = useSigma<NodeAttributes, EdgeAttributes>();
  const { zoomIn, zoomOut, reset } = useCamera({ duration: 250, factor: 1.5 });
  const layout = useRef<WorkerLayout | null>(null);
  const [running, setRunning] = useState(false);
  const [speed, setSpeed] = useState(0);

  useEffect(() => () => layout.current?.kill(), []);

  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => setSpeed(layout.current?.iterationsPerSecond() ?? 0), 500);
    return () => clearInterval(timer);
  }, [running]);

  const toggle = () => {
    layout.current ??= new WorkerLayout(graph);
    if (layout.current.running) {
      layout.current.stop();
      sigma.refresh();
      setRunning(false);
    } else {
      layout.current.start();
      setRunning(true);
    }
  };

  return (
    <div className="canvas-controls" role="toolbar" aria-label="Layout and zoom">
      <button type="button" className={running ? 'active' : ''} onClick={toggle} aria-pressed={running} title="ForceAtlas2 layout (L)" data-shortcut="l">
        {running ? `■ Stop layout${speed > 0 ? ` · ${Math.round(speed)} it/s` : ''}` : '▶ Run layout'}
      </button>
      <button type="button" onClick={() => reset()} title="Fit the whole graph (F)" data-shortcut="f">
        Fit
      </button>
      <button type="button" onClick={() => zoomIn()} aria-label="Zoom in" title="Zoom in (+)" data-shortcut="+">
        +
      </button>
      <button type="button" onClick={() => zoomOut()} aria-label="Zoom out" title="Zoom out (−)" data-shortcut="-">
        −
      </button>
    </div>
  );
}
