/**
 * The read-only Cypher console. Neo4j itself judges each statement: it is EXPLAINed first in a READ transaction and
 * runs only when the plan reads the graph (consolePlan.ts). Parameters are bounded before the driver encodes them,
 * and the answer is bounded in rows, bytes and values as it streams in (consoleLimits.ts).
 */
import { InvalidInputError, ResultTooLargeError } from '../../errors.js';
import type { CypherQueryResult } from '../../model/index.js';
import type { Database } from '../database.js';
import { toPlain } from '../values.js';
import { assertParamsWithinLimits, spend, type ResultBudget } from './consoleLimits.js';
import { assertReadOnlyPlan, type PlanNode } from './consolePlan.js';

// Records are pulled from Neo4j in batches of this many: past the budget, at most one batch more is decoded.
const FETCH_SIZE = 50;

const firstLine = (s: string) => s.split('\n')[0]!.slice(0, 300);

export interface ConsoleQuery {
  query: string;
  params: Record<string, unknown>;
  timeoutMs: number;
  rowLimit: number;
  budget: ResultBudget;
  /** True once the connection was cut because Neo4j's answer passed the byte budget on the wire (consoleThread.ts). */
  wireExceeded?: () => boolean;
}

/** Carries the rows read before the wire budget cut the connection out of the retrying transaction function. */
class CutOff extends Error {
  constructor(readonly partial: CypherQueryResult) {
    super('the answer passed the wire budget');
  }
}

/** Runs a user's statement and returns at most `rowLimit` rows within the byte and value budget. */
export async function runReadOnlyQuery(db: Database, q: ConsoleQuery): Promise<CypherQueryResult> {
  assertParamsWithinLimits(q.params);
  try {
    return await db.read(
      async (tx) => {
        const explained = await tx.run(`EXPLAIN ${q.query}`, q.params);
        assertReadOnlyPlan(explained.summary.queryType, explained.summary.plan as PlanNode | false);
        const result = tx.run(q.query, q.params);
        const rows: unknown[][] = [];
        const used: ResultBudget = { bytes: 0, values: 0 };
        let truncated = false;
        let columns: string[] = [];
        try {
          for await (const record of result) {
            columns = record.keys as string[];
            if (rows.length === q.rowLimit) {
              truncated = true;
              break;
            }
            const row = record.keys.map((k) => toPlain(record.get(k)));
            if (!spend(row, used, q.budget)) {
              if (rows.length === 0) throw tooLarge(q.budget);
              truncated = true;
              break;
            }
            rows.push(row);
          }
        } catch (err) {
          if (q.wireExceeded?.()) throw new CutOff({ columns, rows, truncated: true });
          throw err;
        }
        if (rows.length === 0) columns = (await result.keys()) as string[];
        return { columns, rows, truncated };
      },
      { timeoutMs: q.timeoutMs, fetchSize: FETCH_SIZE },
    );
  } catch (err) {
    if (err instanceof CutOff || q.wireExceeded?.()) {
      if (err instanceof CutOff && err.partial.rows.length > 0) return err.partial;
      throw tooLarge(q.budget);
    }
    const e = err as { code?: string; message?: string };
    if (e.code?.startsWith('Neo.ClientError.Transaction.TransactionTimedOut')) {
      throw new InvalidInputError(`query: stopped after ${q.timeoutMs} ms (QUERY_TIMEOUT_MS); narrow it or add a LIMIT`);
    }
    if (e.code === 'Neo.TransientError.General.MemoryPoolOutOfMemoryError' || e.code?.includes('MemoryLimitExceeded')) {
      throw new ResultTooLargeError(`query: Neo4j stopped it at its transaction memory limit (${firstLine(e.message ?? '')}); return fewer or smaller values`);
    }
    if (e.code?.startsWith('Neo.ClientError.')) throw new InvalidInputError(`query: ${firstLine(e.message ?? e.code)}`);
    // Some malformed statements trip Neo4j itself (e.g. "*:*" fails in its parser): still the statement's fault.
    if (e.code?.startsWith('Neo.DatabaseError.')) {
      throw new InvalidInputError(`query: Neo4j could not run this statement (${e.code}: ${firstLine(e.message ?? '')})`);
    }
    throw err;
  }
}

const tooLarge = (budget: ResultBudget) =>
  new ResultTooLargeError(
    `query: the first row alone passes the result budget (QUERY_RESULT_BYTES=${budget.bytes} bytes, QUERY_RESULT_VALUES=${budget.values} values); return fewer or smaller values`,
  );
