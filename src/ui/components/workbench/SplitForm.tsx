/** Take a name back out of a wrong merge as an entity of its own. */
import { useState } from 'react';
import type { EntityDetail } from '../../../model/index.js';
import { CorrectionForm } from './CorrectionForm.js';
import { useCorrection } from './useCorrection.js';

export function SplitForm({ entity, onDone }: { entity: EntityDetail['entity']; onDone: () => void }) {
  const [name, setName] = useState(entity.aliases[0] ?? '');
  const [busy, send] = useCorrection(onDone);
  return (
    <CorrectionForm submit="Split out" disabled={busy || !name} onSubmit={() => void send({ kind: 'split', entity: entity.id, name })}>
      <label className="field">
        <span>Name to split out</span>
        <select value={name} onChange={(e) => setName(e.target.value)}>
          {entity.aliases.map((a) => (
            <option key={a} value={a}>
              {a}
            </option>
          ))}
        </select>
      </label>
      <p className="hint">It becomes its own entity again, with the mentions and relations it brought in.</p>
    </CorrectionForm>
  );
}
