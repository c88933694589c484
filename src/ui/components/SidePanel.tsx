/** The right-hand panel: details of the selection, connections between actors, the document reader, the review queue, or what needs attention. */
import type { SidePanel as Panel } from '../state/appState.js';
import { useActions, useAtlas } from '../state/useAtlas.js';
import { ConnectPanel } from './ConnectPanel.js';
import { DetailsPanel } from './DetailsPanel.js';
import { DocumentReader } from './DocumentReader.js';
import { AttentionList } from './workbench/AttentionList.js';
import { ReviewQueue } from './workbench/ReviewQueue.js';

const TABS: { id: Panel; label: string }[] = [
  { id: 'details', label: 'Details' },
  { id: 'connect', label: 'Connections' },
  { id: 'reader', label: 'Document' },
  { id: 'review', label: 'Review' },
  { id: 'attention', label: 'Attention' },
];

export function SidePanel() {
  const panel = useAtlas((s) => s.view.panel);
  const connecting = useAtlas((s) => s.connection.query.ids.length);
  const actions = useActions();
  return (
    <aside className="side-panel" aria-label="Details">
      <div className="tabs" role="tablist">
        {TABS.map((t) => (
          <button
            key={t.id}
            type="button"
            role="tab"
            id={`tab-${t.id}`}
            aria-selected={panel === t.id}
            aria-controls={`tabpanel-${t.id}`}
            className={panel === t.id ? 'active' : ''}
            onClick={() => actions.view.showPanel(t.id)}
          >
            {t.label}
            {t.id === 'connect' && connecting > 0 && <span className="badge">{connecting}</span>}
          </button>
        ))}
      </div>
      <div className="tab-body" role="tabpanel" id={`tabpanel-${panel}`} aria-labelledby={`tab-${panel}`}>
        {panel === 'details' && <DetailsPanel />}
        {panel === 'connect' && <ConnectPanel />}
        {panel === 'reader' && <DocumentReader />}
        {panel === 'review' && <ReviewQueue />}
        {panel === 'attention' && <AttentionList />}
      </div>
    </aside>
  );
}
