/** Filters on relations: types, minimum confidence, weak co-mention links; and on the documents that mention entities. */
import { useMemo } from 'react';
import { RELATION_TYPES, type EdgeType } from '../../model/index.js';
import { api } from '../http/client.js';
import { toggleDocument, toggleRelation } from '../state/filters.js';
import { useActions, useAtlas } from '../state/useAtlas.js';
import { ErrorMessage } from './Feedback.js';
import { relationLabel } from '../text/relationWording.js';
import { useRequest } from './useRequest.js';
import { ReviewFilter } from './workbench/ReviewFilter.js';

export function FiltersPanel() {
  const filters = useAtlas((s) => s.filters);
  const edges = useAtlas((s) => s.scene.present.edges);
  const hiddenCount = useAtlas((s) => s.scene.present.hidden.size);
  const actions = useActions();
  const dataVersion = useAtlas((s) => s.dataVersion);
  const [documents, retry] = useRequest(() => api.documents(), [dataVersion]);
  const counts = useMemo(() => {
    const c = new Map<EdgeType, number>();
    for (const e of edges.values()) c.set(e.type, (c.get(e.type) ?? 0) + 1);
    return c;
  }, [edges]);
  const present = RELATION_TYPES.filter((t) => (counts.get(t) ?? 0) > 0 || filters.hiddenRelations.includes(t));

  return (
    <>
      <section className="panel-section" aria-labelledby="relations-title">
        <h2 id="relations-title">Relations</h2>
        {present.length === 0 && <p className="hint">No relations in view yet.</p>}
        <ul className="checks">
          {present.map((type) => (
            <li key={type}>
              <label>
                <input
                  type="checkbox"
                  checked={!filters.hiddenRelations.includes(type)}
                  onChange={() => actions.view.setFilters((f) => toggleRelation(f, type))}
                />
                <span>{relationLabel(type)}</span>
                <span className="count">{counts.get(type) ?? 0}</span>
              </label>
            </li>
          ))}
          <li>
            <label title="Entities named in one sentence with no stated relation">
              <input
                type="checkbox"
                checked={filters.includeWeak}
                onChange={() => actions.view.setFilters((f) => ({ ...f, includeWeak: !f.includeWeak }))}
              />
              <span>Weak co-mention links</span>
              <span className="count">{counts.get('CO_MENTIONED') ?? 0}</span>
            </label>
          </li>
        </ul>
        <label className="range">
          <span>
            Minimum confidence <output>{filters.minConfidence.toFixed(2)}</output>
          </span>
          <input
            type="range"
            min={0}
            max={1}
            step={0.05}
            value={filters.minConfidence}
            onChange={(e) => actions.view.setFilters((f) => ({ ...f, minConfidence: Number(e.target.value) }))}
          />
        </label>
      </section>
      <ReviewFilter />
      <section className="panel-section" aria-labelledby="documents-title">
        <h2 id="documents-title">
          Documents
          {filters.documents.length > 0 && (
            <button type="button" className="link" onClick={() => actions.view.setFilters((f) => ({ ...f, documents: [] }))}>
              all
            </button>
          )}
        </h2>
        {documents.state === 'loading' && <p className="hint">Loading documents…</p>}
        {documents.state === 'error' && <ErrorMessage message={documents.message} hint={documents.hint} onRetry={retry} />}
        {documents.state === 'done' && documents.data.documents.length === 0 && <p className="hint">No documents imported.</p>}
        {documents.state === 'done' && (
          <ul className="checks documents">
            {documents.data.documents.map((d) => (
              <li key={d.id}>
                <label title={d.source ?? d.title}>
                  <input
                    type="checkbox"
                    checked={filters.documents.includes(d.id)}
                    onChange={() => actions.view.setFilters((f) => toggleDocument(f, d.id))}
                  />
                  <span className="doc-title">{d.title}</span>
                  <span className="lang">{d.language}</span>
                </label>
                <button type="button" className="link" onClick={() => actions.view.openDocument(d.id)} aria-label={`Read ${d.title}`}>
                  read
                </button>
              </li>
            ))}
          </ul>
        )}
        {filters.documents.length > 0 && <p className="hint">Showing only entities these documents mention.</p>}
      </section>
      {hiddenCount > 0 && (
        <section className="panel-section">
          <button type="button" onClick={() => actions.scene.showHidden()}>
            Show {hiddenCount} hidden {hiddenCount === 1 ? 'entity' : 'entities'}
          </button>
        </section>
      )}
    </>
  );
}
