/**
 * What the page knows of its own writes: a sequence number for each, and the server's id of each correction, which
 * changes when redo makes it again. Undo and redo move the scene between snapshots and then take back, or make
 * again, on the server the writes that the move crossed.
 */
import type { Review } from '../../model/index.js';
import { redo, undo } from '../state/history.js';
import { writesLeaving, type Write } from '../state/writes.js';
import { errorStatus, type ActionContext } from './context.js';
import type { Signing } from './signing.js';

export interface WriteLog {
  nextSeq(): number;
  correctionIds: Map<number, string>;
}

export function createWriteLog(): WriteLog {
  let seq = 0;
  return { nextSeq: () => ++seq, correctionIds: new Map() };
}

export function writeHistory(ctx: ActionContext, sign: Signing, log: WriteLog) {
  const { store } = ctx;

  const sendReview = (w: Extract<Write, { kind: 'review' }>, to: Review | null, by: string) =>
    ctx.api.review({ claim: w.claim, state: to?.state ?? 'proposed', by, note: to?.note });

  async function takeBack(w: Write, by: string): Promise<void> {
    if (w.kind === 'review') await sendReview(w, w.previous, by);
    else {
      const id = log.correctionIds.get(w.seq);
      if (id) await ctx.api.undoCorrection(id);
      log.correctionIds.delete(w.seq);
    }
  }

  async function makeAgain(w: Write, by: string): Promise<void> {
    if (w.kind === 'review') await sendReview(w, w.review, by);
    else log.correctionIds.set(w.seq, (await ctx.api.correct(w.body)).correction.id);
  }

  /** Moves the scene, then brings the server in line with where it landed. */
  async function move(step: typeof undo): Promise<void> {
    const before = store.get().scene.present.writes;
    store.update((s) => ({ ...s, scene: step(s.scene) }));
    const after = store.get().scene.present.writes;
    const back = writesLeaving(before, after);
    const again = writesLeaving(after, before).reverse();
    if (back.length === 0 && again.length === 0) return;
    const by = store.get().reviewer ?? 'unknown';
    try {
      await sign.serial(async () => {
        for (const w of back) await takeBack(w, by);
        for (const w of again) await makeAgain(w, by);
      });
      if ([...back, ...again].some((w) => w.kind === 'correction')) store.update((s) => ({ ...s, dataVersion: s.dataVersion + 1 }));
    } catch (e) {
      const { message, hint } = errorStatus(e);
      store.update((s) => ({ ...s, status: { state: 'error', message: `The server did not take the change back: ${message}`, hint } }));
    }
  }

  return {
    undo: () => void move(undo),
    redo: () => void move(redo),
  };
}
