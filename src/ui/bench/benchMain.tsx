/**
 * Benchmark entry (bench.html, not part of the app build): feeds a synthetic slice of ?nodes=&edges= into the same
 * store and graph view the explorer uses, with no server, and exposes measurements on window.atlasBench.
 */
import { createRoot } from 'react-dom/client';
import { GraphSliceSchema } from '../../model/index.js';
import { createActions } from '../actions/index.js';
import { GraphView } from '../components/graph/GraphView.js';
import { initialState } from '../state/appState.js';
import { startHistory } from '../state/history.js';
import { emptyScene, mergeSlice } from '../state/scene.js';
import { createStore } from '../state/store.js';
import { AtlasContext } from '../state/useAtlas.js';
import '../styles.css';
import { BenchProbeView } from './BenchProbe.js';
import { syntheticSlice } from './syntheticSlice.js';

const params = new URLSearchParams(location.search);
// Handed over as the explorer gets a slice from the API (client.overview): parsed from JSON, then by the model's schema.
const slice = GraphSliceSchema.parse(JSON.parse(JSON.stringify(syntheticSlice(Number(params.get('nodes') ?? 10_000), Number(params.get('edges') ?? 50_000)))));
const store = createStore(initialState());
const actions = createActions(store);
const load = () => store.update((s) => ({ ...s, scene: startHistory(mergeSlice(emptyScene(), slice)) }));

const container = document.getElementById('root');
if (!container) throw new Error('bench: no #root element');
createRoot(container).render(
  <AtlasContext.Provider value={{ store, actions }}>
    <div style={{ position: 'fixed', inset: 0 }}>
      <GraphView>
        <BenchProbeView load={load} />
      </GraphView>
    </div>
  </AtlasContext.Provider>,
);
