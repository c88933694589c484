/** The review queue: claims in one review state, least confident (or best connected) first, with their evidence. */
import type { Database } from '../database.js';
import { cypherInt } from './cypherInt.js';
import { parseEvidence, withReview } from './graphFields.js';
import type { QueuedClaim, ReviewQueue, ReviewQueueQuery } from '../../model/index.js';

/** Enough sentences to judge a claim by; the details panel has the rest. */
const EVIDENCE_SHOWN = 3;

const RELATIONS = `
MATCH (a:Entity)-[r]->(b:Entity) WHERE type(r) <> 'CO_MENTIONED'
RETURN 'relation' AS kind, r.id AS key, coalesce(r.reviewState, 'proposed') AS state, a.id AS source, b.id AS target,
       a.name AS sourceName, b.name AS targetName, type(r) AS type, null AS id, null AS name,
       coalesce(r.confidence, 0.0) AS confidence, coalesce(a.degree, 0) + coalesce(b.degree, 0) AS degree,
       coalesce(r.evidence, [])[..$evidence] AS evidence, r.review AS review`;
// An entity is as doubtful as its surest relation: one with no relation at all comes first.
const ENTITIES = `
MATCH (e:Entity)
RETURN 'entity' AS kind, e.id AS key, coalesce(e.reviewState, 'proposed') AS state, null AS source, null AS target,
       null AS sourceName, null AS targetName, e.type AS type, e.id AS id, e.name AS name,
       reduce(m = 0.0, c IN [(e)-[r]-(:Entity) WHERE type(r) <> 'CO_MENTIONED' | coalesce(r.confidence, 0.0)] | CASE WHEN c > m THEN c ELSE m END) AS confidence,
       coalesce(e.degree, 0) AS degree, [] AS evidence, e.review AS review`;

const ORDER = { confidence: 'confidence ASC, degree DESC, key', degree: 'degree DESC, confidence ASC, key' } as const;

function queueQuery(q: ReviewQueueQuery): string {
  const parts = [...(q.kind !== 'entity' ? [RELATIONS] : []), ...(q.kind !== 'relation' ? [ENTITIES] : [])];
  return `
CALL () { ${parts.join('\nUNION ALL\n')} }
WITH * ORDER BY ${ORDER[q.sort]}
WITH collect({kind: kind, key: key, state: state, source: source, target: target, sourceName: sourceName, targetName: targetName,
              type: type, id: id, name: name, confidence: confidence, degree: degree, evidence: evidence, review: review}) AS claims
RETURN size(claims) AS all, size([c IN claims WHERE c.state <> 'proposed']) AS reviewed,
       [c IN claims WHERE c.state = $state] AS inState`;
}

interface QueueRow {
  all: number;
  reviewed: number;
  inState: (Record<string, unknown> & { evidence: unknown; review?: unknown })[];
}

export async function reviewQueue(db: Database, q: ReviewQueueQuery): Promise<ReviewQueue> {
  const [row] = await db.rows<QueueRow>(queueQuery(q), { state: q.state, evidence: cypherInt(EVIDENCE_SHOWN) });
  const page = row!.inState.slice(q.offset, q.offset + q.limit);
  const claims = page.map((c) => {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(c)) if (v !== null && k !== 'state') out[k] = v;
    out.evidence = parseEvidence(c.evidence);
    out.review = c.review ?? null;
    return withReview(out as QueuedClaim);
  });
  return { claims, total: row!.inState.length, reviewed: row!.reviewed, all: row!.all };
}
