/** Shared pieces for loading, empty and error states. */
import type { ReactNode } from 'react';
import { Hint } from './Hint.js';

export function Spinner({ label }: { label: string }) {
  return (
    <div className="loading" role="status">
      <span className="spinner" aria-hidden="true" />
      {label}
    </div>
  );
}

export function ErrorMessage({ message, hint, onRetry }: { message: string; hint: string; onRetry?: () => void }) {
  return (
    <div className="error-box" role="alert">
      <strong>{message}</strong>
      <p>
        <Hint text={hint} />
      </p>
      {onRetry && (
        <button type="button" onClick={onRetry}>
          Retry
        </button>
      )}
    </div>
  );
}

export function Empty({ children }: { children: ReactNode }) {
  return <div className="empty">{children}</div>;
}
