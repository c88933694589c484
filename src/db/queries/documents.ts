/** Imported documents: the list, and one document's text with the offsets of every entity it mentions. */
import type { Database } from '../database.js';
import { NotFoundError } from '../../errors.js';
import type { DocumentDetail, DocumentSummary, EntityType } from '../../model/index.js';
import { cypherInt } from './cypherInt.js';

const summaryFields = (d: string) =>
  `${d}.id AS id, coalesce(${d}.title, ${d}.id) AS title, ${d}.language AS language, ${d}.source AS source,
   ${d}.date AS date, ${d}.importedAt AS importedAt`;

const LIST = `
MATCH (d:Document)
WITH d ORDER BY d.title, d.id SKIP $offset LIMIT $limit
RETURN ${summaryFields('d')},
       COLLECT { MATCH (d)-[m:MENTIONS]->(:Entity) RETURN coalesce(m.count, size(m.offsets) / 2) AS c } AS counts`;

const TOTAL = 'MATCH (d:Document) RETURN count(d) AS total';

const DETAIL = `
MATCH (d:Document {id: $id})
RETURN ${summaryFields('d')}, coalesce(d.text, '') AS text,
       COLLECT { MATCH (d)-[m:MENTIONS]->(e:Entity)
                 RETURN {entityId: e.id, name: e.name, type: e.type, offsets: coalesce(m.offsets, [])} AS m } AS mentions`;

type SummaryRow = Omit<DocumentSummary, 'mentionCount'> & { counts: number[] };
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

export async function listDocuments(
  db: Database,
  page: { limit: number; offset: number },
): Promise<{ documents: DocumentSummary[]; total: number }> {
  const [rows, [total]] = await Promise.all([
    db.rows<SummaryRow>(LIST, { limit: cypherInt(page.limit), offset: cypherInt(page.offset) }),
    db.rows<{ total: number }>(TOTAL),
  ]);
  return {
    documents: rows.map(({ counts, ...d }) => ({ ...d, date: d.date ?? null, source: d.source ?? null, mentionCount: sum(counts) })),
    total: total?.total ?? 0,
  };
}

interface DetailRow extends SummaryRow {
  text: string;
  mentions: { entityId: string; name: string; type: EntityType; offsets: number[] }[];
}

/** Mentions come back in reading order; `offsets` is stored flat as [start0, end0, start1, end1, …]. */
export async function getDocument(db: Database, id: string): Promise<DocumentDetail> {
  const [row] = await db.rows<Omit<DetailRow, 'counts'>>(DETAIL, { id });
  if (!row) throw new NotFoundError(`no document with id "${id}"`);
  const mentions = row.mentions
    .flatMap(({ offsets, ...m }) => {
      const spans = [];
      for (let i = 0; i + 1 < offsets.length; i += 2) spans.push({ ...m, start: offsets[i]!, end: offsets[i + 1]! });
      return spans;
    })
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const { text, ...summary } = row;
  return { ...summary, date: row.date ?? null, source: row.source ?? null, mentionCount: mentions.length, text, mentions };
}
