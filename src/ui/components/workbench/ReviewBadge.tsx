/** Proposed, verified or rejected, with who decided, when and why in the tooltip. */
import type { Review } from '../../../model/index.js';

const LABELS = { proposed: 'proposed', verified: '✓ verified', rejected: '✕ rejected' } as const;

export function ReviewBadge({ review }: { review: Review | null }) {
  const state = review?.state ?? 'proposed';
  const by = review && review.state !== 'proposed' ? `${state} by ${review.by}, ${new Date(review.at).toLocaleString()}` : 'as extracted, not reviewed yet';
  return (
    <span className={`review-badge review-${state}`} title={review?.note ? `${by}: ${review.note}` : by}>
      {LABELS[state]}
      {review?.note && <span className="review-note-text"> · {review.note}</span>}
    </span>
  );
}
