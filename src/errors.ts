/** Domain errors shared by the importer, the API and the CLI; the server maps each to an HTTP status. */

export class NotFoundError extends Error {
  override name = 'NotFoundError';
}

export class InvalidInputError extends Error {
  override name = 'InvalidInputError';
}

/** Neo4j cannot be reached or refused us; the message is one line naming the URI and what to do. */
export class DatabaseUnavailableError extends Error {
  override name = 'DatabaseUnavailableError';
  constructor(
    message: string,
    readonly uri: string,
  ) {
    super(message);
  }
}
