/** Graph or map: the same scene either way, the selection kept; the address says which (`view=map`). */
import './map.css';
import type { CanvasView } from '../../state/appState.js';
import { useActions, useAtlas } from '../../state/useAtlas.js';

const VIEWS: [CanvasView, string][] = [
  ['graph', 'Graph'],
  ['map', 'Map'],
];

export function ViewSwitch() {
  const canvas = useAtlas((s) => s.view.canvas);
  const actions = useActions();
  return (
    <div className="view-switch" role="group" aria-label="Show as">
      {VIEWS.map(([view, label]) => (
        <button key={view} type="button" aria-pressed={canvas === view} className={canvas === view ? 'active' : ''} onClick={() => actions.view.setView({ canvas: view })}>
          {label}
        </button>
      ))}
    </div>
  );
}
