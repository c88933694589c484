/** Export the view, the selection or a connection result as data (through the API), or the canvas as an image. */
import { useSigma } from '@react-sigma/core';
import { useState } from 'react';
import { ENTITY_TYPES, EXPORT_FORMATS, RELATION_TYPES, type ExportFormat, type SubgraphSpec } from '../../model/index.js';
import { connectionParts } from '../actions/connectionActions.js';
import { errorStatus } from '../actions/context.js';
import { api } from '../http/client.js';
import { pngOf, svgOf } from '../export/canvasImage.js';
import { download } from '../export/download.js';
import type { EdgeAttributes, NodeAttributes } from '../graph/types.js';
import { visibleSlice } from '../graph/visibleSlice.js';
import type { AppState } from '../state/appState.js';
import { useAtlas, useStore } from '../state/useAtlas.js';

type Scope = 'view' | 'selection' | 'connection';
const MAX_EXPORT_IDS = 5000;
const FORMAT_NAMES: Record<ExportFormat, string> = { gexf: 'GEXF', graphml: 'GraphML', json: 'JSON', csv: 'CSV (zip)', cypher: 'Cypher' };

function specFor(state: AppState, scope: Scope): SubgraphSpec | null {
  const f = state.filters;
  const ids =
    scope === 'selection'
      ? [...state.selection]
      : scope === 'connection'
        ? state.connection.result
          ? connectionParts(state.connection.result).nodes
          : []
        : visibleSlice(state.scene.present, f, state.documentEntities).nodes.map((n) => n.id);
  if (ids.length === 0) return null;
  return {
    ids: ids.slice(0, MAX_EXPORT_IDS),
    depth: 0,
    limit: MAX_EXPORT_IDS,
    filter: {
      types: ENTITY_TYPES.filter((t) => !f.hiddenTypes.includes(t)),
      relations: RELATION_TYPES.filter((t) => !f.hiddenRelations.includes(t)),
      minConfidence: f.minConfidence,
      includeWeak: f.includeWeak,
    },
  };
}

export function ExportMenu() {
  const sigma = useSigma<NodeAttributes, EdgeAttributes>();
  const store = useStore();
  const selected = useAtlas((s) => s.selection.length);
  const hasView = useAtlas((s) => s.scene.present.nodes.size > 0);
  const hasConnection = useAtlas((s) => s.connection.result !== null);
  const [scope, setScope] = useState<Scope>('view');
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const available = scope === 'view' ? hasView : scope === 'selection' ? selected > 0 : hasConnection;

  const run = async (what: string, work: () => Promise<void>) => {
    setBusy(what);
    setError(null);
    try {
      await work();
    } catch (e) {
      const { message, hint } = errorStatus(e);
      setError(`${message} ${hint}`);
    } finally {
      setBusy(null);
    }
  };

  return (
    <details className="menu export-menu">
      <summary>Export</summary>
      <div className="menu-body" role="group" aria-label="Export">
        <fieldset>
          <legend>What</legend>
          {(['view', 'selection', 'connection'] as const).map((s) => (
            <label key={s}>
              <input type="radio" name="export-scope" checked={scope === s} onChange={() => setScope(s)} />
              {s === 'view' ? 'Current view' : s === 'selection' ? `Selection (${selected})` : 'Connection result'}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>Data</legend>
          {EXPORT_FORMATS.map((format) => (
            <button
              key={format}
              type="button"
              disabled={!available || busy !== null}
              onClick={() =>
                void run(format, async () => {
                  const spec = specFor(store.get(), scope);
                  if (!spec) return;
                  if (spec.ids.length === MAX_EXPORT_IDS) setError(`Only the first ${MAX_EXPORT_IDS} entities were exported.`);
                  const { blob, fileName } = await api.exportSlice(spec, format);
                  download(blob, fileName);
                })
              }
            >
              {FORMAT_NAMES[format]}
            </button>
          ))}
          {!available && <p className="hint">Nothing to export in this scope.</p>}
        </fieldset>
        <fieldset>
          <legend>Image of the canvas</legend>
          <button type="button" disabled={busy !== null} onClick={() => void run('png', async () => download(await pngOf(sigma), 'impact-atlas.png'))}>
            PNG
          </button>
          <button type="button" disabled={busy !== null} onClick={() => void run('svg', async () => download(svgOf(sigma), 'impact-atlas.svg'))}>
            SVG
          </button>
        </fieldset>
        {busy && <p className="hint">Preparing {busy}…</p>}
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
      </div>
    </details>
  );
}
