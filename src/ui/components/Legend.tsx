/** Entity types with their colour and count; click hides a type, shift- or alt-click (or "only") isolates it. */
import { ENTITY_TYPES, type EntityType } from '../../model/index.js';
import { TYPE_COLOURS } from '../graph/palette.js';
import { isolateType, toggleType } from '../state/filters.js';
import { shownNodes } from '../state/scene.js';
import { useActions, useAtlas } from '../state/useAtlas.js';
import { useMemo } from 'react';

export function Legend() {
  const scene = useAtlas((s) => s.scene.present);
  const hiddenTypes = useAtlas((s) => s.filters.hiddenTypes);
  const colourBy = useAtlas((s) => s.view.colourBy);
  const actions = useActions();
  const counts = useMemo(() => {
    const c = new Map<EntityType, number>();
    for (const n of shownNodes(scene)) c.set(n.type, (c.get(n.type) ?? 0) + 1);
    return c;
  }, [scene]);

  return (
    <section className="panel-section" aria-labelledby="legend-title">
      <h2 id="legend-title">
        Entity types
        {hiddenTypes.length > 0 && (
          <button type="button" className="link" onClick={() => actions.view.setFilters((f) => ({ ...f, hiddenTypes: [] }))}>
            show all
          </button>
        )}
      </h2>
      {colourBy === 'community' && <p className="hint">Nodes are coloured by community; the dots show type colours.</p>}
      <ul className="legend">
        {ENTITY_TYPES.map((type) => {
          const hidden = hiddenTypes.includes(type);
          const count = counts.get(type) ?? 0;
          return (
            <li key={type} className={`${hidden ? 'off' : ''} ${count === 0 ? 'none' : ''}`}>
              <button
                type="button"
                className="legend-item"
                aria-pressed={!hidden}
                title={`${hidden ? 'Show' : 'Hide'} ${type} (shift-click: only ${type})`}
                onClick={(e) => actions.view.setFilters((f) => (e.shiftKey || e.altKey ? isolateType(f, type) : toggleType(f, type)))}
              >
                <span className="dot" style={{ background: TYPE_COLOURS[type] }} aria-hidden="true" />
                <span className="legend-name">{type}</span>
                <span className="count">{count}</span>
              </button>
              <button type="button" className="only" onClick={() => actions.view.setFilters((f) => isolateType(f, type))} aria-label={`Only ${type}`}>
                only
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
