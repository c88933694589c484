/** Messages over the canvas: loading, failures, notes about what the first view shows, and empty states. */
import { useMemo } from 'react';
import { visibleSlice } from '../graph/visibleSlice.js';
import { defaultFilters, isFiltering, nodePasses } from '../state/filters.js';
import { useActions, useAtlas } from '../state/useAtlas.js';
import { Hint } from './Hint.js';

export function CanvasOverlays() {
  const status = useAtlas((s) => s.status);
  const notice = useAtlas((s) => s.notice);
  const overview = useAtlas((s) => s.overview);
  const empty = useAtlas((s) => s.scene.present.nodes.size === 0);
  const filtering = useAtlas((s) => isFiltering(s.filters));
  const actions = useActions();

  return (
    <>
      <InView />
      <div className="canvas-messages" aria-live="polite">
        {overview?.truncated && (
          <p className="note">
            Showing the {overview.shown.toLocaleString()} most connected
            {overview.total ? ` of ${overview.total.toLocaleString()}` : ''} entities. Search or expand to see more.
          </p>
        )}
        {status.state === 'loading' && (
          <p className="note loading-note" role="status">
            <span className="spinner" aria-hidden="true" />
            {status.what}
          </p>
        )}
        {status.state === 'error' && (
          <div className="note error-note" role="alert">
            <strong>{status.message}</strong> <Hint text={status.hint} />
            <button type="button" className="link" onClick={() => actions.view.dismissNotice()} aria-label="Dismiss">
              ×
            </button>
          </div>
        )}
        {notice && status.state !== 'error' && (
          <p className={`note ${notice.kind}-note`}>
            {notice.text}
            <button type="button" className="link" onClick={() => actions.view.dismissNotice()} aria-label="Dismiss">
              ×
            </button>
          </p>
        )}
      </div>
      {empty && overview && status.state === 'idle' && (
        <div className="canvas-empty">
          <h2>The graph is empty</h2>
          <p>Nothing has been imported yet. Run <code>npm run import</code> (or <code>npm start</code>), then reload.</p>
        </div>
      )}
      {!empty && filtering && <FilteredAwayHint />}
    </>
  );
}

/** When the filters leave nothing to draw, say so and offer the way back. */
function FilteredAwayHint() {
  const nothingLeft = useAtlas((s) => {
    const f = s.filters;
    for (const n of s.scene.present.nodes.values()) {
      if (!s.scene.present.hidden.has(n.id) && nodePasses(n, f, s.documentEntities)) return false;
    }
    return true;
  });
  const actions = useActions();
  if (!nothingLeft) return null;
  return (
    <div className="canvas-empty">
      <h2>Nothing matches the filters</h2>
      <button type="button" onClick={() => actions.view.setFilters((f) => ({ ...defaultFilters(), hiddenRelations: f.hiddenRelations, includeWeak: f.includeWeak }))}>
        Reset filters
      </button>
    </div>
  );
}

/** How much of the scene is drawn: entities and links in view after filters. */
function InView() {
  const scene = useAtlas((s) => s.scene.present);
  const filters = useAtlas((s) => s.filters);
  const documentEntities = useAtlas((s) => s.documentEntities);
  const { nodes, edges } = useMemo(() => visibleSlice(scene, filters, documentEntities), [scene, filters, documentEntities]);
  if (scene.nodes.size === 0) return null;
  return (
    <p className="in-view" data-testid="in-view" data-nodes={nodes.length} data-edges={edges.length}>
      {nodes.length.toLocaleString()} entities · {edges.length.toLocaleString()} links in view
      {scene.hidden.size > 0 && ` · ${scene.hidden.size} hidden`}
    </p>
  );
}
