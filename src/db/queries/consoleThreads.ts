/**
 * The server's side of the console worker threads: one thread per concurrent statement (started when first needed),
 * each answer turned back into the domain error it was. A thread that outlives the statement's deadline (stuck
 * decoding) is terminated and replaced.
 */
import { Worker } from 'node:worker_threads';
import type { Neo4jConfig } from '../../config.js';
import { DatabaseUnavailableError, InvalidInputError, ResultTooLargeError } from '../../errors.js';
import type { ConsoleQuery } from './console.js';
import { assertParamsWithinLimits } from './consoleLimits.js';
import type { ThreadAnswer } from './consoleThread.js';

const ENTRY = new URL('./consoleThreadEntry.mjs', import.meta.url);
// Time for the thread to start and to report Neo4j's own timeout before it is presumed stuck.
const DEADLINE_SLACK_MS = 5000;

const DOMAIN_ERRORS = new Set(['InvalidInputError', 'ResultTooLargeError', 'DatabaseUnavailableError']);

function toError(e: Extract<ThreadAnswer, { ok: false }>['error'], uri: string): Error {
  if (e.name === 'InvalidInputError') return new InvalidInputError(e.message);
  if (e.name === 'ResultTooLargeError') return new ResultTooLargeError(e.message);
  if (e.name === 'DatabaseUnavailableError') return new DatabaseUnavailableError(e.message, uri, e.retryAfter);
  return Object.assign(new Error(e.message), { code: e.code });
}

export class ConsoleThreads {
  private idle: Worker[] = [];
  private readonly all = new Set<Worker>();

  constructor(private readonly neo4j: Neo4jConfig) {}

  /**
   * Runs one statement on an idle thread and returns its answer as JSON bytes (a CypherQueryResult) to send as they
   * are; the caller bounds how many run at once.
   */
  async run(q: Omit<ConsoleQuery, 'wireExceeded'>): Promise<Buffer> {
    // Before postMessage: copying hostile nesting to the thread would overflow here.
    assertParamsWithinLimits(q.params);
    const worker = this.idle.pop() ?? this.start();
    const answer = await new Promise<ThreadAnswer | 'stuck' | 'died'>((resolve) => {
      const timer = setTimeout(() => resolve('stuck'), q.timeoutMs + DEADLINE_SLACK_MS);
      const settle = (a: ThreadAnswer | 'died') => {
        clearTimeout(timer);
        worker.off('message', settle).off('exit', died);
        resolve(a);
      };
      const died = () => settle('died');
      worker.on('message', settle).once('exit', died);
      // Wire bytes run ahead of the JSON estimate (Packstream headers, the plan of EXPLAIN): twice the budget.
      worker.postMessage({ ...q, wireBytes: 2 * q.budget.bytes + 65_536 });
    });
    if (answer === 'stuck' || answer === 'died') {
      this.all.delete(worker);
      await worker.terminate();
      if (answer === 'died') throw new Error('console: the worker thread exited during a statement');
      throw new InvalidInputError(`query: stopped after ${q.timeoutMs} ms (QUERY_TIMEOUT_MS); narrow it or add a LIMIT`);
    }
    if (!answer.ok && !DOMAIN_ERRORS.has(answer.error.name) && !answer.error.code) {
      // Not Neo4j's answer nor ours: the driver failed inside (a stack overflow while encoding or decoding). Its
      // connections may hold half a message, so the thread and its driver are discarded, not reused.
      this.all.delete(worker);
      await worker.terminate();
      if (answer.error.name === 'RangeError') throw new InvalidInputError(`query: the statement or its answer is nested too deeply to run (${answer.error.message})`);
      throw toError(answer.error, this.neo4j.uri);
    }
    this.idle.push(worker);
    if (!answer.ok) throw toError(answer.error, this.neo4j.uri);
    return Buffer.from(answer.json);
  }

  async close(): Promise<void> {
    const workers = [...this.all];
    this.all.clear();
    this.idle = [];
    await Promise.all(workers.map((w) => w.terminate()));
  }

  private start(): Worker {
    const worker = new Worker(ENTRY, { workerData: this.neo4j });
    worker.unref();
    // A crash surfaces as 'exit' to the statement running on it; without a listener 'error' would end the server.
    worker.on('error', () => {});
    this.all.add(worker);
    return worker;
  }
}
