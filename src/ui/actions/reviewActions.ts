/** Verify or reject a claim (or put it back to proposed): signed, sent to the server, shown at once, undoable. */
import { claimKey, type Claim, type Review, type ReviewState } from '../../model/index.js';
import { recordWrite, setReview } from '../state/scene.js';
import { errorStatus, type ActionContext } from './context.js';
import { changeScene } from './sceneActions.js';
import type { Signing } from './signing.js';

export function reviewActions(ctx: ActionContext, sign: Signing, nextSeq: () => number) {
  const { store } = ctx;
  return {
    /** `previous` is the claim's review before this one (null: proposed), for undo. Returns whether it was stored. */
    async review(claim: Claim, state: ReviewState, previous: Review | null, note?: string): Promise<boolean> {
      const by = await sign.reviewer();
      if (!by) return false;
      try {
        const result = await sign.serial(() => ctx.api.review({ claim, state, by, note: note?.trim() || undefined }));
        const review = result.review ?? null;
        const write = { seq: nextSeq(), kind: 'review' as const, claim, review, previous };
        store.update((s) => changeScene(s, (scene) => recordWrite(setReview(scene, claimKey(claim), review), write)));
        return true;
      } catch (e) {
        store.update((s) => ({ ...s, status: errorStatus(e) }));
        return false;
      }
    },
  };
}
