/** Give an entity another type (an organisation the extractor took for a programme, …). */
import { useState } from 'react';
import { ENTITY_TYPES, type EntityDetail, type EntityType } from '../../../model/index.js';
import { CorrectionForm } from './CorrectionForm.js';
import { useCorrection } from './useCorrection.js';

export function RetypeForm({ entity, onDone }: { entity: EntityDetail['entity']; onDone: () => void }) {
  const [type, setType] = useState<EntityType>(entity.type);
  const [busy, send] = useCorrection(onDone);
  return (
    <CorrectionForm submit="Save type" disabled={busy || type === entity.type} onSubmit={() => void send({ kind: 'retype', entity: entity.id, type })}>
      <label className="field">
        <span>Type</span>
        <select value={type} onChange={(e) => setType(e.target.value as EntityType)}>
          {ENTITY_TYPES.map((t) => (
            <option key={t} value={t}>
              {t}
            </option>
          ))}
        </select>
      </label>
    </CorrectionForm>
  );
}
