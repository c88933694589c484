/** A claim's review state, who set it and when, and verify / reject (with an optional note) next to its evidence. */
import { useState } from 'react';
import { claimKey, type Claim, type Review, type ReviewState } from '../../../model/index.js';
import { currentReview } from '../../state/scene.js';
import { useActions, useAtlas } from '../../state/useAtlas.js';
import { ReviewBadge } from './ReviewBadge.js';

interface Props {
  claim: Claim;
  /** The review the server sent with the claim; one made on this page wins. */
  review: Review | undefined;
  /** Names the claim for screen readers: "Org A partners with Org B". */
  label: string;
}

export function ReviewControls({ claim, review, label }: Props) {
  const actions = useActions();
  const current = useAtlas((s) => currentReview(s.scene.present, claimKey(claim), review));
  const [noting, setNoting] = useState(false);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const state = current?.state ?? 'proposed';

  const set = async (to: ReviewState) => {
    setBusy(true);
    // Pressing the state the claim already has takes it back to proposed.
    const stored = await actions.review.review(claim, to === state ? 'proposed' : to, current, note);
    setBusy(false);
    if (stored) {
      setNote('');
      setNoting(false);
    }
  };

  return (
    <div className="review-controls" role="group" aria-label={`Review: ${label}`}>
      <ReviewBadge review={current} />
      <button type="button" className="review-verify" aria-pressed={state === 'verified'} disabled={busy} onClick={() => void set('verified')}>
        Verify
      </button>
      <button type="button" className="review-reject" aria-pressed={state === 'rejected'} disabled={busy} onClick={() => void set('rejected')}>
        Reject
      </button>
      {noting ? (
        <input
          className="review-note"
          aria-label="Review note"
          placeholder="Note (optional), sent with verify or reject"
          value={note}
          onChange={(e) => setNote(e.target.value)}
          autoFocus
        />
      ) : (
        <button type="button" className="link" onClick={() => setNoting(true)}>
          note…
        </button>
      )}
    </div>
  );
}
