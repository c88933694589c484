/** Buttons over the canvas: run or stop ForceAtlas2 (in a web worker), fit the view, zoom. */
import { useSigma } from '@react-sigma/core';
import { useEffect, useRef, useState } from 'react';
import { WorkerLayout } from '../../graph/layout.js';
import type { AtlasGraph, EdgeAttributes, NodeAttributes } from '../../graph/types.js';
import { ZoomButtons } from './ZoomButtons.js';

export function LayoutControls({ graph }: { graph: AtlasGraph }) {
  const sigma = useSigma<NodeAttributes, EdgeAttributes>();
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
      <ZoomButtons fitTitle="Fit the whole graph" />
    </div>
  );
}
