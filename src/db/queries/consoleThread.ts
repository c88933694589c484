/**
 * A console worker thread: runs one statement at a time on its own driver, so decoding a huge answer never blocks
 * the server's event loop, and counts the bytes Neo4j sends. Past the wire budget it closes the socket before the
 * record is complete, so an oversized value is never decoded at all (the driver discards the broken connection).
 */
import net from 'node:net';
import { parentPort, workerData } from 'node:worker_threads';
import type { Neo4jConfig } from '../../config.js';
import { DatabaseUnavailableError } from '../../errors.js';
import { Database } from '../database.js';
import { runReadOnlyQuery, type ConsoleQuery } from './console.js';

export type ThreadAnswer =
  /** The answer as JSON bytes: serialised here and transferred, so the server's thread neither copies nor encodes it. */
  | { ok: true; json: ArrayBuffer }
  | { ok: false; error: { name: string; message: string; code?: string; retryAfter?: number } };

const db = new Database(workerData as Neo4jConfig);
let wire = { received: 0, limit: Infinity, exceeded: false };

// This thread's only sockets are its driver's, so counting every socket's data counts Neo4j's answers.
const emit = net.Socket.prototype.emit;
net.Socket.prototype.emit = function (this: net.Socket, event: string | symbol, ...args: unknown[]): boolean {
  if (event === 'data' && Buffer.isBuffer(args[0])) {
    wire.received += args[0].length;
    if (wire.received > wire.limit) {
      wire.exceeded = true;
      // With an error: the driver listens for 'error' and 'end', and fails the statement and the connection.
      this.destroy(new Error('the answer passed the console byte budget'));
      return false;
    }
  }
  return emit.apply(this, [event, ...args] as Parameters<typeof emit>);
} as typeof emit;

parentPort!.on('message', async (job: Omit<ConsoleQuery, 'wireExceeded'> & { wireBytes: number }) => {
  wire = { received: 0, limit: job.wireBytes, exceeded: false };
  let answer: ThreadAnswer;
  try {
    const result = await runReadOnlyQuery(db, { ...job, wireExceeded: () => wire.exceeded });
    const bytes = new TextEncoder().encode(JSON.stringify(result));
    answer = { ok: true, json: bytes.buffer as ArrayBuffer };
    parentPort!.postMessage(answer, [answer.json]);
    return;
  } catch (err) {
    const e = err as Error & { code?: string };
    const retryAfter = err instanceof DatabaseUnavailableError ? err.retryAfterSeconds : undefined;
    answer = { ok: false, error: { name: e.name, message: e.message, code: typeof e.code === 'string' ? e.code : undefined, retryAfter } };
  }
  parentPort!.postMessage(answer);
});
