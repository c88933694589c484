/** One claim in the review queue: what it says, how sure the extractor was, its first sentence, its state. */
import type { QueuedClaim, RelationType, Review } from '../../../model/index.js';
import { relationLabel } from '../../text/relationWording.js';
import { ReviewBadge } from './ReviewBadge.js';

interface Props {
  claim: QueuedClaim;
  index: number;
  active: boolean;
  review: Review | null;
  onPick: () => void;
}

export function QueueRow({ claim, index, active, review, onPick }: Props) {
  const sentence = claim.evidence[0]?.sentence;
  const state = review?.state ?? 'proposed';
  return (
    <li
      id={`queue-${index}`}
      data-index={index}
      role="option"
      aria-selected={active}
      className={`queue-row review-${state} ${active ? 'active' : ''}`}
      onClick={onPick}
    >
      <div className="queue-claim">
        {claim.kind === 'relation' ? (
          <>
            <strong>{claim.sourceName ?? claim.source}</strong> <span className="relation-type">{relationLabel(claim.type as RelationType)}</span>{' '}
            <strong>{claim.targetName ?? claim.target}</strong>
          </>
        ) : (
          <>
            <strong>{claim.name ?? claim.id}</strong> <span className="relation-type">is {/^[AEIOU]/.test(claim.type ?? '') ? 'an' : 'a'} {claim.type}</span>
          </>
        )}
        <span className="confidence" title="Confidence of the extraction">
          {Math.round(claim.confidence * 100)}%
        </span>
      </div>
      {sentence && <p className="queue-sentence">{sentence}</p>}
      <ReviewBadge review={review} />
    </li>
  );
}
