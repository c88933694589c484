/** The graph canvas: Sigma over a graphology graph derived from the scene, with its behaviours as children. */
import { SigmaContainer } from '@react-sigma/core';
import '@react-sigma/core/lib/style.css';
import { useMemo, type ReactNode } from 'react';
import { EdgeLineProgram, NodePointProgram } from 'sigma/rendering';
import { DrawnGraph } from '../../graph/drawnGraph.js';
import { drawNodeHover, drawNodeLabel } from '../../graph/labelLayer.js';
import { FAST_EDGE_PROGRAM, FAST_NODE_PROGRAM } from '../../graph/levelOfDetail.js';
import { reduceNode } from '../../graph/reducers.js';
import type { Settings } from 'sigma/settings';
import type { EdgeAttributes, NodeAttributes } from '../../graph/types.js';
import { CameraSync } from './CameraSync.js';
import { GraphEvents } from './GraphEvents.js';
import { GraphSync } from './GraphSync.js';
import { Highlighter } from './Highlighter.js';
import { LabelLayout } from './LabelLayout.js';
import { LayoutControls } from './LayoutControls.js';
import { SnapshotPan } from './SnapshotPan.js';

export const GRAPH_SETTINGS: Partial<Settings<NodeAttributes, EdgeAttributes>> = {
  labelFont: 'Inter, "Segoe UI", system-ui, sans-serif',
  labelSize: 12,
  labelWeight: '500',
  labelColor: { color: '#212529' },
  // Fewer, larger-node labels: readable at every zoom level.
  labelDensity: 0.5,
  labelGridCellSize: 80,
  labelRenderedSizeThreshold: 7,
  // Sigma's grid and density choose the labels; these place them so that none covers another (LabelLayout).
  defaultDrawNodeLabel: drawNodeLabel,
  defaultDrawNodeHover: drawNodeHover,
  zIndex: true,
  defaultEdgeType: 'line',
  minCameraRatio: 0.02,
  maxCameraRatio: 4,
  stagePadding: 60,
  // Nothing highlighted yet (Highlighter replaces these); the node reducer marks pinned nodes.
  nodeReducer: (id, data) => reduceNode(id, data, null),
  // Cheap programs (one-pixel lines, points) that large graphs switch to; see graph/levelOfDetail.ts.
  nodeProgramClasses: { [FAST_NODE_PROGRAM]: NodePointProgram },
  edgeProgramClasses: { [FAST_EDGE_PROGRAM]: EdgeLineProgram },
};

export function GraphView({ children, onReady }: { children?: ReactNode; onReady?: () => void }) {
  const graph = useMemo(() => new DrawnGraph(), []);
  return (
    <SigmaContainer<NodeAttributes, EdgeAttributes> graph={graph} settings={GRAPH_SETTINGS} className="graph-canvas">
      <GraphSync graph={graph} onReady={onReady} />
      <Highlighter graph={graph} />
      <LabelLayout />
      <GraphEvents />
      <SnapshotPan />
      <CameraSync />
      <LayoutControls graph={graph} />
      {children}
    </SigmaContainer>
  );
}
