/** The relations of the entity in the details panel, each with its evidence grouped by document. */
import { useState } from 'react';
import type { EntityDetail, EntityRelation } from '../../model/index.js';
import { TYPE_COLOURS } from '../graph/palette.js';
import { currentReview } from '../state/scene.js';
import { useActions, useAtlas } from '../state/useAtlas.js';
import { relationFrom } from '../text/relationWording.js';
import { EvidenceGroup } from './EvidenceGroup.js';
import { ReviewControls } from './workbench/ReviewControls.js';

const FIRST_SHOWN = 25;

export function RelationList({ detail }: { detail: EntityDetail }) {
  const actions = useActions();
  const [all, setAll] = useState(false);
  const shownStates = useAtlas((s) => s.filters.reviewStates);
  const scene = useAtlas((s) => s.scene.present);
  const self = [detail.entity.name, ...detail.entity.aliases];
  const stateOf = (r: EntityRelation) => currentReview(scene, r.id, r.review)?.state ?? 'proposed';
  // Claims in a state the filters hide stay listed when reviewed on this page, so the person sees what they did.
  const visible = detail.relations.filter((r) => shownStates.includes(stateOf(r)) || scene.reviews.has(r.id));
  // Stated relations first, strongest first; co-mentions last.
  const relations = [...visible].sort(
    (a, b) => Number(a.type === 'CO_MENTIONED') - Number(b.type === 'CO_MENTIONED') || b.confidence - a.confidence,
  );
  const shown = all ? relations : relations.slice(0, FIRST_SHOWN);
  if (relations.length === 0) return <p className="hint">No relations recorded for this entity.</p>;

  return (
    <ul className="relations">
      {shown.map((r) => (
        <li key={r.id} className={`relation review-${stateOf(r)}`}>
          <div className="relation-head">
            <span className="relation-type">{relationFrom(r.type, r.direction)}</span>
            <button type="button" className="entity-link" onClick={() => void actions.pick(r.other.id)}>
              <span className="dot" style={{ background: TYPE_COLOURS[r.other.type] }} aria-hidden="true" />
              {r.other.name}
            </button>
            {r.type !== 'CO_MENTIONED' && (
              <span className="confidence" title="Confidence of the extraction">
                {Math.round(r.confidence * 100)}%
              </span>
            )}
          </div>
          {r.type !== 'CO_MENTIONED' && (
            <ReviewControls
              claim={{ kind: 'relation', source: r.source, type: r.type, target: r.target }}
              review={r.review}
              label={`${detail.entity.name} ${relationFrom(r.type, r.direction)} ${r.other.name}`}
            />
          )}
          {r.evidenceByDocument.map((group) => (
            <EvidenceGroup
              key={group.documentId}
              group={group}
              names={[self, [r.other.name, ...r.other.aliases]]}
              onOpenDocument={actions.view.openDocument}
            />
          ))}
        </li>
      ))}
      {!all && relations.length > FIRST_SHOWN && (
        <li>
          <button type="button" onClick={() => setAll(true)}>
            Show all {relations.length} relations
          </button>
        </li>
      )}
    </ul>
  );
}
