/** Opening the explorer: health, the overview scene, then whatever a shared link asks for; and back/forward. */
import type { GraphSlice } from '../../model/index.js';
import { startHistory } from '../state/history.js';
import { emptyScene, hideNodes, mergeSlice, setPinned, type Scene } from '../state/scene.js';
import { decodeUrlState, encodeUrlState, type UrlState } from '../state/urlState.js';
import { errorStatus, tracked, type ActionContext } from './context.js';
import type { connectionActions } from './connectionActions.js';
import type { SceneActions } from './sceneActions.js';
import type { viewActions } from './viewActions.js';

/** The first view holds at most this many entities (the most connected ones). */
export const OVERVIEW_LIMIT = 2000;

const blank = decodeUrlState('');
const stepsKey = (steps: Scene['steps']) => encodeUrlState({ ...blank, steps: [...steps] });
const marksKey = (hidden: Iterable<string>, pinned: Iterable<string>) => encodeUrlState({ ...blank, hidden: [...hidden], pinned: [...pinned] });

export function startActions(
  ctx: ActionContext,
  scene: SceneActions,
  view: ReturnType<typeof viewActions>,
  connection: ReturnType<typeof connectionActions>,
) {
  const { store } = ctx;
  let overview: GraphSlice | null = null;

  /** Rebuilds the scene from the overview and the link's steps; undo starts from the result. */
  async function rebuildScene(url: UrlState): Promise<void> {
    store.update((s) => ({ ...s, scene: startHistory(mergeSlice(emptyScene(), overview ?? { nodes: [], edges: [] })) }));
    await scene.replay(url.steps);
    store.update((s) => ({ ...s, scene: startHistory(setPinned(hideNodes(s.scene.present, url.hidden), url.pinned)) }));
  }

  async function applyUrl(url: UrlState): Promise<void> {
    const current = store.get();
    if (stepsKey(current.scene.present.steps) !== stepsKey(url.steps)) await rebuildScene(url);
    else if (marksKey(url.hidden, url.pinned) !== marksKey(current.scene.present.hidden, current.scene.present.pinned)) {
      store.update((s) => ({ ...s, scene: startHistory(setPinned(hideNodes({ ...s.scene.present, hidden: new Set() }, url.hidden), url.pinned)) }));
    }
    store.update((s) => ({
      ...s,
      selection: url.selection,
      filters: url.filters,
      view: { sizeBy: url.sizeBy, colourBy: url.colourBy, panel: url.panel, canvas: url.canvas },
      period: url.period,
      reader: { documentId: url.reader, range: s.reader.documentId === url.reader ? s.reader.range : null },
      camera: url.camera,
    }));
    void view.loadDocumentEntities(url.filters.documents);
    const query = store.get().connection.query;
    const wanted = url.connection ?? { ...query, ids: [] };
    if (JSON.stringify(wanted) !== JSON.stringify(query)) {
      store.update((s) => ({ ...s, connection: { query: wanted, result: null, status: { state: 'idle' } } }));
      if (wanted.ids.length >= 2) await connection.run();
    }
  }

  return {
    applyUrl,

    /** Checks the server and Neo4j, loads the overview, then applies the link. Returns false when it could not. */
    async open(url: UrlState): Promise<boolean> {
      store.update((s) => ({ ...s, status: { state: 'loading', what: 'Connecting to the server…' } }));
      try {
        const health = await ctx.api.health();
        if (!health.neo4j.reachable) {
          const message = health.neo4j.message ?? `Neo4j at ${health.neo4j.uri} is not reachable.`;
          const hint = 'Start it with `npm run db:start` (or check NEO4J_URI), then retry.';
          store.update((s) => ({ ...s, status: { state: 'idle' }, health: { state: 'down', message, hint } }));
          return false;
        }
        store.update((s) => ({ ...s, health: { state: 'ok', health } }));
      } catch (e) {
        const { message, hint } = errorStatus(e);
        store.update((s) => ({ ...s, status: { state: 'idle' }, health: { state: 'down', message, hint } }));
        return false;
      }
      overview = await tracked(ctx, 'Loading the graph…', () => ctx.api.overview(OVERVIEW_LIMIT));
      if (!overview) return false;
      const { nodes, truncated } = overview;
      store.update((s) => ({
        ...s,
        overview: { shown: nodes.length, truncated, total: s.health.state === 'ok' ? (s.health.health.counts?.entities ?? null) : null },
      }));
      await rebuildScene(url);
      await applyUrl(url);
      return true;
    },
  };
}
