/** What the benchmark asks for: seeded samples of real names and ids from the loaded graph. */
import type { Database } from '../../../src/db/database.js';

export interface Workload {
  /** Whole names, unfinished first words, and first words with a typo, in equal parts. */
  searchTerms: string[];
  ids: string[];
  pairs: [string, string][];
}

/** mulberry32, seeded: the same graph gives the same workload. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function withTypo(word: string, rand: () => number): string {
  if (word.length < 5) return word;
  const i = 1 + Math.floor(rand() * (word.length - 2));
  return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
}

export async function sampleWorkload(db: Database, size: number): Promise<Workload> {
  const entities = await db.rows<{ id: string; name: string }>('MATCH (e:Entity) RETURN e.id AS id, e.name AS name ORDER BY e.id');
  const rand = random(7);
  const pick = () => entities[Math.floor(rand() * entities.length)]!;
  const sample = Array.from({ length: size }, pick);
  const searchTerms = sample.map((e, i) => {
    const first = e.name.split(' ')[0]!;
    if (i % 3 === 0) return e.name;
    return i % 3 === 1 ? first.slice(0, Math.max(3, Math.ceil(first.length / 2))) : withTypo(first, rand);
  });
  return { searchTerms, ids: sample.map((e) => e.id), pairs: sample.map((e) => [e.id, pick().id]) };
}
