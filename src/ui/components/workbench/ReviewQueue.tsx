/**
 * Proposed claims to review, lowest confidence (or highest degree) first: j/k move, v verifies, r rejects, e opens
 * the claim's entity to edit it. Progress counts what is reviewed of every claim in the graph.
 */
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { Claim, QueuedClaim } from '../../../model/index.js';
import { api } from '../../http/client.js';
import { useActions, useAtlas } from '../../state/useAtlas.js';
import { ErrorMessage, Spinner } from '../Feedback.js';
import { useRequest } from '../useRequest.js';
import { QueueRow } from './QueueRow.js';

/** Claims fetched at a time; the queue asks again once every one of them is reviewed. */
const BATCH = 200;

type Sort = 'confidence' | 'degree';

const claimOf = (c: QueuedClaim): Claim =>
  c.kind === 'entity' ? { kind: 'entity', id: c.id ?? c.key } : ({ kind: 'relation', source: c.source, type: c.type, target: c.target } as Claim);

export function ReviewQueue() {
  const actions = useActions();
  const reviews = useAtlas((s) => s.scene.present.reviews);
  const dataVersion = useAtlas((s) => s.dataVersion);
  const [sort, setSort] = useState<Sort>('confidence');
  const [round, setRound] = useState(0);
  const [queue, retry] = useRequest(() => api.reviewQueue({ sort, state: 'proposed', limit: BATCH }), [sort, round, dataVersion]);
  const [active, setActive] = useState(0);
  const list = useRef<HTMLOListElement>(null);
  const claims = queue.state === 'done' ? queue.data.claims : [];
  const doneHere = claims.filter((c) => (reviews.get(c.key)?.state ?? 'proposed') !== 'proposed').length;

  useEffect(() => setActive(0), [queue]);
  useEffect(() => {
    list.current?.querySelector(`[data-index="${active}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [active]);

  const review = (i: number, state: 'verified' | 'rejected') => {
    const claim = claims[i];
    if (!claim) return;
    void actions.review.review(claimOf(claim), state, reviews.get(claim.key) ?? claim.review ?? null);
    if (i + 1 < claims.length) setActive(i + 1);
    else if (queue.state === 'done' && claims.length < queue.data.total) setRound((r) => r + 1);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLOListElement>) => {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    const claim = claims[active];
    if (e.key === 'j' || e.key === 'ArrowDown') setActive((i) => Math.min(i + 1, claims.length - 1));
    else if (e.key === 'k' || e.key === 'ArrowUp') setActive((i) => Math.max(i - 1, 0));
    else if (e.key === 'v') review(active, 'verified');
    else if (e.key === 'r') review(active, 'rejected');
    else if (e.key === 'e' && claim) void actions.pick(claim.kind === 'entity' ? (claim.id ?? claim.key) : (claim.source ?? claim.key));
    else return;
    // The graph's own shortcuts (e expands, …) must not act as well.
    e.preventDefault();
    e.stopPropagation();
  };

  return (
    <div className="review-queue">
      <header className="queue-head">
        <div className="queue-controls">
          <label>
            Sort
            <select value={sort} onChange={(e) => setSort(e.target.value as Sort)}>
              <option value="confidence">lowest confidence first</option>
              <option value="degree">most connected first</option>
            </select>
          </label>
          {queue.state === 'done' && (
            <p className="queue-progress" role="status" data-testid="queue-progress">
              {(queue.data.reviewed + doneHere).toLocaleString()} of {queue.data.all.toLocaleString()} reviewed
            </p>
          )}
        </div>
        <p className="hint">
          <kbd>j</kbd>/<kbd>k</kbd> move · <kbd>v</kbd> verify · <kbd>r</kbd> reject · <kbd>e</kbd> edit
        </p>
      </header>
      {queue.state === 'loading' && <Spinner label="Loading claims to review…" />}
      {queue.state === 'error' && <ErrorMessage message={queue.message} hint={queue.hint} onRetry={retry} />}
      {queue.state === 'done' && claims.length === 0 && <p className="empty">Nothing left to review.</p>}
      {claims.length > 0 && (
        <ol
          ref={list}
          className="queue"
          role="listbox"
          aria-label="Claims to review"
          tabIndex={0}
          aria-activedescendant={`queue-${active}`}
          onKeyDown={onKeyDown}
          autoFocus
        >
          {claims.map((c, i) => (
            <QueueRow key={c.key} claim={c} index={i} active={i === active} review={reviews.has(c.key) ? (reviews.get(c.key) ?? null) : (c.review ?? null)} onPick={() => setActive(i)} />
          ))}
        </ol>
      )}
    </div>
  );
}
