/**
 * Benchmark entry (bench.html, not part of the app build): feeds a synthetic slice of ?nodes=&edges= into the same
 * store and graph view the explorer uses, with no server, and exposes measurements on window.atlasBench. `dated=1`
 * dates most relations (the timeline under the graph then has bars to brush); `view=map` places every actor and
 * opens the map instead, with the slice already in the store, as when the map is switched on.
 */
import { createRoot } from 'react-dom/client';
import { GraphSliceSchema } from '../../model/index.js';
import { createActions } from '../actions/index.js';
import { GraphView } from '../components/graph/GraphView.js';
import { PeriodFilter } from '../components/graph/PeriodFilter.js';
import { MapView } from '../components/map/MapView.js';
import { Timeline } from '../components/timeline/Timeline.js';
import { initialState } from '../state/appState.js';
import { startHistory } from '../state/history.js';
import { emptyScene, mergeSlice } from '../state/scene.js';
import { createStore } from '../state/store.js';
import { AtlasContext } from '../state/useAtlas.js';
import type { Period } from '../time/period.js';
import '../styles.css';
import { BenchProbeView, flush } from './BenchProbe.js';
import { syntheticSlice } from './syntheticSlice.js';

const params = new URLSearchParams(location.search);
const onMap = params.get('view') === 'map';
const options = { dated: params.get('dated') === '1', placed: onMap };
// Handed over as the explorer gets a slice from the API (client.overview): parsed from JSON, then by the model's schema.
const slice = GraphSliceSchema.parse(JSON.parse(JSON.stringify(syntheticSlice(Number(params.get('nodes') ?? 10_000), Number(params.get('edges') ?? 50_000), options))));
const store = createStore(initialState());
const actions = createActions(store);
const fill = () => store.update((s) => ({ ...s, scene: startHistory(mergeSlice(emptyScene(), slice)) }));
const brush = (p: Period | null) => actions.view.setPeriod(p);
if (onMap) fill();
const startedAt = performance.now();
const mapTimes: { frameMs: number | null; outlinesMs: number | null } = { frameMs: null, outlinesMs: null };
window.atlasMapBench = mapTimes;
// The map draws its actors synchronously while it mounts, before the probe listens: the map reports it itself.
const mapDrawn = () => {
  if (mapTimes.frameMs !== null) return;
  flush(Object.fromEntries([...document.querySelectorAll('canvas')].map((c, i) => [String(i), c])));
  mapTimes.frameMs = performance.now() - startedAt;
};
const outlinesDrawn = () => (mapTimes.outlinesMs = performance.now() - startedAt);

const container = document.getElementById('root');
if (!container) throw new Error('bench: no #root element');
createRoot(container).render(
  <AtlasContext.Provider value={{ store, actions }}>
    <div style={{ position: 'fixed', inset: 0, display: 'flex', flexDirection: 'column' }}>
      <div style={{ position: 'relative', flex: '1 1 auto' }}>
        {onMap ? (
          <MapView onReady={mapDrawn} onOutlines={outlinesDrawn}>
            <BenchProbeView load={() => undefined} brush={brush} startedAt={startedAt} />
          </MapView>
        ) : (
          <GraphView>
            <PeriodFilter />
            <BenchProbeView load={fill} brush={brush} />
          </GraphView>
        )}
      </div>
      {options.dated && <Timeline />}
    </div>
  </AtlasContext.Provider>,
);
