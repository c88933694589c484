/** A relation no document states, between the two selected entities, with the note that stands as its evidence. */
import { useState } from 'react';
import { isSymmetric, RELATION_TYPES, type RelationType } from '../../../model/index.js';
import { relationLabel } from '../../text/relationWording.js';
import { CorrectionForm } from './CorrectionForm.js';
import { useCorrection } from './useCorrection.js';

interface Props {
  from: { id: string; name: string };
  to: { id: string; name: string };
  onDone: () => void;
}

export function AddRelationForm({ from, to, onDone }: Props) {
  const [type, setType] = useState<RelationType>('PARTNERS_WITH');
  const [swapped, setSwapped] = useState(false);
  const [note, setNote] = useState('');
  const [busy, send] = useCorrection(onDone);
  const [source, target] = swapped ? [to, from] : [from, to];
  return (
    <CorrectionForm
      submit="Add relation"
      disabled={busy || !note.trim()}
      onSubmit={() => void send({ kind: 'add', source: source.id, type, target: target.id, note: note.trim() })}
    >
      <p className="relation-sentence">
        <strong>{source.name}</strong>{' '}
        <select aria-label="Relation type" value={type} onChange={(e) => setType(e.target.value as RelationType)}>
          {RELATION_TYPES.map((t) => (
            <option key={t} value={t}>
              {relationLabel(t)}
            </option>
          ))}
        </select>{' '}
        <strong>{target.name}</strong>
        {!isSymmetric(type) && (
          <button type="button" className="link" onClick={() => setSwapped(!swapped)} aria-label="Swap direction">
            ⇄
          </button>
        )}
      </p>
      <label className="field">
        <span>Note (why this holds; shown as its evidence)</span>
        <textarea value={note} onChange={(e) => setNote(e.target.value)} rows={2} required maxLength={2000} />
      </label>
    </CorrectionForm>
  );
}
