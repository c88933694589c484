/** The graph canvas: Sigma over a graphology graph derived from the scene, with its behaviours as children. */
import { SigmaContainer } from '@react-sigma/core';
import '@react-sigma/core/lib/style.css';
import { MultiUndirectedGraph } from 'graphology';
import { useMemo, type ReactNode } from 'react';
import type { Settings } from 'sigma/settings';
import type { EdgeAttributes, NodeAttributes } from '../../graph/types.js';
import { CameraSync } from './CameraSync.js';
import { GraphEvents } from './GraphEvents.js';
import { GraphSync } from './GraphSync.js';
import { Highlighter } from './Highlighter.js';
import { LayoutControls } from './LayoutControls.js';

const SETTINGS: Partial<Settings<NodeAttributes, EdgeAttributes>> = {
  labelFont: 'Inter, "Segoe UI", system-ui, sans-serif',
  labelSize: 12,
  labelWeight: '500',
  labelColor: { color: '#212529' },
  // Fewer, larger-node labels: readable at every zoom level.
  labelDensity: 0.5,
  labelGridCellSize: 80,
  labelRenderedSizeThreshold: 7,
  zIndex: true,
  defaultEdgeType: 'line',
  minCameraRatio: 0.02,
  maxCameraRatio: 4,
  stagePadding: 60,
};

export function GraphView({ children, onReady }: { children?: ReactNode; onReady?: () => void }) {
  const graph = useMemo(() => new MultiUndirectedGraph<NodeAttributes, EdgeAttributes>(), []);
  return (
    <SigmaContainer<NodeAttributes, EdgeAttributes> graph={graph} settings={SETTINGS} className="graph-canvas">
      <GraphSync graph={graph} onReady={onReady} />
      <Highlighter graph={graph} />
      <GraphEvents />
      <CameraSync />
      <LayoutControls graph={graph} />
      {children}
    </SigmaContainer>
  );
}
