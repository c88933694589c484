/**
 * One import of a folder as `npm run import` makes it (curated data off, its heap growth limited), in a process of
 * its own, so that bench:corpus measures the importer's memory and CPU alone and not the bench's. Prints one JSON
 * line: wall and CPU time of the whole import and of its extraction, peak RSS, the load path and the summary's counts.
 * usage: tsx tests/bench/importOnce.ts <folder> <workers> <cache dir>
 */
import { loadConfig } from '../../src/config.js';
import { Database } from '../../src/db/database.js';
import { limitHeapGrowth } from '../../importer/cli/importHeap.js';
import { importCorpus } from '../../importer/importCorpus.js';
import { cpuMs, peakRss } from './processStats.js';

const [folder, workers, cacheDir] = process.argv.slice(2);
if (!folder || !workers || !cacheDir) throw new Error('usage: tsx tests/bench/importOnce.ts <folder> <workers> <cache dir>');

async function main(): Promise<void> {
  limitHeapGrowth();
  const db = new Database(loadConfig().neo4j);
  const since = { t: performance.now(), cpu: cpuMs('self') ?? 0 };
  let extracted: { t: number; cpu: number } | undefined;
  try {
    const summary = await importCorpus(db, {
      paths: [folder!],
      curated: false,
      workers: Number(workers),
      cacheDir: cacheDir!,
      onProgress: (p) => {
        if (p.phase === 'extract' && p.done === p.total) extracted = { t: performance.now(), cpu: cpuMs('self') ?? 0 };
      },
    });
    const end = { t: performance.now(), cpu: cpuMs('self') ?? 0 };
    const ms = (to: { t: number; cpu: number }) => ({ wallMs: to.t - since.t, cpuMs: to.cpu - since.cpu });
    process.stdout.write(
      `${JSON.stringify({
        ...ms(end),
        extract: ms(extracted ?? end),
        peakRss: peakRss('self'),
        mode: summary.mode,
        loadPath: summary.loadPath,
        documents: summary.documents,
        diagnostics: summary.diagnostics.length,
      })}\n`,
    );
  } finally {
    await db.close();
  }
}

main().catch((error: unknown) => {
  console.error(`importOnce: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
