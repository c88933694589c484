/** The one door to Neo4j: owns the driver, the database name, retries and the mapping of driver errors. */
import neo4j, { type Driver, type ManagedTransaction, type QueryResult, type RecordShape } from 'neo4j-driver';
import type { Neo4jConfig } from '../config.js';
import { AuthenticationError, DatabaseUnavailableError } from '../errors.js';
import { toPlain } from './values.js';

export type Tx = ManagedTransaction;
export type Row = Record<string, unknown>;

/** The driver's retry budget for transaction functions, shared by the auto-commit reads of `rows`. */
const MAX_RETRY_MS = 3000;
const FIRST_RETRY_DELAY_MS = 50;
const ACQUISITION_TIMEOUT_MS = 10_000;

const UNAVAILABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.TransientError.General.DatabaseUnavailable']);

export class Database {
  readonly driver: Driver;
  readonly uri: string;
  readonly name: string;

  constructor(readonly config: Neo4jConfig) {
    this.uri = config.uri;
    this.name = config.database;
    this.driver = neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password), {
      disableLosslessIntegers: true,
      // Fail fast when the server is down: callers report it, they should not hang.
      connectionTimeout: 3000,
      connectionAcquisitionTimeout: ACQUISITION_TIMEOUT_MS,
      maxTransactionRetryTime: MAX_RETRY_MS,
      logging: { level: 'error', logger: () => {} },
    });
  }

  /** Runs idempotent work in a read transaction (retried by the driver on transient errors). */
  /** `fetchSize`: records pulled per batch (the driver's default is 1000). */
  read<T>(work: (tx: Tx) => Promise<T>, opts: { timeoutMs?: number; fetchSize?: number } = {}): Promise<T> {
    return this.session('READ', (s) => s.executeRead(work, { timeout: opts.timeoutMs }), opts.fetchSize);
  }

  /** Runs idempotent work in one write transaction: all of it commits or none does. */
  write<T>(work: (tx: Tx) => Promise<T>, opts: { timeoutMs?: number } = {}): Promise<T> {
    return this.session('WRITE', (s) => s.executeWrite(work, { timeout: opts.timeoutMs }));
  }

  /**
   * Reads rows of one parameterised statement as plain objects. One statement needs no explicit transaction: an
   * auto-commit read in a READ session is one write to the socket and one answer, where a transaction function
   * sends BEGIN, RUN and COMMIT separately: that matters on hot API routes. Retried on the errors, and for the
   * time, executeRead would retry. `scalarsOnly`: the statement returns only strings, numbers, booleans, nulls and
   * lists and maps of them, which the driver already decodes as plain values (integers are not lossless here), so
   * the copy into plain values is skipped (large graph slices).
   */
  async rows<T = Row>(
    cypher: string,
    params: Record<string, unknown> = {},
    opts: { timeoutMs?: number; scalarsOnly?: boolean } = {},
  ): Promise<T[]> {
    return (await this.versionedRows<T>(cypher, params, opts)).rows;
  }

  /**
   * `rows`, with the state of the database the statement read: Neo4j's bookmark, which changes with every committed
   * write, so equal versions mean equal data (for caches of derived facts).
   */
  async versionedRows<T = Row>(
    cypher: string,
    params: Record<string, unknown> = {},
    opts: { timeoutMs?: number; scalarsOnly?: boolean } = {},
  ): Promise<{ rows: T[]; version: string }> {
    return this.session('READ', async (s) => {
      const deadline = performance.now() + MAX_RETRY_MS;
      for (let delay = FIRST_RETRY_DELAY_MS; ; delay *= 2) {
        try {
          const result = await s.run(cypher, params, { timeout: opts.timeoutMs });
          const rows = opts.scalarsOnly ? result.records.map((r) => r.toObject() as T) : recordsToRows<T>(result);
          return { rows, version: s.lastBookmarks().join(' ') };
        } catch (err) {
          if (!neo4j.isRetryableError(err) || performance.now() + delay > deadline) throw err;
          await new Promise((resolve) => setTimeout(resolve, delay));
        }
      }
    });
  }

  /**
   * Runs a statement that needs its own implicit transaction (schema changes, CALL … IN TRANSACTIONS, LOAD CSV).
   * `timeoutMs` overrides the server's db.transaction.timeout (0: none, for batched work that outlasts it).
   */
  async autoCommit<T = Row>(cypher: string, params: Record<string, unknown> = {}, opts: { timeoutMs?: number } = {}): Promise<T[]> {
    return this.session('WRITE', async (s) => recordsToRows<T>(await s.run(cypher, params, { timeout: opts.timeoutMs })));
  }

  async verify(): Promise<{ version: string; edition: string }> {
    const [row] = await this.session('READ', async (s) =>
      recordsToRows<{ version: string; edition: string }>(
        await s.run('CALL dbms.components() YIELD versions, edition RETURN versions[0] AS version, edition'),
      ),
    );
    return row ?? { version: 'unknown', edition: 'unknown' };
  }

  async close(): Promise<void> {
    await this.driver.close();
  }

  private async session<T>(mode: 'READ' | 'WRITE', fn: (s: ReturnType<Driver['session']>) => Promise<T>, fetchSize?: number): Promise<T> {
    const session = this.driver.session({
      database: this.name,
      fetchSize,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    });
    try {
      return await fn(session);
    } catch (err) {
      throw this.translate(err);
    } finally {
      await session.close().catch(() => {});
    }
  }

  /** Turns connection and authentication failures into one-line DatabaseUnavailableErrors; other errors pass. */
  translate(err: unknown): unknown {
    const e = err as { code?: string; message?: string };
    if (e?.code && UNAVAILABLE_CODES.has(e.code)) {
      return new DatabaseUnavailableError(
        `Neo4j is not reachable at ${this.uri} (${firstLine(e.message)}): start it with "npm run db:start" or point NEO4J_URI at a running server`,
        this.uri,
      );
    }
    // The pool had no connection free in time: the server is up but saturated.
    if (/^Connection acquisition timed out/.test(e?.message ?? '')) {
      return new DatabaseUnavailableError(
        `Neo4j at ${this.uri} is busy: no connection was free within ${ACQUISITION_TIMEOUT_MS} ms; retry shortly`,
        this.uri,
        2,
      );
    }
    if (e?.code === 'Neo.ClientError.Security.Unauthorized' || e?.code === 'Neo.ClientError.Security.AuthenticationRateLimit') {
      return new AuthenticationError(
        `Neo4j at ${this.uri} refused the credentials of user "${this.config.user}": check NEO4J_USER and NEO4J_PASSWORD`,
        this.uri,
        e.code === 'Neo.ClientError.Security.AuthenticationRateLimit',
      );
    }
    if (e?.code === 'Neo.ClientError.Database.DatabaseNotFound') {
      return new DatabaseUnavailableError(`Neo4j at ${this.uri} has no database "${this.name}": check NEO4J_DATABASE`, this.uri);
    }
    return err;
  }
}

export function recordsToRows<T = Row>(result: QueryResult<RecordShape>): T[] {
  return result.records.map((r) => toPlain(r.toObject()) as T);
}

function firstLine(s: string | undefined): string {
  return (s ?? 'no answer').split('\n')[0]!.slice(0, 160);
}
