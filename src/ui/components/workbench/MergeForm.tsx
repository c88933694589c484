/** Merge two entities that are one: pick the other by search, choose which stays, see what moves, then merge. */
import { useState } from 'react';
import type { EntityDetail, SearchHit } from '../../../model/index.js';
import { api } from '../../http/client.js';
import { ErrorMessage, Spinner } from '../Feedback.js';
import { SearchBox } from '../SearchBox.js';
import { useRequest } from '../useRequest.js';
import { CorrectionForm } from './CorrectionForm.js';
import { useCorrection } from './useCorrection.js';

export function MergeForm({ entity, onDone }: { entity: EntityDetail['entity']; onDone: () => void }) {
  const [other, setOther] = useState<SearchHit | null>(null);
  const [keepThis, setKeepThis] = useState(true);
  const [busy, send] = useCorrection(onDone);
  const from = other ? (keepThis ? other.id : entity.id) : null;
  const into = other ? (keepThis ? entity.id : other.id) : null;
  const [preview, retry] = useRequest(from && into ? () => api.mergePreview(from, into) : null, [from, into]);

  return (
    <CorrectionForm
      submit="Merge"
      disabled={busy || preview.state !== 'done'}
      onSubmit={() => {
        if (from && into) void send({ kind: 'merge', from, into });
      }}
    >
      <SearchBox label="Entity to merge with" placeholder="Search the entity that is the same…" exclude={[entity.id]} onPick={setOther} />
      {other && (
        <fieldset className="merge-keep">
          <legend>Keep</legend>
          <label>
            <input type="radio" name="keep" checked={keepThis} onChange={() => setKeepThis(true)} /> {entity.name}
          </label>
          <label>
            <input type="radio" name="keep" checked={!keepThis} onChange={() => setKeepThis(false)} /> {other.name}
          </label>
        </fieldset>
      )}
      {preview.state === 'loading' && <Spinner label="Finding what will move…" />}
      {preview.state === 'error' && <ErrorMessage message={preview.message} hint={preview.hint} onRetry={retry} />}
      {preview.state === 'done' && (
        <p className="merge-preview" aria-live="polite">
          <strong>{preview.data.from.name}</strong> goes into <strong>{preview.data.into.name}</strong>: {preview.data.relationCount}{' '}
          {preview.data.relationCount === 1 ? 'relation moves' : 'relations move'}, {preview.data.documentCount}{' '}
          {preview.data.documentCount === 1 ? 'document' : 'documents'}
          {preview.data.names.length > 0 && <>; new aliases: {preview.data.names.join(', ')}</>}.
        </p>
      )}
    </CorrectionForm>
  );
}
