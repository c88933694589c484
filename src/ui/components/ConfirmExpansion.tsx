/** Asks before an expansion adds hundreds of nodes. */
import { useEffect, useRef } from 'react';
import { useActions, useAtlas } from '../state/useAtlas.js';

export function ConfirmExpansion() {
  const pending = useAtlas((s) => s.pending);
  const name = useAtlas((s) => (s.pending ? (s.scene.present.nodes.get(s.pending.expansion.id)?.name ?? s.pending.expansion.id) : ''));
  const actions = useActions();
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (pending && !d.open) d.showModal();
    if (!pending && d.open) d.close();
  }, [pending]);

  return (
    <dialog ref={dialog} className="confirm" onClose={() => actions.scene.cancelPending()} aria-labelledby="confirm-title">
      {pending && (
        <form method="dialog">
          <h2 id="confirm-title">Add {pending.newNodes.toLocaleString()} entities?</h2>
          <p>
            Expanding {name} to depth {pending.expansion.depth} brings {pending.newNodes.toLocaleString()} new entities into the view
            {pending.slice.truncated ? ' (the neighbourhood was cut at the server limit)' : ''}. Large views are slower to lay out and read.
          </p>
          <div className="actions-row">
            <button type="button" className="primary" autoFocus onClick={() => void actions.scene.applyExpansion(pending.expansion, pending.slice)}>
              Add them
            </button>
            <button type="submit">Cancel</button>
          </div>
        </form>
      )}
    </dialog>
  );
}
