/** Pick two or more actors and see how they are connected: paths (two) or the connecting subgraph (more). */
import { useMemo } from 'react';
import { MAX_CONNECT_IDS } from '../actions/connectionActions.js';
import { TYPE_COLOURS } from '../graph/palette.js';
import type { ConnectionResult } from '../state/appState.js';
import { useActions, useAtlas } from '../state/useAtlas.js';
import { Empty, ErrorMessage, Spinner } from './Feedback.js';
import { HopList } from './HopList.js';
import { SearchBox } from './SearchBox.js';

function Results({ result, maxHops }: { result: ConnectionResult; maxHops: number }) {
  if (result.kind === 'paths') {
    if (result.paths.length === 0) return <Empty>No connection within {maxHops} hops. Allow more hops, or try other actors.</Empty>;
    return (
      <div className="paths">
        {result.paths.map((path, i) => (
          <section key={i} className="path">
            <h3>
              {result.paths.length > 1 ? `Path ${i + 1} · ` : ''}
              {path.hops.length} {path.hops.length === 1 ? 'hop' : 'hops'}
            </h3>
            <HopList hops={path.hops} nodes={new Map(path.nodes.map((n) => [n.id, n]))} order={path.nodes.map((n) => n.id)} />
          </section>
        ))}
      </div>
    );
  }
  const r = result.result;
  const nodes = new Map(r.nodes.map((n) => [n.id, n]));
  return (
    <div className="paths">
      <p className="hint">
        {r.nodes.length} entities, {r.hops.length} links · {r.algorithm}
      </p>
      {r.unreachable.length > 0 && (
        <p className="warning">Not connected within reach: {r.unreachable.map((id) => nodes.get(id)?.name ?? id).join(', ')}</p>
      )}
      {r.hops.length === 0 ? <Empty>No connecting links found.</Empty> : <HopList hops={r.hops} nodes={nodes} />}
    </div>
  );
}

export function ConnectPanel() {
  const connection = useAtlas((s) => s.connection);
  const sceneNodes = useAtlas((s) => s.scene.present.nodes);
  const actions = useActions();
  const { query, result, status } = connection;
  const names = useMemo(() => new Map(query.ids.map((id) => [id, sceneNodes.get(id)])), [query.ids, sceneNodes]);

  return (
    <div className="connect">
      <p className="hint">How are these actors connected? Add two (paths) or more (connecting subgraph).</p>
      <ul className="chips" aria-label="Actors to connect">
        {query.ids.map((id) => {
          const node = names.get(id);
          return (
            <li key={id} className="chip">
              <span className="dot" style={{ background: node ? TYPE_COLOURS[node.type] : '#adb5bd' }} aria-hidden="true" />
              {node?.name ?? id}
              <button type="button" aria-label={`Remove ${node?.name ?? id}`} onClick={() => actions.connection.removeActor(id)}>
                ×
              </button>
            </li>
          );
        })}
      </ul>
      {query.ids.length < MAX_CONNECT_IDS && (
        <SearchBox
          label="Add an actor to connect"
          placeholder={query.ids.length === 0 ? 'Add the first actor…' : 'Add another actor…'}
          exclude={query.ids}
          onPick={(hit) =>
            void actions.scene.bringIn([hit.id]).then(() => actions.connection.addActor(hit.id))
          }
        />
      )}
      <div className="connect-options">
        {query.ids.length <= 2 && (
          <label>
            Find
            <select value={query.mode} onChange={(e) => actions.connection.setOptions({ mode: e.target.value as typeof query.mode })}>
              <option value="shortest">the shortest path</option>
              <option value="all-shortest">all shortest paths</option>
              <option value="k">k shortest paths</option>
            </select>
          </label>
        )}
        {query.ids.length <= 2 && query.mode === 'k' && (
          <label>
            k
            <input type="number" min={1} max={20} value={query.k} onChange={(e) => actions.connection.setOptions({ k: Number(e.target.value) || 1 })} />
          </label>
        )}
        <label>
          max hops
          <input type="number" min={1} max={8} value={query.maxHops} onChange={(e) => actions.connection.setOptions({ maxHops: Math.min(8, Math.max(1, Number(e.target.value) || 1)) })} />
        </label>
      </div>
      <div className="actions-row">
        <button type="button" className="primary" disabled={query.ids.length < 2 || status.state === 'loading'} onClick={() => void actions.connection.run()}>
          Find connection
        </button>
        {query.ids.length > 0 && (
          <button type="button" onClick={() => actions.connection.clear()}>
            Clear
          </button>
        )}
      </div>
      {status.state === 'loading' && <Spinner label={status.what} />}
      {status.state === 'error' && <ErrorMessage message={status.message} hint={status.hint} onRetry={() => void actions.connection.run()} />}
      {result && <Results result={result} maxHops={query.maxHops} />}
    </div>
  );
}
