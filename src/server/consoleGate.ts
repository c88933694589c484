/** At most N console statements run at once; the next is refused with 429 at once rather than queued for the pool. */
import { TooManyRequestsError } from '../errors.js';

export function consoleGate(limit: number): <T>(work: () => Promise<T>) => Promise<T> {
  let running = 0;
  return async (work) => {
    if (running >= limit) {
      throw new TooManyRequestsError(`query: ${limit} console statements are already running (API_CONSOLE_CONCURRENCY); retry shortly`);
    }
    running += 1;
    try {
      return await work();
    } finally {
      running -= 1;
    }
  };
}
