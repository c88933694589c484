/** Reviews and corrections that match nothing in the graph any more (after a re-import, say), with why and where. */
import { api } from '../../http/client.js';
import { useAtlas } from '../../state/useAtlas.js';
import { ErrorMessage, Spinner } from '../Feedback.js';
import { useRequest } from '../useRequest.js';

export function AttentionList() {
  const dataVersion = useAtlas((s) => s.dataVersion);
  const [attention, retry] = useRequest(() => api.attention(), [dataVersion]);
  if (attention.state === 'loading' || attention.state === 'idle') return <Spinner label="Checking reviews and corrections…" />;
  if (attention.state === 'error') return <ErrorMessage message={attention.message} hint={attention.hint} onRetry={retry} />;
  const { items } = attention.data;
  return (
    <section className="attention" aria-labelledby="attention-title">
      <h2 id="attention-title">Needs attention</h2>
      {items.length === 0 ? (
        <p className="empty">Every review and correction matches the graph.</p>
      ) : (
        <>
          <p className="hint">These are kept in the curated files but apply to nothing now. Fix or remove them there (the file and line are given).</p>
          <ul className="attention-items">
            {items.map((a, i) => (
              <li key={`${a.file}-${a.line ?? 0}-${i}`} className="attention-item">
                <span className="attention-kind">{a.kind}</span> <strong>{a.item}</strong>
                <p>{a.reason}</p>
                <code>
                  {a.file}
                  {a.line ? `:${a.line}` : ''}
                </code>
              </li>
            ))}
          </ul>
        </>
      )}
      <button type="button" onClick={retry}>
        Check again
      </button>
    </section>
  );
}
