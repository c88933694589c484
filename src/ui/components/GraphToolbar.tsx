/** Over the canvas: how nodes are sized and coloured, undo and redo, export. */
import { BETWEENNESS_MAX_NODES } from '../graph/metrics.js';
import type { ColourBy, SizeBy } from '../state/appState.js';
import { canRedo, canUndo } from '../state/history.js';
import { useActions, useAtlas } from '../state/useAtlas.js';
import { ExportMenu } from './ExportMenu.js';

export function GraphToolbar() {
  const view = useAtlas((s) => s.view);
  const undoable = useAtlas((s) => canUndo(s.scene));
  const redoable = useAtlas((s) => canRedo(s.scene));
  const actions = useActions();
  const betweenness = useAtlas((s) => s.scene.present.nodes.size <= BETWEENNESS_MAX_NODES);

  return (
    <div className="graph-toolbar" role="toolbar" aria-label="Graph view">
      <label>
        Size
        <select value={view.sizeBy} onChange={(e) => actions.view.setView({ sizeBy: e.target.value as SizeBy })}>
          <option value="degree">by degree</option>
          <option value="pagerank">by PageRank</option>
          <option value="betweenness" disabled={!betweenness}>
            by betweenness{betweenness ? '' : ' (too many nodes)'}
          </option>
        </select>
      </label>
      <label>
        Colour
        <select value={view.colourBy} onChange={(e) => actions.view.setView({ colourBy: e.target.value as ColourBy })}>
          <option value="type">by type</option>
          <option value="community">by community (Louvain)</option>
        </select>
      </label>
      <span className="separator" aria-hidden="true" />
      <button type="button" className="icon" onClick={() => actions.scene.undo()} disabled={!undoable} title="Undo (Ctrl+Z)" aria-label="Undo">
        ↶
      </button>
      <button type="button" className="icon" onClick={() => actions.scene.redo()} disabled={!redoable} title="Redo (Ctrl+Shift+Z)" aria-label="Redo">
        ↷
      </button>
      <span className="separator" aria-hidden="true" />
      <ExportMenu />
    </div>
  );
}
