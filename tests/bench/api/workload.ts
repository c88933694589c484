/** What the benchmark asks for: fixed samples of real names and ids from the loaded graph. */
import type { Database } from '../../../src/db/database.js';

export interface Workload {
  /** Whole names, unfinished first words, and first words with a typo, in equal parts. */
  searchTerms: string[];
  ids: string[];
  pairs: [string, string][];
}

/** Swaps two letters inside the word, at a place that varies with `n`. */
function withTypo(word: string, n: number): string {
  if (word.length < 5) return word;
  const i = 1 + (n % (word.length - 2));
  return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
}

export async function sampleWorkload(db: Database, size: number): Promise<Workload> {
  const entities = await db.rows<{ id: string; name: string }>('MATCH (e:Entity) RETURN e.id AS id, e.name AS name ORDER BY e.id');
  // A prime stride walks the sorted entities evenly and the same way every run.
  const pick = (i: number) => entities[(i * 7919 + 13) % entities.length]!;
  const sample = Array.from({ length: size }, (_, i) => pick(i));
  const searchTerms = sample.map((e, i) => {
    const first = e.name.split(' ')[0]!;
    if (i % 3 === 0) return e.name;
    return i % 3 === 1 ? first.slice(0, Math.max(3, Math.ceil(first.length / 2))) : withTypo(first, i);
  });
  return { searchTerms, ids: sample.map((e) => e.id), pairs: sample.map((e, i) => [e.id, pick(i * 31 + 5).id]) };
}
