/** "How are these actors connected?": paths between two, or the connecting subgraph of more, from the API. */
import type { ConnectionQuery, ConnectionResult } from '../state/appState.js';
import { errorStatus, type ActionContext } from './context.js';
import type { SceneActions } from './sceneActions.js';

export const MAX_CONNECT_IDS = 10;

/** Node and edge ids of a result, for highlighting and for bringing them into the scene. */
export function connectionParts(result: ConnectionResult): { nodes: string[]; edges: string[] } {
  if (result.kind === 'connect') return { nodes: result.result.nodes.map((n) => n.id), edges: result.result.edges.map((e) => e.id) };
  return {
    nodes: [...new Set(result.paths.flatMap((p) => p.nodes.map((n) => n.id)))],
    edges: [...new Set(result.paths.flatMap((p) => p.hops.map((h) => h.id)))],
  };
}

export function connectionActions(ctx: ActionContext, scene: SceneActions) {
  const { store } = ctx;
  const setQuery = (change: (q: ConnectionQuery) => ConnectionQuery) =>
    store.update((s) => ({ ...s, connection: { ...s.connection, query: change(s.connection.query), result: null, status: { state: 'idle' } } }));

  return {
    addActor(id: string): void {
      setQuery((q) => (q.ids.includes(id) || q.ids.length >= MAX_CONNECT_IDS ? q : { ...q, ids: [...q.ids, id] }));
      store.update((s) => ({ ...s, view: { ...s.view, panel: 'connect' } }));
    },

    removeActor(id: string): void {
      setQuery((q) => ({ ...q, ids: q.ids.filter((x) => x !== id) }));
    },

    setOptions(options: Partial<Omit<ConnectionQuery, 'ids'>>): void {
      setQuery((q) => ({ ...q, ...options }));
    },

    clear(): void {
      setQuery((q) => ({ ...q, ids: [] }));
    },

    /** Two actors: paths by the chosen mode; more: the connecting subgraph. The result joins the scene. */
    async run(): Promise<void> {
      const query = store.get().connection.query;
      if (query.ids.length < 2) return;
      store.update((s) => ({ ...s, connection: { ...s.connection, result: null, status: { state: 'loading', what: 'Finding connections…' } } }));
      try {
        const [from = '', to = ''] = query.ids;
        const result: ConnectionResult =
          query.ids.length === 2
            ? { kind: 'paths', paths: (await ctx.api.paths(from, to, query.mode, query.k, query.maxHops)).paths }
            : { kind: 'connect', result: await ctx.api.connect({ ids: query.ids, maxHops: query.maxHops }) };
        const slice =
          result.kind === 'connect'
            ? result.result
            : { nodes: result.paths.flatMap((p) => p.nodes), edges: result.paths.flatMap((p) => p.hops) };
        const missing = slice.nodes.filter((n) => !store.get().scene.present.nodes.has(n.id)).map((n) => n.id);
        if (missing.length > 0) await scene.bringIn([...new Set(missing)]);
        store.update((s) => (s.connection.query === query ? { ...s, connection: { query, result, status: { state: 'idle' } } } : s));
      } catch (e) {
        store.update((s) => ({ ...s, connection: { ...s.connection, status: errorStatus(e) } }));
      }
    },
  };
}
