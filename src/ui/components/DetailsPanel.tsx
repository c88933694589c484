/** The selected entity: type, aliases, documents, relations with their evidence, and what to do with it. */
import { api } from '../http/client.js';
import { TYPE_COLOURS } from '../graph/palette.js';
import { focusOf } from '../state/selection.js';
import { useActions, useAtlas } from '../state/useAtlas.js';
import { Empty, ErrorMessage, Spinner } from './Feedback.js';
import { ExpandControls } from './ExpandControls.js';
import { RelationList } from './RelationList.js';
import { useRequest } from './useRequest.js';
import { CorrectionTools } from './workbench/CorrectionTools.js';
import { ReviewControls } from './workbench/ReviewControls.js';

export function DetailsPanel() {
  const selection = useAtlas((s) => s.selection);
  const pinned = useAtlas((s) => s.scene.present.pinned);
  const inConnection = useAtlas((s) => s.connection.query.ids);
  const dataVersion = useAtlas((s) => s.dataVersion);
  const nodes = useAtlas((s) => s.scene.present.nodes);
  const actions = useActions();
  const id = focusOf(selection);
  const [detail, retry] = useRequest(id ? () => api.entity(id) : null, [id, dataVersion]);
  const previous = selection.length > 1 ? nodes.get(selection.at(-2) ?? '') : undefined;

  if (!id) {
    return (
      <Empty>
        <p>Select an entity to see what is known about it and the sentences that say so.</p>
        <p className="hint">
          Search with <kbd>/</kbd>, click a node, or shift-click to select several.
        </p>
      </Empty>
    );
  }

  return (
    <div className="details">
      {selection.length > 1 && (
        <p className="multi">
          {selection.length} selected ·{' '}
          <button type="button" className="link" onClick={() => actions.scene.hide([...selection])}>
            hide all
          </button>{' '}
          ·{' '}
          <button type="button" className="link" onClick={() => selection.forEach((s) => actions.connection.addActor(s))}>
            connect these
          </button>{' '}
          ·{' '}
          <button type="button" className="link" onClick={() => actions.scene.clearSelection()}>
            clear
          </button>
        </p>
      )}
      {detail.state === 'loading' && <Spinner label="Loading details…" />}
      {detail.state === 'error' && <ErrorMessage message={detail.message} hint={detail.hint} onRetry={retry} />}
      {detail.state === 'done' && (
        <>
          <header className="entity-head">
            <span className="type-badge" style={{ background: TYPE_COLOURS[detail.data.entity.type] }}>
              {detail.data.entity.type}
            </span>
            <h2 className="entity-name">{detail.data.entity.name}</h2>
            <p className="entity-stats">
              {detail.data.entity.degree} relations · {detail.data.entity.documentCount} documents
            </p>
            <ReviewControls claim={{ kind: 'entity', id }} review={nodes.get(id)?.review ?? detail.data.entity.review} label={detail.data.entity.name} />
          </header>
          <div className="actions-row">
            <button type="button" onClick={() => actions.centreOn(id)} title="Centre the view on it">
              Centre
            </button>
            <button type="button" onClick={() => actions.scene.togglePin(id)} aria-pressed={pinned.has(id)} title="Keep it in place during layout (P)">
              {pinned.has(id) ? 'Unpin' : 'Pin'}
            </button>
            <button type="button" onClick={() => actions.scene.hide([id])} title="Hide from the graph (H)">
              Hide
            </button>
            <button type="button" onClick={() => actions.connection.addActor(id)} disabled={inConnection.includes(id)} title="Find how it connects to other actors (C)">
              Connect…
            </button>
          </div>
          <ExpandControls id={id} />
          <CorrectionTools entity={detail.data.entity} other={previous && previous.id !== id ? { id: previous.id, name: previous.name } : null} />
          {detail.data.entity.aliases.length > 0 && (
            <section className="panel-section">
              <h3>Also known as</h3>
              <ul className="aliases">
                {detail.data.entity.aliases.map((a) => (
                  <li key={a}>{a}</li>
                ))}
              </ul>
            </section>
          )}
          <section className="panel-section">
            <h3>Mentioned in</h3>
            {detail.data.documents.length === 0 && <p className="hint">No document mentions it (curated entry).</p>}
            <ul className="doc-list">
              {detail.data.documents.map((d) => (
                <li key={d.id}>
                  <button type="button" className="doc-link" onClick={() => actions.view.openDocument(d.id)}>
                    {d.title}
                  </button>
                  <span className="lang">{d.language}</span>
                  <span className="count">{d.count}×</span>
                </li>
              ))}
            </ul>
          </section>
          <section className="panel-section">
            <h3>Relations</h3>
            <RelationList detail={detail.data} />
          </section>
        </>
      )}
    </div>
  );
}
