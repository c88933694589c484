/** The one place that turns errors into HTTP answers `{error, message}`; the server keeps running whatever failed. */
import type { FastifyError, FastifyInstance } from 'fastify';
import { ZodError } from 'zod';
import { DatabaseUnavailableError, InvalidInputError, NotFoundError } from '../errors.js';
import type { ErrorBody } from '../model/index.js';

export interface HttpError {
  status: number;
  body: ErrorBody;
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
    return { status: 503, body: { error: 'DatabaseUnavailable', message: err.message.split('\n')[0]! } };
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
    const { status, body } = toHttpError(err);
    if (status >= 500 && status !== 503) request.log.error({ err }, 'request failed');
    return reply.code(status).type('application/json').send(body);
  });
}
