/**
 * The read-only Cypher console: statements that would write are refused before they reach Neo4j (a clear message),
 * and what slips through still runs in a READ transaction, which the server refuses to let write.
 */
import { InvalidInputError } from '../../errors.js';
import type { CypherQueryResult } from '../../model/index.js';
import type { Database } from '../database.js';
import { toPlain } from '../values.js';

/** Clauses and procedures that change data, schema or the server (string literals and comments removed first). */
const WRITE_CLAUSES: [RegExp, string][] = [
  // A word after a dot is a property (`m.set`) and one before a colon a map key (`{set: 1}`), not a clause.
  [/(?<![.$\w])(CREATE|MERGE|DELETE|DETACH|SET|REMOVE|DROP|FOREACH|ALTER|RENAME|GRANT|DENY|REVOKE|TERMINATE)\b(?!\s*:)/i, '$1'],
  [/\bLOAD\s+CSV\b/i, 'LOAD CSV'],
  [/\bIN\s+TRANSACTIONS\b/i, 'IN TRANSACTIONS'],
  [/\bCALL\s+(dbms|apoc|gds)\b/i, 'CALL $1'],
];

/** Removes string literals, quoted names and comments, so words inside them do not count as clauses. */
function codeOnly(query: string): string {
  return query
    .replace(/\/\*[\s\S]*?\*\//g, ' ')
    .replace(/\/\/[^\n]*/g, ' ')
    .replace(/'(?:\\.|[^'\\])*'|"(?:\\.|[^"\\])*"|`[^`]*`/g, "''");
}

/** Throws InvalidInputError naming the first write clause found; the console only reads. */
export function assertReadOnly(query: string): void {
  const code = codeOnly(query);
  for (const [pattern, label] of WRITE_CLAUSES) {
    const m = pattern.exec(code);
    if (m) {
      const word = label.replace('$1', m[1] ?? '').toUpperCase();
      throw new InvalidInputError(`query: ${word} is not allowed: the console is read-only`);
    }
  }
}

const firstLine = (s: string) => s.split('\n')[0]!.slice(0, 300);

/** Runs a user's statement with a timeout and returns at most `rowLimit` rows (the rest is not fetched). */
export async function runReadOnlyQuery(
  db: Database,
  q: { query: string; params: Record<string, unknown>; timeoutMs: number; rowLimit: number },
): Promise<CypherQueryResult> {
  assertReadOnly(q.query);
  try {
    return await db.read(
      async (tx) => {
        const result = tx.run(q.query, q.params);
        const rows: unknown[][] = [];
        let truncated = false;
        let columns: string[] = [];
        for await (const record of result) {
          columns = record.keys as string[];
          if (rows.length === q.rowLimit) {
            truncated = true;
            break;
          }
          rows.push(record.keys.map((k) => toPlain(record.get(k))));
        }
        if (rows.length === 0) columns = (await result.keys()) as string[];
        return { columns, rows, truncated };
      },
      { timeoutMs: q.timeoutMs },
    );
  } catch (err) {
    const e = err as { code?: string; message?: string };
    if (e.code?.startsWith('Neo.ClientError.Transaction.TransactionTimedOut')) {
      throw new InvalidInputError(`query: stopped after ${q.timeoutMs} ms (QUERY_TIMEOUT_MS); narrow it or add a LIMIT`);
    }
    if (e.code?.startsWith('Neo.ClientError.')) throw new InvalidInputError(`query: ${firstLine(e.message ?? e.code)}`);
    // Some malformed statements trip Neo4j itself (e.g. "*:*" fails in its parser): still the statement's fault.
    if (e.code?.startsWith('Neo.DatabaseError.')) {
      throw new InvalidInputError(`query: Neo4j could not run this statement (${e.code}: ${firstLine(e.message ?? '')})`);
    }
    throw err;
  }
}
