/** "Add documents": pick or drop files, or paste a text with its title; then the import's progress and summary. */
import { useState } from 'react';
import { useActions, useAtlas } from '../../state/useAtlas.js';
import { ErrorMessage } from '../Feedback.js';
import { FileDrop } from './FileDrop.js';
import { ImportProgress } from './ImportProgress.js';
import { PasteForm } from './PasteForm.js';

export function AddDocumentsDialog() {
  const adding = useAtlas((s) => s.adding);
  const actions = useActions();
  const [mode, setMode] = useState<'files' | 'paste'>('files');
  if (!adding.open) return null;
  const running = adding.status.state === 'loading';

  return (
    <div className="modal-backdrop">
      <div className="modal add-documents" role="dialog" aria-modal="true" aria-labelledby="add-documents-title" onKeyDown={(e) => e.key === 'Escape' && actions.documents.close()}>
        <h2 id="add-documents-title">Add documents</h2>
        <div className="tabs" role="tablist">
          <button type="button" role="tab" aria-selected={mode === 'files'} className={mode === 'files' ? 'active' : ''} onClick={() => setMode('files')}>
            Files
          </button>
          <button type="button" role="tab" aria-selected={mode === 'paste'} className={mode === 'paste' ? 'active' : ''} onClick={() => setMode('paste')}>
            Paste text
          </button>
        </div>
        {mode === 'files' ? (
          <FileDrop disabled={running} onImport={(files) => void actions.documents.add(files)} />
        ) : (
          <PasteForm disabled={running} onImport={(doc) => void actions.documents.add(doc)} />
        )}
        {adding.status.state === 'loading' && !adding.job && (
          <p className="loading" role="status">
            <span className="spinner" aria-hidden="true" />
            {adding.status.what}
          </p>
        )}
        {adding.status.state === 'error' && <ErrorMessage message={adding.status.message} hint={adding.status.hint} />}
        {adding.job && <ImportProgress job={adding.job} />}
        <div className="actions-row dialog-buttons">
          <button type="button" onClick={() => actions.documents.close()}>
            {adding.job?.state === 'running' ? 'Close (the import goes on)' : 'Close'}
          </button>
        </div>
      </div>
    </div>
  );
}
