/** A document's text with its mentions highlighted; clicking a mention selects that entity. */
import { useEffect, useRef } from 'react';
import { api } from '../http/client.js';
import { TYPE_COLOURS } from '../graph/palette.js';
import { useActions, useAtlas } from '../state/useAtlas.js';
import { readerPieces } from '../text/readerPieces.js';
import { Empty, ErrorMessage, Spinner } from './Feedback.js';
import { useRequest } from './useRequest.js';

export function DocumentReader() {
  const { documentId, range } = useAtlas((s) => s.reader);
  const selection = useAtlas((s) => s.selection);
  const actions = useActions();
  const [doc, retry] = useRequest(documentId ? () => api.document(documentId) : null, [documentId]);
  const body = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (doc.state !== 'done') return;
    const target = body.current?.querySelector('.in-range') ?? body.current?.querySelector('.mention.selected');
    target?.scrollIntoView({ block: 'center' });
  }, [doc, range]);

  if (!documentId) return <Empty>Open a document from an entity's details or an evidence quote.</Empty>;
  if (doc.state === 'loading' || doc.state === 'idle') return <Spinner label="Loading the document…" />;
  if (doc.state === 'error') return <ErrorMessage message={doc.message} hint={doc.hint} onRetry={retry} />;

  const d = doc.data;
  const pieces = readerPieces(d.text.length, d.mentions, range);
  return (
    <article className="reader" lang={d.language}>
      <header>
        <button type="button" className="link" onClick={() => actions.view.closeDocument()}>
          ← Back to details
        </button>
        <h2>{d.title}</h2>
        <p className="entity-stats">
          <span className="lang">{d.language}</span> {d.date && <span>{d.date} · </span>}
          {d.mentions.length} mentions
          {d.source && (
            <>
              {' · '}
              <a href={d.source} target="_blank" rel="noreferrer noopener">
                source
              </a>
            </>
          )}
        </p>
      </header>
      <div className="reader-text" ref={body}>
        {pieces.map((p) => {
          const text = d.text.slice(p.start, p.end);
          const cls = p.inRange ? 'in-range' : undefined;
          const m = p.mention === null ? undefined : d.mentions[p.mention];
          if (!m) return <span key={p.start} className={cls}>{text}</span>;
          return (
            <button
              key={p.start}
              type="button"
              className={`mention ${cls ?? ''} ${selection.includes(m.entityId) ? 'selected' : ''}`}
              style={{ borderColor: TYPE_COLOURS[m.type] }}
              title={`${m.name} · ${m.type}`}
              onClick={() => void actions.pick(m.entityId)}
            >
              {text}
            </button>
          );
        })}
      </div>
    </article>
  );
}
