/** The one place that turns errors into HTTP answers `{error, message}`; the server keeps running whatever failed. */
import type { FastifyError, FastifyInstance } from 'fastify';
import { ZodError } from 'zod';
import { DatabaseUnavailableError, InvalidInputError, NotFoundError, ResultTooLargeError, TooManyRequestsError } from '../errors.js';
import type { ErrorBody } from '../model/index.js';

export interface HttpError {
  status: number;
  body: ErrorBody;
  /** Seconds for a Retry-After header (429 and 503). */
  retryAfter?: number;
}

/** Maps a thrown value to a status and body; unknown errors become a 500 that reveals no internals. */
export function toHttpError(err: unknown): HttpError {
  if (err instanceof NotFoundError) return { status: 404, body: { error: 'NotFound', message: err.message } };
  if (err instanceof InvalidInputError) return { status: 400, body: { error: 'InvalidInput', message: err.message } };
  if (err instanceof ZodError) {
    const message = err.issues.map((i) => `${i.path.join('.') || 'input'}: ${i.message}`).join('; ');
    return { status: 400, body: { error: 'InvalidInput', message } };
  }
  if (err instanceof DatabaseUnavailableError) {
    return { status: 503, body: { error: 'DatabaseUnavailable', message: err.message.split('\n')[0]! }, retryAfter: err.retryAfterSeconds };
  }
  if (err instanceof TooManyRequestsError) {
    return { status: 429, body: { error: 'TooManyRequests', message: err.message }, retryAfter: err.retryAfterSeconds };
  }
  if (err instanceof ResultTooLargeError) return { status: 413, body: { error: 'ResultTooLarge', message: err.message } };
  // Neo4j's transient errors (memory pool full, lock timeouts) and timeouts of app queries: try again later.
  const code = (err as { code?: unknown }).code;
  if (typeof code === 'string' && (code.startsWith('Neo.TransientError.') || code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut'))) {
    return { status: 503, body: { error: 'DatabaseBusy', message: `Neo4j could not finish in time or in memory (${code}); retry shortly` }, retryAfter: 2 };
  }
  // fastify's own client errors: malformed JSON, body too large, unsupported media type…
  const fe = err as Partial<FastifyError>;
  if (typeof fe.statusCode === 'number' && fe.statusCode >= 400 && fe.statusCode < 500) {
    return { status: fe.statusCode, body: { error: fe.code ?? 'BadRequest', message: fe.message ?? 'bad request' } };
  }
  return { status: 500, body: { error: 'Internal', message: 'internal error; the server log has the details' } };
}

export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((err, request, reply) => {
    const { status, body, retryAfter } = toHttpError(err);
    if (status >= 500 && status !== 503) request.log.error({ err }, 'request failed');
    if (retryAfter !== undefined) reply.header('retry-after', String(retryAfter));
    return reply.code(status).type('application/json').send(body);
  });
}
