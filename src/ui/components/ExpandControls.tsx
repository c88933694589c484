/** Expand the entity's neighbourhood from the database: depth and which relation types to follow. */
import { useState } from 'react';
import { RELATION_TYPES, type RelationType } from '../../model/index.js';
import { useActions } from '../state/useAtlas.js';
import { relationLabel } from '../text/relationWording.js';

export function ExpandControls({ id }: { id: string }) {
  const actions = useActions();
  const [depth, setDepth] = useState(1);
  const [relations, setRelations] = useState<RelationType[]>([]);
  const toggle = (t: RelationType) => setRelations((r) => (r.includes(t) ? r.filter((x) => x !== t) : [...r, t]));

  return (
    <div className="expand">
      <button type="button" className="primary" onClick={() => void actions.scene.expand({ id, depth, relations })} title="Expand neighbours (E, or double-click the node)">
        Expand neighbours
      </button>
      <label>
        depth
        <select value={depth} onChange={(e) => setDepth(Number(e.target.value))} aria-label="Expansion depth">
          <option value={1}>1</option>
          <option value={2}>2</option>
          <option value={3}>3</option>
        </select>
      </label>
      <details className="relation-choice">
        <summary>{relations.length === 0 ? 'all relations' : `${relations.length} relation types`}</summary>
        <ul className="checks">
          {RELATION_TYPES.map((t) => (
            <li key={t}>
              <label>
                <input type="checkbox" checked={relations.includes(t)} onChange={() => toggle(t)} />
                <span>{relationLabel(t)}</span>
              </label>
            </li>
          ))}
        </ul>
      </details>
    </div>
  );
}
