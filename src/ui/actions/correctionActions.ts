/** Corrections from the details panel: rename, retype, alias, merge, split, add a relation. Each is one undoable step. */
import type { CorrectionBody } from '../../model/index.js';
import { errorStatus, type ActionContext } from './context.js';
import type { SceneActions } from './sceneActions.js';
import type { Signing } from './signing.js';
import type { WriteLog } from './writeLog.js';

/** A correction as the panel asks for it: the signature is added here. */
export type UnsignedCorrection = CorrectionBody extends infer T ? (T extends unknown ? Omit<T, 'by'> : never) : never;

export function correctionActions(ctx: ActionContext, scene: SceneActions, sign: Signing, log: WriteLog) {
  const { store } = ctx;
  return {
    /** Stores the correction, then shows the affected entities as they now are. Returns whether it was stored. */
    async correct(unsigned: UnsignedCorrection): Promise<boolean> {
      const by = await sign.reviewer();
      if (!by) return false;
      const body = { ...unsigned, by } as CorrectionBody;
      try {
        const result = await sign.serial(() => ctx.api.correct(body));
        const seq = log.nextSeq();
        log.correctionIds.set(seq, result.correction.id);
        await scene.refresh(result.affected.entityIds, { seq, kind: 'correction', body });
        store.update((s) => ({
          ...s,
          // The merged-away entity no longer exists: the one it went into takes its place in the selection.
          selection: body.kind === 'merge' ? [...new Set(s.selection.map((id) => (id === body.from ? body.into : id)))] : s.selection,
          dataVersion: s.dataVersion + 1,
        }));
        return true;
      } catch (e) {
        store.update((s) => ({ ...s, status: errorStatus(e) }));
        return false;
      }
    },
  };
}
