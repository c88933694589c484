/** Everything the explorer shows, in one plain value; components read it, actions replace it. */
import type { ConnectResult, GraphSlice, Health, ImportJob, Path, PathsQuery } from '../../model/index.js';

type PathMode = PathsQuery['mode'];
import { defaultFilters, type Filters } from './filters.js';
import { startHistory, type History } from './history.js';
import { emptyScene, type Expansion, type Scene } from './scene.js';
import { loadReviewer } from './reviewer.js';
import type { Selection } from './selection.js';
import type { Period } from '../time/period.js';

export type SizeBy = 'degree' | 'pagerank' | 'betweenness';
export type ColourBy = 'type' | 'community';
export type SidePanel = 'details' | 'connect' | 'reader' | 'review' | 'attention';
/** What the canvas shows: the force-directed graph, or actors at their places on a map. */
export type CanvasView = 'graph' | 'map';

export interface ConnectionQuery {
  ids: string[];
  mode: PathMode;
  k: number;
  maxHops: number;
}

export type ConnectionResult = { kind: 'paths'; paths: Path[] } | { kind: 'connect'; result: ConnectResult };

export interface Camera {
  x: number;
  y: number;
  ratio: number;
}

/** A request in flight or failed, shown where the user asked for it. */
export type Status = { state: 'idle' } | { state: 'loading'; what: string } | { state: 'error'; message: string; hint: string };

export interface Notice {
  kind: 'info' | 'warning' | 'error';
  text: string;
}

export interface AppState {
  health: { state: 'unknown' } | { state: 'ok'; health: Health } | { state: 'down'; message: string; hint: string };
  scene: History<Scene>;
  /** The overview that started the scene: how many entities it shows out of how many. */
  overview: { shown: number; total: number | null; truncated: boolean } | null;
  filters: Filters;
  documentEntities: ReadonlySet<string> | null;
  selection: Selection;
  hovered: string | null;
  connection: { query: ConnectionQuery; result: ConnectionResult | null; status: Status };
  view: { sizeBy: SizeBy; colourBy: ColourBy; panel: SidePanel; canvas: CanvasView };
  /** The period brushed on the timeline: only what holds in it is drawn (null: all times). */
  period: Period | null;
  reader: { documentId: string | null; range: { start: number; end: number } | null };
  camera: Camera | null;
  status: Status;
  notice: Notice | null;
  /** A fetched expansion big enough to ask about before it is added. */
  pending: { expansion: Expansion; slice: GraphSlice; newNodes: number } | null;
  /** The name reviews and corrections are signed with (kept by the browser); null until the person gives it. */
  reviewer: string | null;
  /** A write waits for the reviewer's name. */
  askingReviewer: boolean;
  /** Bumped whenever the data on the server changed from this page: panels that show it load it again. */
  dataVersion: number;
  /** The "Add documents" dialog and the import it started. */
  adding: { open: boolean; job: ImportJob | null; status: Status };
}

export const initialState = (): AppState => ({
  health: { state: 'unknown' },
  scene: startHistory(emptyScene()),
  overview: null,
  filters: defaultFilters(),
  documentEntities: null,
  selection: [],
  hovered: null,
  connection: { query: { ids: [], mode: 'shortest', k: 3, maxHops: 5 }, result: null, status: { state: 'idle' } },
  view: { sizeBy: 'degree', colourBy: 'type', panel: 'details', canvas: 'graph' },
  period: null,
  reader: { documentId: null, range: null },
  camera: null,
  status: { state: 'idle' },
  notice: null,
  pending: null,
  reviewer: loadReviewer(),
  askingReviewer: false,
  dataVersion: 0,
  adding: { open: false, job: null, status: { state: 'idle' } },
});
