/** Zoom and fit over the map, and how many actors in view have no known place. */
import { useMemo } from 'react';
import { visibleSlice } from '../../graph/visibleSlice.js';
import { mapSlice } from '../../map/mapSlice.js';
import { ZoomButtons } from '../graph/ZoomButtons.js';
import { useAtlas } from '../../state/useAtlas.js';

export function MapControls() {
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
        <ZoomButtons fitTitle="Fit the map" />
      </div>
    </>
  );
}
