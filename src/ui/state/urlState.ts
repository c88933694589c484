/**
 * The shareable part of the explorer's state, to and from a URL query string. Decoding is forgiving: a value that
 * does not validate is dropped (the default is used) so an edited or stale link still opens.
 */
import { z } from 'zod';
import { EntityIdSchema, EntityTypeSchema, PathModeSchema, RelationTypeSchema } from '../../model/index.js';
import { DEFAULT_REVIEW_STATES, ReviewStateSchema } from '../../model/index.js';
import type { AppState, Camera, CanvasView, ColourBy, ConnectionQuery, SidePanel, SizeBy } from './appState.js';
import { decodePeriod, encodePeriod, type Period } from '../time/period.js';
import { defaultFilters, type Filters } from './filters.js';
import type { SceneStep } from './scene.js';

export interface UrlState {
  selection: string[];
  filters: Filters;
  connection: ConnectionQuery | null;
  camera: Camera | null;
  steps: SceneStep[];
  hidden: string[];
  pinned: string[];
  sizeBy: SizeBy;
  colourBy: ColourBy;
  panel: SidePanel;
  reader: string | null;
  canvas: CanvasView;
  period: Period | null;
}

const SizeBySchema = z.enum(['degree', 'pagerank', 'betweenness']);
const ColourBySchema = z.enum(['type', 'community']);
const PanelSchema = z.enum(['details', 'connect', 'reader', 'review', 'attention']);
const CanvasSchema = z.enum(['graph', 'map']);

const list = (value: string | null): string[] => (value ? value.split(',').filter(Boolean) : []);
const valid = <T>(schema: z.ZodType<T>, items: string[]): T[] =>
  items.flatMap((x) => {
    const r = schema.safeParse(x);
    return r.success ? [r.data] : [];
  });
const numberIn = (value: string | null, min: number, max: number): number | null => {
  if (value === null || value.trim() === '') return null;
  const n = Number(value);
  return Number.isFinite(n) && n >= min && n <= max ? n : null;
};
const round = (n: number, digits: number) => Number(n.toFixed(digits));

// Entity ids are slugs without '.', ',' or ';', so these separate the parts of a step safely.
function encodeStep(step: SceneStep): string {
  if (step.kind === 'add') return `+${step.ids.join(',')}`;
  const { id, depth, relations } = step.expansion;
  return `*${id}.${depth}.${relations.join(',')}`;
}

function decodeStep(text: string): SceneStep | null {
  if (text.startsWith('+')) {
    const ids = valid(EntityIdSchema, list(text.slice(1)));
    return ids.length ? { kind: 'add', ids } : null;
  }
  if (!text.startsWith('*')) return null;
  const [id = '', depth = '', relations = ''] = text.slice(1).split('.');
  const d = numberIn(depth, 1, 3);
  if (!EntityIdSchema.safeParse(id).success || d === null || !Number.isInteger(d)) return null;
  return { kind: 'expand', expansion: { id, depth: d, relations: valid(RelationTypeSchema, list(relations)) } };
}

export function encodeUrlState(s: UrlState): string {
  const p = new URLSearchParams();
  const set = (key: string, value: string | false) => {
    if (value) p.set(key, value);
  };
  set('sel', s.selection.join(','));
  set('s', s.steps.map(encodeStep).join(';'));
  set('hide', s.hidden.join(','));
  set('pin', s.pinned.join(','));
  set('ht', s.filters.hiddenTypes.join(','));
  set('hr', s.filters.hiddenRelations.join(','));
  set('mc', s.filters.minConfidence > 0 && String(round(s.filters.minConfidence, 2)));
  for (const doc of s.filters.documents) p.append('doc', doc);
  set('weak', s.filters.includeWeak && '1');
  set('rv', s.filters.reviewStates.join(',') !== DEFAULT_REVIEW_STATES.join(',') && (s.filters.reviewStates.join(',') || 'none'));
  if (s.connection && s.connection.ids.length > 0) {
    const c = s.connection;
    p.set('c', c.ids.join(','));
    p.set('cm', c.mode);
    p.set('ck', String(c.k));
    p.set('ch', String(c.maxHops));
  }
  set('size', s.sizeBy !== 'degree' && s.sizeBy);
  set('colour', s.colourBy !== 'type' && s.colourBy);
  set('panel', s.panel !== 'details' && s.panel);
  set('read', s.reader ?? false);
  set('view', s.canvas !== 'graph' && s.canvas);
  set('period', s.period !== null && encodePeriod(s.period));
  if (s.camera) p.set('cam', [round(s.camera.x, 4), round(s.camera.y, 4), round(s.camera.ratio, 4)].join(','));
  return p.toString();
}

export function decodeUrlState(query: string): UrlState {
  const p = new URLSearchParams(query);
  const get = (key: string) => p.get(key);
  const connectionIds = valid(EntityIdSchema, list(get('c')));
  const cam = list(get('cam')).map(Number);
  const [x, y, ratio] = cam;
  return {
    selection: valid(EntityIdSchema, list(get('sel'))),
    steps: (get('s') ?? '').split(';').flatMap((t) => decodeStep(t) ?? []),
    hidden: valid(EntityIdSchema, list(get('hide'))),
    pinned: valid(EntityIdSchema, list(get('pin'))),
    filters: {
      ...defaultFilters(),
      hiddenTypes: valid(EntityTypeSchema, list(get('ht'))),
      hiddenRelations: valid(RelationTypeSchema, list(get('hr'))),
      minConfidence: numberIn(get('mc'), 0, 1) ?? 0,
      documents: p.getAll('doc').filter(Boolean),
      includeWeak: get('weak') === '1',
      reviewStates: get('rv') === null ? [...DEFAULT_REVIEW_STATES] : valid(ReviewStateSchema, list(get('rv'))),
    },
    connection:
      connectionIds.length > 0
        ? {
            ids: connectionIds,
            mode: PathModeSchema.safeParse(get('cm')).data ?? 'shortest',
            k: numberIn(get('ck'), 1, 20) ?? 3,
            maxHops: numberIn(get('ch'), 1, 8) ?? 5,
          }
        : null,
    camera:
      cam.length === 3 && x !== undefined && y !== undefined && ratio !== undefined && cam.every(Number.isFinite) && ratio > 0
        ? { x, y, ratio }
        : null,
    sizeBy: SizeBySchema.safeParse(get('size')).data ?? 'degree',
    colourBy: ColourBySchema.safeParse(get('colour')).data ?? 'type',
    panel: PanelSchema.safeParse(get('panel')).data ?? 'details',
    reader: get('read') || null,
    canvas: CanvasSchema.safeParse(get('view')).data ?? 'graph',
    period: decodePeriod(get('period')),
  };
}

/** The shareable part of the app state. */
export function urlStateOf(state: AppState): UrlState {
  const scene = state.scene.present;
  return {
    selection: [...state.selection],
    filters: state.filters,
    connection: state.connection.query.ids.length > 0 ? state.connection.query : null,
    camera: state.camera,
    steps: [...scene.steps],
    hidden: [...scene.hidden],
    pinned: [...scene.pinned],
    sizeBy: state.view.sizeBy,
    colourBy: state.view.colourBy,
    panel: state.view.panel,
    reader: state.reader.documentId,
    canvas: state.view.canvas,
    period: state.period,
  };
}

/** Whether two states differ only by camera: panning replaces the history entry instead of adding one. */
export function differsOnlyByCamera(a: UrlState, b: UrlState): boolean {
  return encodeUrlState({ ...a, camera: null }) === encodeUrlState({ ...b, camera: null });
}
