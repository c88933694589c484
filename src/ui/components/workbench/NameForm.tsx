/** Rename an entity (its old name becomes an alias) or give it another alias. */
import { useState } from 'react';
import type { EntityDetail } from '../../../model/index.js';
import { CorrectionForm } from './CorrectionForm.js';
import { useCorrection } from './useCorrection.js';

interface Props {
  kind: 'rename' | 'alias';
  entity: EntityDetail['entity'];
  onDone: () => void;
}

export function NameForm({ kind, entity, onDone }: Props) {
  const [text, setText] = useState(kind === 'rename' ? entity.name : '');
  const [busy, send] = useCorrection(onDone);
  const value = text.trim();
  const unchanged = !value || (kind === 'rename' && value === entity.name) || (kind === 'alias' && entity.aliases.includes(value));
  return (
    <CorrectionForm
      submit={kind === 'rename' ? 'Save name' : 'Add alias'}
      disabled={busy || unchanged}
      onSubmit={() => void send(kind === 'rename' ? { kind, entity: entity.id, name: value } : { kind, entity: entity.id, alias: value })}
    >
      <label className="field">
        <span>{kind === 'rename' ? 'New name' : 'Alias'}</span>
        <input value={text} onChange={(e) => setText(e.target.value)} autoFocus maxLength={300} />
      </label>
    </CorrectionForm>
  );
}
