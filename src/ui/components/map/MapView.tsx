/**
 * The map: the same actors, selection, filters, period and highlighting as the graph view, each actor drawn at its
 * place over offline country outlines. A Sigma of its own over a graph of the placed actors; positions are fixed.
 */
import { SigmaContainer } from '@react-sigma/core';
import { useMemo, type ReactNode } from 'react';
import type { Settings } from 'sigma/settings';
import { DrawnGraph } from '../../graph/drawnGraph.js';
import type { EdgeAttributes, NodeAttributes } from '../../graph/types.js';
import { GraphEvents } from '../graph/GraphEvents.js';
import { GRAPH_SETTINGS } from '../graph/GraphView.js';
import { LabelLayout } from '../graph/LabelLayout.js';
import { Highlighter } from '../graph/Highlighter.js';
import { PeriodFilter } from '../graph/PeriodFilter.js';
import { SnapshotPan } from '../graph/SnapshotPan.js';
import { MapCamera } from './MapCamera.js';
import { MapControls } from './MapControls.js';
import { MapLayer } from './MapLayer.js';
import { MapMarkers } from './MapMarkers.js';
import { MapSync } from './MapSync.js';

const SETTINGS: Partial<Settings<NodeAttributes, EdgeAttributes>> = {
  ...GRAPH_SETTINGS,
  // Room to zoom from the whole region into one city's actors.
  minCameraRatio: 0.002,
  maxCameraRatio: 8,
  stagePadding: 40,
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
      <LabelLayout />
      <MapMarkers />
      {children}
    </SigmaContainer>
  );
}
