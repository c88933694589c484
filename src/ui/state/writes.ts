/**
 * Changes a person made to the shared data from this page: reviews and corrections. The scene records each one, so
 * undo and redo (which move between scene snapshots) know what to take back or make again on the server.
 */
import type { Claim, CorrectionBody, Review } from '../../model/index.js';

/** `seq` names a write for the page's lifetime (a redone correction gets a new server id, not a new seq). */
export type Write =
  /** `review` is what the server stored (null: back to proposed), `previous` what the claim had before: undo restores it. */
  | { seq: number; kind: 'review'; claim: Claim; review: Review | null; previous: Review | null }
  | { seq: number; kind: 'correction'; body: CorrectionBody };

/** Writes `from` holds and `to` does not, newest first: what moving from one snapshot to the other takes back. */
export function writesLeaving(from: readonly Write[], to: readonly Write[]): Write[] {
  const kept = new Set(to.map((w) => w.seq));
  return from.filter((w) => !kept.has(w.seq)).reverse();
}
