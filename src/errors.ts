/** Domain errors shared by the importer, the API and the CLI; the server maps each to an HTTP status. */

export class NotFoundError extends Error {
  override name = 'NotFoundError';
}

export class InvalidInputError extends Error {
  override name = 'InvalidInputError';
}

/**
 * Neo4j cannot be reached, refused us, or has no connection free in time; the message is one line naming the URI and
 * what to do, and clients may retry after `retryAfterSeconds`.
 */
export class DatabaseUnavailableError extends Error {
  override name = 'DatabaseUnavailableError';
  constructor(
    message: string,
    readonly uri: string,
    readonly retryAfterSeconds = 5,
  ) {
    super(message);
  }
}

/** Neo4j refused the user and password (`rateLimited`: it refuses every login for a few seconds after repeated failures). */
export class AuthenticationError extends DatabaseUnavailableError {
  override name = 'AuthenticationError';
  constructor(
    message: string,
    uri: string,
    readonly rateLimited: boolean,
  ) {
    super(message, uri);
  }
}

/** The server is at its limit for this kind of work; the client may retry after `retryAfterSeconds`. */
export class TooManyRequestsError extends Error {
  override name = 'TooManyRequestsError';
  constructor(
    message: string,
    readonly retryAfterSeconds = 1,
  ) {
    super(message);
  }
}

/** An answer would pass a size budget (bytes or values); the message names the budget and how to stay under it. */
export class ResultTooLargeError extends Error {
  override name = 'ResultTooLargeError';
}
