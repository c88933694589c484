/**
 * The map: the same actors, selection, filters, period and highlighting as the graph view, each actor drawn at its
 * place over offline country outlines. A Sigma of its own over a graph of the placed actors; positions are fixed.
 */
import { SigmaContainer } from '@react-sigma/core';
import { useMemo, type ReactNode } from 'react';
import { EdgeLineProgram, NodePointProgram } from 'sigma/rendering';
import type { Settings } from 'sigma/settings';
import { DrawnGraph } from '../../graph/drawnGraph.js';
import { FAST_EDGE_PROGRAM, FAST_NODE_PROGRAM } from '../../graph/levelOfDetail.js';
import { reduceNode } from '../../graph/reducers.js';
import type { EdgeAttributes, NodeAttributes } from '../../graph/types.js';
import { GraphEvents } from '../graph/GraphEvents.js';
import { Highlighter } from '../graph/Highlighter.js';
import { PeriodFilter } from '../graph/PeriodFilter.js';
import { SnapshotPan } from '../graph/SnapshotPan.js';
import { MapCamera } from './MapCamera.js';
import { MapControls } from './MapControls.js';
import { MapLayer } from './MapLayer.js';
import { MapMarkers } from './MapMarkers.js';
import { MapSync } from './MapSync.js';

const SETTINGS: Partial<Settings<NodeAttributes, EdgeAttributes>> = {
  labelFont: 'Inter, "Segoe UI", system-ui, sans-serif',
  labelSize: 12,
  labelWeight: '500',
  labelColor: { color: '#212529' },
  labelDensity: 0.5,
  labelGridCellSize: 80,
  labelRenderedSizeThreshold: 7,
  zIndex: true,
  defaultEdgeType: 'line',
  // Room to zoom from the whole region into one city's actors.
  minCameraRatio: 0.002,
  maxCameraRatio: 8,
  stagePadding: 40,
  nodeReducer: (id, data) => reduceNode(id, data, null),
  nodeProgramClasses: { [FAST_NODE_PROGRAM]: NodePointProgram },
  edgeProgramClasses: { [FAST_EDGE_PROGRAM]: EdgeLineProgram },
};

export function MapView({ children, onReady, onOutlines }: { children?: ReactNode; onReady?: () => void; onOutlines?: () => void }) {
  const graph = useMemo(() => new DrawnGraph(), []);
  return (
    <SigmaContainer<NodeAttributes, EdgeAttributes> graph={graph} settings={SETTINGS} className="graph-canvas map-canvas">
      <MapLayer onOutlines={onOutlines} />
      <MapSync graph={graph} onReady={onReady} />
      <PeriodFilter />
      <Highlighter graph={graph} />
      <GraphEvents draggable={false} />
      <SnapshotPan />
      <MapCamera />
      <MapControls />
      <MapMarkers />
      {children}
    </SigmaContainer>
  );
}
