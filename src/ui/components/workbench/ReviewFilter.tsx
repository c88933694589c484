/** Which review states are drawn, with how many relations and entities in view have each; rejected ones start hidden. */
import { useMemo } from 'react';
import { REVIEW_STATES, type ReviewState } from '../../../model/index.js';
import { reviewStateOf, toggleReviewState } from '../../state/filters.js';
import { useActions, useAtlas } from '../../state/useAtlas.js';

const LABELS: Record<ReviewState, string> = { proposed: 'Proposed', verified: 'Verified', rejected: 'Rejected (struck through)' };

export function ReviewFilter() {
  const shown = useAtlas((s) => s.filters.reviewStates);
  const scene = useAtlas((s) => s.scene.present);
  const actions = useActions();
  const counts = useMemo(() => {
    const c = { proposed: 0, verified: 0, rejected: 0 };
    // Co-mentions are never reviewed: counting them would only swell "proposed".
    for (const e of scene.edges.values()) if (e.type !== 'CO_MENTIONED') c[reviewStateOf(e)] += 1;
    for (const n of scene.nodes.values()) c[reviewStateOf(n)] += 1;
    return c;
  }, [scene]);

  return (
    <section className="panel-section" aria-labelledby="review-states-title">
      <h2 id="review-states-title">Review</h2>
      <ul className="checks">
        {REVIEW_STATES.map((state) => (
          <li key={state}>
            <label title="Relations and entities in view">
              <input type="checkbox" checked={shown.includes(state)} onChange={() => actions.view.setFilters((f) => toggleReviewState(f, state))} />
              <span className={`review-swatch review-${state}`} aria-hidden="true" />
              <span>{LABELS[state]}</span>
              <span className="count">{counts[state]}</span>
            </label>
          </li>
        ))}
      </ul>
    </section>
  );
}
