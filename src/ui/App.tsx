/** The explorer's layout: search on top, types and filters on the left, the graph (or map) over the timeline, and the side panel. */
import { CanvasOverlays } from './components/CanvasOverlays.js';
import { ConfirmExpansion } from './components/ConfirmExpansion.js';
import { FiltersPanel } from './components/FiltersPanel.js';
import { GraphToolbar } from './components/GraphToolbar.js';
import { GraphView } from './components/graph/GraphView.js';
import { PeriodFilter } from './components/graph/PeriodFilter.js';
import { MapView } from './components/map/MapView.js';
import { ViewSwitch } from './components/map/ViewSwitch.js';
import { Timeline } from './components/timeline/Timeline.js';
import { HealthScreen } from './components/HealthScreen.js';
import { Legend } from './components/Legend.js';
import { SearchBox } from './components/SearchBox.js';
import { SidePanel } from './components/SidePanel.js';
import { useShortcuts } from './components/useShortcuts.js';
import { AddDocumentsDialog } from './components/workbench/AddDocumentsDialog.js';
import { ReviewerDialog } from './components/workbench/ReviewerDialog.js';
import { useActions, useAtlas } from './state/useAtlas.js';

export function App({ onRetry }: { onRetry: () => void }) {
  const actions = useActions();
  const health = useAtlas((s) => s.health);
  const counts = useAtlas((s) => (s.health.state === 'ok' ? s.health.health.counts : undefined));
  const canvas = useAtlas((s) => s.view.canvas);
  useShortcuts();

  if (health.state === 'down') return <HealthScreen onRetry={onRetry} />;
  return (
    <div className="app">
      <header className="top-bar">
        <h1 className="brand">
          <span className="brand-mark" aria-hidden="true" />
          Impact Atlas
        </h1>
        <SearchBox global label="Search entities" placeholder="Search organisations, people, programmes…" onPick={(hit) => void actions.pick(hit.id)} />
        {counts && (
          <p className="db-counts" title="In the database">
            {counts.entities.toLocaleString()} entities · {counts.relations.toLocaleString()} relations · {counts.documents.toLocaleString()} documents
          </p>
        )}
        <button type="button" className="primary" onClick={() => actions.documents.open()}>
          Add documents
        </button>
      </header>
      <nav className="left-panel" aria-label="Types and filters">
        <Legend />
        <FiltersPanel />
      </nav>
      <main className="graph-area with-timeline" aria-label="Graph">
        <div className="canvas-stage">
          <div className={canvas === 'map' ? 'graph-layer covered' : 'graph-layer'}>
            <GraphView>
              <GraphToolbar />
              <PeriodFilter />
            </GraphView>
          </div>
          {canvas === 'map' && <MapView />}
          <ViewSwitch />
          <CanvasOverlays />
        </div>
        <Timeline />
      </main>
      <SidePanel />
      <ConfirmExpansion />
      <AddDocumentsDialog />
      <ReviewerDialog />
    </div>
  );
}
