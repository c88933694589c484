/** A failed API request, with a message saying what went wrong and a hint saying what to do about it. */
export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    message: string,
    readonly status: number,
    readonly hint: string,
  ) {
    super(message);
  }
}

/** What a user can do about a failure with this HTTP status (0: no answer at all). */
export function hintFor(status: number): string {
  if (status === 0) return 'The explorer cannot reach its server. Check that `npm start` (or `npm run serve`) is running, then retry.';
  if (status === 503) return 'Neo4j is not reachable. Start it with `npm run db:start` (or check NEO4J_URI), then retry.';
  if (status === 401) return 'The server requires an API token. Open the explorer with ?token=<API_TOKEN> in the address.';
  if (status === 404) return 'It may have been removed by a re-import. Search for it again.';
  if (status === 400) return 'The request was refused as invalid. Change the input and try again.';
  if (status === 413) return 'The request is too large. Select fewer entities and try again.';
  return 'The server failed to answer. Retry; if it keeps failing, look at the server log.';
}
