/** Zoom and fit over the map, and how many actors in view have no known place. */
import { useCamera } from '@react-sigma/core';
import { useMemo } from 'react';
import { visibleSlice } from '../../graph/visibleSlice.js';
import { mapSlice } from '../../map/mapSlice.js';
import { useAtlas } from '../../state/useAtlas.js';

export function MapControls() {
  const { zoomIn, zoomOut, reset } = useCamera({ duration: 250, factor: 1.5 });
  const scene = useAtlas((s) => s.scene.present);
  const filters = useAtlas((s) => s.filters);
  const documentEntities = useAtlas((s) => s.documentEntities);
  const { nodes, unplaced } = useMemo(() => mapSlice(visibleSlice(scene, filters, documentEntities)), [scene, filters, documentEntities]);

  return (
    <>
      <p className="map-count" data-testid="map-count" data-placed={nodes.length} data-unplaced={unplaced}>
        {nodes.length.toLocaleString()} on the map
        {unplaced > 0 && ` · ${unplaced.toLocaleString()} in view with no known place, not shown`}
      </p>
      <div className="canvas-controls" role="toolbar" aria-label="Map zoom">
        <button type="button" onClick={() => reset()} title="Fit the map (F)" data-shortcut="f">
          Fit
        </button>
        <button type="button" onClick={() => zoomIn()} aria-label="Zoom in" title="Zoom in (+)" data-shortcut="+">
          +
        </button>
        <button type="button" onClick={() => zoomOut()} aria-label="Zoom out" title="Zoom out (−)" data-shortcut="-">
          −
        </button>
      </div>
    </>
  );
}
