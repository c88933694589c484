/** Shown instead of the explorer when the server or Neo4j cannot be reached, with what to do. */
import { useAtlas } from '../state/useAtlas.js';
import { Hint } from './Hint.js';

export function HealthScreen({ onRetry }: { onRetry: () => void }) {
  const health = useAtlas((s) => s.health);
  if (health.state !== 'down') return null;
  return (
    <div className="health-screen" role="alert">
      <h1>Impact Atlas cannot reach its data</h1>
      <p className="health-message">{health.message}</p>
      {/* The server's own message may already say what to do. */}
      {!health.message.includes('npm run') && (
        <p>
          <Hint text={health.hint} />
        </p>
      )}
      <button type="button" className="primary" onClick={onRetry}>
        Retry
      </button>
    </div>
  );
}
