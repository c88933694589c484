/** Entity search over names and aliases: the full-text index (folding, prefixes, typos) plus a name-prefix match. */
import type { Database } from '../database.js';
import type { EntityType, GraphNode, SearchHit } from '../../model/index.js';
import { cypherInt } from './cypherInt.js';
import { nodeFields, withReview } from './graphFields.js';
import { buildLuceneQuery, foldName, searchTerms } from './luceneQuery.js';

/**
 * Hits whose whole name starts with what was typed rank first: the user is typing that name. The bonus only needs
 * to exceed any Lucene score these short name fields produce.
 */
const NAME_PREFIX_BONUS = 100;

/**
 * Exact and prefix matches first; only when there are none, a second look that tolerates typos ($fuzzy, null when
 * no word can be fuzzy). Fuzzy matching costs Lucene far more than the rest, and someone typing a name correctly
 * should not pay for it. Both looks are one statement, so a typo costs one round trip, not two.
 */
const SEARCH = `
CALL () {
  CALL db.index.fulltext.queryNodes('entity_names', $lucene, {limit: $fetch}) YIELD node, score
  RETURN node, score
  UNION ALL
  MATCH (node:Entity) WHERE node.nameFolded STARTS WITH $prefix
  WITH node LIMIT $fetch
  RETURN node, $bonus AS score
}
WITH node, sum(score) AS score
WHERE $types IS NULL OR node.type IN $types
WITH collect({node: node, score: score}) AS strict
CALL (strict) {
  WITH strict WHERE size(strict) = 0 AND $fuzzy IS NOT NULL
  CALL db.index.fulltext.queryNodes('entity_names', $fuzzy, {limit: $fetch}) YIELD node, score
  WITH node, score WHERE $types IS NULL OR node.type IN $types
  RETURN collect({node: node, score: score}) AS fuzzy
}
UNWIND strict + fuzzy AS hit
WITH hit.node AS node, hit.score AS score
ORDER BY score DESC, node.degree DESC, node.id
LIMIT $limit
RETURN ${nodeFields('node')} AS node, score`;

const STOPWORDS = `CALL db.index.fulltext.listAvailableAnalyzers() YIELD analyzer, stopwords
WHERE analyzer = 'standard-folding' RETURN stopwords`;

// The analyzer's stop words never change while a server runs: ask once per database.
const stopwordCache = new WeakMap<Database, Promise<ReadonlySet<string>>>();

function stopwords(db: Database): Promise<ReadonlySet<string>> {
  let cached = stopwordCache.get(db);
  if (!cached) {
    cached = db.rows<{ stopwords: string[] }>(STOPWORDS).then((rows) => new Set(rows[0]?.stopwords ?? []));
    cached.catch(() => stopwordCache.delete(db));
    stopwordCache.set(db, cached);
  }
  return cached;
}

/** The name or alias that best explains a hit: the one containing most of the typed words (the name on ties). */
export function matchedName(query: string, name: string, aliases: readonly string[]): string {
  const terms = searchTerms(query);
  let best = name;
  let bestScore = -1;
  for (const candidate of [name, ...aliases]) {
    const words = searchTerms(candidate);
    const score = terms.filter((t) => words.some((w) => w.startsWith(t))).length;
    if (score > bestScore) [best, bestScore] = [candidate, score];
  }
  return best;
}

export async function searchEntities(
  db: Database,
  q: string,
  opts: { types?: EntityType[]; limit: number },
): Promise<SearchHit[]> {
  const words = await stopwords(db);
  const lucene = buildLuceneQuery(q, words);
  if (lucene === null) return [];
  const fuzzy = buildLuceneQuery(q, words, true);
  // A type filter is applied after the index lookup, so fetch more candidates when there is one.
  const fetch = opts.types?.length ? opts.limit * 20 : opts.limit * 3;
  const rows = await db.rows<{ node: GraphNode; score: number }>(SEARCH, {
    lucene,
    fuzzy: fuzzy === lucene ? null : fuzzy,
    prefix: foldName(q).replace(/\s+/g, ' ').trim(),
    bonus: NAME_PREFIX_BONUS,
    fetch: cypherInt(fetch),
    types: opts.types?.length ? opts.types : null,
    limit: cypherInt(opts.limit),
  });
  return rows.map(({ node, score }) => ({ ...withReview(node), score, matched: matchedName(q, node.name, node.aliases) }));
}
