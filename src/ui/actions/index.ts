/** All actions of the explorer, bound to one store and the API. */
import { api } from '../http/client.js';
import type { AppState } from '../state/appState.js';
import type { Store } from '../state/store.js';
import { connectionActions } from './connectionActions.js';
import type { ActionContext, Viewport } from './context.js';
import { correctionActions } from './correctionActions.js';
import { documentActions } from './documentActions.js';
import { reviewActions } from './reviewActions.js';
import { sceneActions } from './sceneActions.js';
import { signing } from './signing.js';
import { startActions } from './startActions.js';
import { viewActions } from './viewActions.js';
import { createWriteLog, writeHistory } from './writeLog.js';

export function createActions(store: Store<AppState>, client: typeof api = api) {
  const ctx: ActionContext = { store, api: client, viewport: { current: null } };
  const sign = signing(ctx);
  const log = createWriteLog();
  // Undo and redo also take back (or make again) on the server the reviews and corrections they cross.
  const scene = { ...sceneActions(ctx), ...writeHistory(ctx, sign, log) };
  const view = viewActions(ctx);
  const connection = connectionActions(ctx, scene);
  const start = startActions(ctx, scene, view, connection);
  return {
    scene,
    view,
    connection,
    start,
    reviewer: { set: sign.setReviewer, cancel: sign.cancel },
    review: reviewActions(ctx, sign, log.nextSeq),
    correction: correctionActions(ctx, scene, sign, log),
    documents: documentActions(ctx, scene),
    /** The graph view (or the map over it) registers itself here so actions can move the camera; returns the one before. */
    setViewport(viewport: Viewport | null): Viewport | null {
      const before = ctx.viewport.current;
      ctx.viewport.current = viewport;
      return before;
    },
    centreOn(id: string) {
      ctx.viewport.current?.centreOn(id);
    },
    /** Search pick or mention click: bring the entity in, select it and centre on it. */
    async pick(id: string) {
      if (!(await scene.bringIn([id]))) return;
      scene.select(id);
      // Give the graph view a frame to draw the new node before moving the camera to it.
      requestAnimationFrame(() => ctx.viewport.current?.centreOn(id));
    },
  };
}

export type Actions = ReturnType<typeof createActions>;
