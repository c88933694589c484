/** Scene changes: bring entities in, expand neighbourhoods, hide, pin; refresh what a correction changed. (Undo and redo: writeLog.ts.) */
import { REVIEW_STATES, type GraphSlice } from '../../model/index.js';
import { commit } from '../state/history.js';
import {
  addStep,
  countNewNodes,
  dropEdgesOf,
  dropNodes,
  hideNodes,
  mergeSlice,
  recordWrite,
  showHidden,
  togglePin,
  type Expansion,
  type Scene,
} from '../state/scene.js';
import type { Write } from '../state/writes.js';
import { keepPresent, selectOnly, toggleSelected } from '../state/selection.js';
import type { AppState } from '../state/appState.js';
import { tracked, type ActionContext } from './context.js';

/** Expansions adding more new nodes than this ask first. */
export const CONFIRM_NEW_NODES = 150;
/** The API caps induced subgraphs at 5000 ids; beyond that the scene keeps the edges it was given. */
const INDUCED_MAX_IDS = 5000;

export const changeScene = (s: AppState, change: (scene: Scene) => Scene): AppState => {
  const history = commit(s.scene, change(s.scene.present));
  if (history === s.scene) return s;
  const present = history.present;
  return { ...s, scene: history, selection: keepPresent(s.selection, (id) => present.nodes.has(id) && !present.hidden.has(id)) };
};

/** Edges among the scene's nodes that came with neither slice (e.g. between two separately added entities). */
async function inducedEdges(ctx: ActionContext, ids: string[]): Promise<GraphSlice | null> {
  if (ids.length < 2 || ids.length > INDUCED_MAX_IDS) return null;
  return ctx.api.subgraph({ ids, depth: 0, filter: { minConfidence: 0, includeWeak: true, reviewStates: [...REVIEW_STATES] }, limit: 20000 });
}

export function sceneActions(ctx: ActionContext) {
  const { store } = ctx;

  /** Adds a fetched slice and the step that fetched it, with the edges that tie it to what is there. */
  async function addSlice(slice: GraphSlice, step: Parameters<typeof addStep>[1]): Promise<void> {
    const merged = mergeSlice(store.get().scene.present, slice);
    const induced = await inducedEdges(ctx, [...merged.nodes.keys()]);
    store.update((s) => changeScene(s, (scene) => addStep(mergeSlice(mergeSlice(scene, slice), induced ?? { nodes: [], edges: [] }), step)));
  }

  async function applyExpansion(expansion: Expansion, slice: GraphSlice): Promise<void> {
    const newNodes = countNewNodes(store.get().scene.present, slice);
    store.update((s) => ({ ...s, pending: null }));
    await tracked(ctx, 'Expanding neighbours…', () => addSlice(slice, { kind: 'expand', expansion }));
    const note = slice.truncated
      ? `Added ${newNodes} entities; the neighbourhood was cut at ${slice.limit ?? slice.nodes.length} nodes.`
      : newNodes === 0
        ? 'No new neighbours with these choices.'
        : `Added ${newNodes} ${newNodes === 1 ? 'entity' : 'entities'}.`;
    store.update((s) => ({ ...s, notice: { kind: slice.truncated ? 'warning' : 'info', text: note } }));
  }

  return {
    applyExpansion,

    /**
     * After a correction: the affected entities as the database now holds them (gone ones leave the scene, new ones
     * join it) with fresh edges, as one undoable step that records the write.
     */
    async refresh(affected: readonly string[], write: Write): Promise<void> {
      const slice = affected.length > 0 ? await ctx.api.subgraph({ ids: [...affected], depth: 0 }) : { nodes: [], edges: [] };
      const existing = new Set(slice.nodes.map((n) => n.id));
      const gone = affected.filter((id) => !existing.has(id));
      const kept = dropNodes(store.get().scene.present, gone).nodes.keys();
      const induced = await inducedEdges(ctx, [...new Set([...kept, ...existing])]);
      store.update((s) =>
        changeScene(s, (scene) =>
          recordWrite(mergeSlice(mergeSlice(dropEdgesOf(dropNodes(scene, gone), affected), slice), induced ?? { nodes: [], edges: [] }), write),
        ),
      );
    },

    /** Brings entities into the scene (when absent) without selecting them. */
    async bringIn(ids: string[]): Promise<boolean> {
      const missing = ids.filter((id) => !store.get().scene.present.nodes.has(id) || store.get().scene.present.hidden.has(id));
      if (missing.length === 0) return true;
      const slice = await tracked(ctx, 'Adding to the graph…', () => ctx.api.subgraph({ ids: missing, depth: 0 }));
      if (!slice) return false;
      await tracked(ctx, 'Adding to the graph…', () => addSlice(slice, { kind: 'add', ids: missing }));
      return true;
    },

    select(id: string, additive = false): void {
      store.update((s) => ({
        ...s,
        selection: additive ? toggleSelected(s.selection, id) : selectOnly(s.selection, id),
        view: { ...s.view, panel: 'details' },
      }));
    },

    clearSelection(): void {
      store.update((s) => (s.selection.length === 0 ? s : { ...s, selection: [] }));
    },

    hover(id: string | null): void {
      store.update((s) => (s.hovered === id ? s : { ...s, hovered: id }));
    },

    /** Fetches a neighbourhood; asks before adding many nodes (the answer comes back through `confirmPending`). */
    async expand(expansion: Expansion): Promise<void> {
      const slice = await tracked(ctx, 'Expanding neighbours…', () =>
        ctx.api.neighbours(expansion.id, { depth: expansion.depth, relations: expansion.relations, limit: 1000 }),
      );
      if (!slice) return;
      const newNodes = countNewNodes(store.get().scene.present, slice);
      if (newNodes > CONFIRM_NEW_NODES) {
        store.update((s) => ({ ...s, pending: { expansion, slice, newNodes } }));
        return;
      }
      await applyExpansion(expansion, slice);
    },

    cancelPending(): void {
      store.update((s) => ({ ...s, pending: null }));
    },

    hide(ids: string[]): void {
      store.update((s) => changeScene(s, (scene) => hideNodes(scene, ids)));
    },

    showHidden(): void {
      store.update((s) => changeScene(s, showHidden));
    },

    togglePin(id: string): void {
      store.update((s) => changeScene(s, (scene) => togglePin(scene, id)));
    },

    /** Replays scene steps from a shared link, in order, without asking. */
    async replay(steps: Scene['steps']): Promise<void> {
      for (const step of steps) {
        const slice = await tracked(ctx, 'Restoring the shared view…', () =>
          step.kind === 'add'
            ? ctx.api.subgraph({ ids: step.ids, depth: 0 })
            : ctx.api.neighbours(step.expansion.id, { depth: step.expansion.depth, relations: step.expansion.relations, limit: 1000 }),
        );
        if (slice) await addSlice(slice, step);
      }
    },
  };
}

export type SceneActions = ReturnType<typeof sceneActions>;
