/** Give an entity another type (an organisation the extractor took for a programme, …). */
import { useState } from 'react';
import { ENTITY_TYPES, type EntityDetail, type EntityType } from '../../../model/index.js';
import { useCorrection } from './useCorrection.js';

export function RetypeForm({ entity, onDone }: { entity: EntityDetail['entity']; onDone: () => void }) {
  const [type, setType] = useState<EntityType>(entity.type);
  const [busy, send] = useCorrection(onDone);
  return (
    <form
      className="correction-form"
      onSubmit={(e) => {
        e.preventDefault();
        void send({ kind: 'retype', entity: entity.id, type });
      }}
    >
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
      <button type="submit" className="primary" disabled={busy || type === entity.type}>
        Save type
      </button>
    </form>
  );
}
