/**
 * Review states in the graph: each reviewed entity and relationship carries `reviewState` (what filters test) and
 * `review` (the whole review as JSON, what answers show). Absent means proposed.
 */
import { recordsToRows, type Database, type Tx } from '../database.js';
import { claimKey, parseEdgeKey, type Claim, type Review, type ReviewSummary } from '../../model/index.js';
import { relationLabel } from './graphRows.js';

export interface ReviewRow {
  kind: 'relation' | 'entity';
  key: string;
  review: Review;
}

/** The relationship a key names, in its stored direction (the key is relationKey's, so symmetric types are ordered). */
const ENDS = 'MATCH (a:Entity {id: row.source})-[r]->(b:Entity {id: row.target}) WHERE type(r) = row.type';

const SET_ENTITY = `UNWIND $rows AS row MATCH (e:Entity {id: row.key})
SET e.reviewState = row.state, e.review = row.json RETURN row.key AS key`;
const SET_RELATION = `UNWIND $rows AS row ${ENDS}
SET r.reviewState = row.state, r.review = row.json RETURN row.key AS key`;
const CLEAR_ENTITY = 'UNWIND $keys AS key MATCH (e:Entity {id: key}) REMOVE e.reviewState, e.review';
const CLEAR_RELATION = `UNWIND $rows AS row ${ENDS} REMOVE r.reviewState, r.review`;
const REVIEWED = `
CALL () { MATCH (e:Entity) WHERE e.reviewState IS NOT NULL RETURN 'entity' AS kind, e.id AS key, e.review AS json
  UNION ALL MATCH (:Entity)-[r]->(:Entity) WHERE r.reviewState IS NOT NULL RETURN 'relation' AS kind, r.id AS key, r.review AS json }
RETURN kind, key, json`;

const relationRow = (key: string) => {
  const { source, type, target } = parseEdgeKey(key);
  return { key, source, target, type: relationLabel(type) };
};

/** Sets reviews; returns the keys that matched an entity or relationship of the graph. */
export async function setReviews(tx: Tx, rows: ReviewRow[]): Promise<Set<string>> {
  const matched = new Set<string>();
  const entities = rows.filter((r) => r.kind === 'entity').map((r) => ({ key: r.key, state: r.review.state, json: JSON.stringify(r.review) }));
  const relations = rows.filter((r) => r.kind === 'relation').map((r) => ({ ...relationRow(r.key), state: r.review.state, json: JSON.stringify(r.review) }));
  if (entities.length) for (const r of recordsToRows<{ key: string }>(await tx.run(SET_ENTITY, { rows: entities }))) matched.add(r.key);
  if (relations.length) for (const r of recordsToRows<{ key: string }>(await tx.run(SET_RELATION, { rows: relations }))) matched.add(r.key);
  return matched;
}

export async function clearReviews(tx: Tx, rows: Pick<ReviewRow, 'kind' | 'key'>[]): Promise<void> {
  const keys = rows.filter((r) => r.kind === 'entity').map((r) => r.key);
  const relations = rows.filter((r) => r.kind === 'relation').map((r) => relationRow(r.key));
  if (keys.length) await tx.run(CLEAR_ENTITY, { keys });
  if (relations.length) await tx.run(CLEAR_RELATION, { rows: relations });
}

/** Every review the graph holds, as stored JSON. */
export async function readReviews(tx: Tx): Promise<{ kind: 'relation' | 'entity'; key: string; json: string }[]> {
  return recordsToRows(await tx.run(REVIEWED));
}

/** Reviews one claim; false when the graph has no such entity or relation (nothing is written then). */
export async function reviewClaim(db: Database, claim: Claim, review: Review): Promise<boolean> {
  const row = { kind: claim.kind, key: claimKey(claim), review };
  return db.write(async (tx) => {
    if (review.state === 'proposed') {
      const [found] = recordsToRows<{ n: number }>(await tx.run(claim.kind === 'entity' ? EXISTS_ENTITY : EXISTS_RELATION, claim.kind === 'entity' ? { key: row.key } : { row: relationRow(row.key) }));
      await clearReviews(tx, [row]);
      return (found?.n ?? 0) > 0;
    }
    return (await setReviews(tx, [row])).size > 0;
  });
}
const EXISTS_ENTITY = 'RETURN COUNT { MATCH (e:Entity {id: $key}) } AS n';
const EXISTS_RELATION = 'WITH $row AS row RETURN COUNT { MATCH (a:Entity {id: row.source})-[r]->(b:Entity {id: row.target}) WHERE type(r) = row.type } AS n';

const SUMMARY = `
CALL () { MATCH (e:Entity) RETURN 'entities' AS kind, coalesce(e.reviewState, 'proposed') AS state, count(*) AS n
  UNION ALL MATCH (:Entity)-[r]->(:Entity) WHERE type(r) <> 'CO_MENTIONED'
  RETURN 'relations' AS kind, coalesce(r.reviewState, 'proposed') AS state, count(*) AS n }
RETURN kind, state, sum(n) AS n`;

export async function reviewSummary(db: Database): Promise<ReviewSummary> {
  const out: ReviewSummary = { relations: { proposed: 0, verified: 0, rejected: 0 }, entities: { proposed: 0, verified: 0, rejected: 0 } };
  for (const r of await db.rows<{ kind: keyof ReviewSummary; state: keyof ReviewSummary['entities']; n: number }>(SUMMARY)) {
    if (r.state in out[r.kind]) out[r.kind][r.state] = r.n;
  }
  return out;
}
