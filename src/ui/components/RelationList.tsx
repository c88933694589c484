/** The relations of the entity in the details panel, each with its evidence grouped by document. */
import { useState } from 'react';
import type { EntityDetail } from '../../model/index.js';
import { TYPE_COLOURS } from '../graph/palette.js';
import { useActions } from '../state/useAtlas.js';
import { relationFrom } from '../text/relationWording.js';
import { EvidenceGroup } from './EvidenceGroup.js';

const FIRST_SHOWN = 25;

export function RelationList({ detail }: { detail: EntityDetail }) {
  const actions = useActions();
  const [all, setAll] = useState(false);
  const self = [detail.entity.name, ...detail.entity.aliases];
  // Stated relations first, strongest first; co-mentions last.
  const relations = [...detail.relations].sort(
    (a, b) => Number(a.type === 'CO_MENTIONED') - Number(b.type === 'CO_MENTIONED') || b.confidence - a.confidence,
  );
  const shown = all ? relations : relations.slice(0, FIRST_SHOWN);
  if (relations.length === 0) return <p className="hint">No relations recorded for this entity.</p>;

  return (
    <ul className="relations">
      {shown.map((r) => (
        <li key={r.id} className="relation">
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
