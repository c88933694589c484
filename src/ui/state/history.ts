/** Undo and redo over immutable snapshots: each scene change commits a new present. */
export interface History<T> {
  past: readonly T[];
  present: T;
  future: readonly T[];
}

const MAX_UNDO = 100;

export const startHistory = <T>(present: T): History<T> => ({ past: [], present, future: [] });

/** Records `next` as the new present; a change made after undoing discards what could have been redone. */
export function commit<T>(h: History<T>, next: T): History<T> {
  if (next === h.present) return h;
  return { past: [...h.past, h.present].slice(-MAX_UNDO), present: next, future: [] };
}

export function undo<T>(h: History<T>): History<T> {
  const previous = h.past.at(-1);
  if (previous === undefined) return h;
  return { past: h.past.slice(0, -1), present: previous, future: [h.present, ...h.future] };
}

export function redo<T>(h: History<T>): History<T> {
  const [next, ...rest] = h.future;
  if (next === undefined) return h;
  return { past: [...h.past, h.present], present: next, future: rest };
}

export const canUndo = (h: History<unknown>): boolean => h.past.length > 0;
export const canRedo = (h: History<unknown>): boolean => h.future.length > 0;
