/** Asks once for the name reviews and corrections are signed with; the browser keeps it for next time. */
import { useState } from 'react';
import { useActions, useAtlas } from '../../state/useAtlas.js';

export function ReviewerDialog() {
  const asking = useAtlas((s) => s.askingReviewer);
  const actions = useActions();
  const [name, setName] = useState('');
  if (!asking) return null;
  return (
    <div className="modal-backdrop">
      <form
        className="modal"
        role="dialog"
        aria-modal="true"
        aria-labelledby="reviewer-title"
        onSubmit={(e) => {
          e.preventDefault();
          actions.reviewer.set(name);
        }}
        onKeyDown={(e) => e.key === 'Escape' && actions.reviewer.cancel()}
      >
        <h2 id="reviewer-title">Who is reviewing?</h2>
        <p className="hint">Your name is stored with each review and correction, in the curated files your team shares. This browser remembers it.</p>
        <label className="field">
          <span>Your name</span>
          <input value={name} onChange={(e) => setName(e.target.value)} autoFocus required maxLength={100} />
        </label>
        <div className="actions-row">
          <button type="submit" className="primary" disabled={!name.trim()}>
            Continue
          </button>
          <button type="button" onClick={() => actions.reviewer.cancel()}>
            Cancel
          </button>
        </div>
      </form>
    </div>
  );
}
