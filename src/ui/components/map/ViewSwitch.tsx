/** Graph or map: the same scene either way, the selection kept; the address says which (`view=map`). */
import './map.css';
import type { CanvasView } from '../../state/appState.js';
import { loadOutlines } from '../../map/outlines.js';
import { useActions, useAtlas } from '../../state/useAtlas.js';

const prefetch = () => void loadOutlines().catch(() => undefined);

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
        <button
          key={view}
          type="button"
          aria-pressed={canvas === view}
          className={canvas === view ? 'active' : ''}
          onClick={() => actions.view.setView({ canvas: view })}
          // The outlines take a moment to fetch and project: start when the pointer or focus comes near.
          onPointerEnter={view === 'map' ? prefetch : undefined}
          onFocus={view === 'map' ? prefetch : undefined}
        >
          {label}
        </button>
      ))}
    </div>
  );
}
