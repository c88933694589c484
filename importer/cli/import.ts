/** `npm run import`: extracts the documents and loads them into Neo4j, with a progress bar and a summary. */
import fs from 'node:fs';
import cliProgress from 'cli-progress';
import { loadConfig } from '../../src/config.js';
import { Database } from '../../src/db/database.js';
import { ExtractionSchema, type Extraction } from '../../src/model/index.js';
import { importCorpus } from '../importCorpus.js';
import { formatSummary } from '../load/importSummary.js';
import { limitHeapGrowth } from './importHeap.js';
import { LOAD_PATHS, type LoadPath } from '../load/loadPath.js';
import { hasErrors, printDiagnostics } from './printDiagnostics.js';
import { parseCommandLine, parseWorkers, runCli, UsageError } from './runCli.js';

const USAGE = `usage: npm run import -- [--no-curated] [--reset] [--workers N] [--load-path unwind|admin] [--extraction <file.json>] [files or folders…]
  Extracts the documents (default: graph-data/documents/) and loads them into Neo4j. Unchanged documents are
  skipped; changed ones are replaced; documents gone from an imported folder are removed.
  --no-curated            ignore graph-data/curated (aliases and corrections)
  --reset                 empty the graph first
  --workers N             lanes that extract: this thread and N-1 worker threads (default: the machine's
                          cores; inputs under 2 MB stay on this thread). Unchanged files' extractions come
                          from IMPORT_CACHE_DIR (default .cache/extraction; off: none)
  --load-path unwind|admin  how a first load (empty graph or --reset) is written: UNWIND batches, or
                          neo4j-admin import into the local server (stopped meanwhile); default by size,
                          always UNWIND when NEO4J_URI is set
  --extraction <file>     load an extraction written by "npm run extract" instead of extracting`;

function readExtraction(file: string): Extraction {
  let data: unknown;
  try {
    data = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    // `npm run extract -- … > file` puts npm's banner ("> impact-atlas@… extract") before the JSON.
    const banner = fs.existsSync(file) && fs.readFileSync(file, 'utf8').startsWith('\n>') ? '; it starts with npm\'s banner: write it with "npm run extract -- --out <file> …"' : '';
    throw new Error(`${file}: cannot read an extraction: ${(error as Error).message.split('\n')[0]}${banner}`, { cause: error });
  }
  const parsed = ExtractionSchema.safeParse(data);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  throw new Error(`${file}: not an extraction: ${issue.path.join('.')}: ${issue.message}`);
}

runCli(USAGE, async () => {
  limitHeapGrowth();
  const { values, positionals } = parseCommandLine(process.argv.slice(2), {
    'no-curated': { type: 'boolean', default: false },
    reset: { type: 'boolean', default: false },
    extraction: { type: 'string' },
    workers: { type: 'string' },
    'load-path': { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (values.extraction && positionals.length > 0) throw new UsageError('give either --extraction or files and folders, not both');
  const loadPath = values['load-path'];
  if (loadPath !== undefined && !LOAD_PATHS.includes(loadPath as LoadPath)) throw new UsageError(`--load-path must be one of ${LOAD_PATHS.join(', ')}, not "${loadPath}"`);
  const extraction = values.extraction ? readExtraction(values.extraction) : undefined;
  const db = new Database(loadConfig().neo4j);
  const bar = new cliProgress.SingleBar(
    { stream: process.stderr, format: '{phase} [{bar}] {value}/{total}', hideCursor: true, clearOnComplete: true },
    cliProgress.Presets.shades_classic,
  );
  let phase = '';
  try {
    const summary = await importCorpus(db, {
      paths: positionals,
      curated: !values['no-curated'],
      reset: values.reset,
      workers: parseWorkers(values.workers),
      loadPath: loadPath as LoadPath | undefined,
      extraction,
      onProgress: (p) => {
        if (p.phase !== phase) {
          if (phase) bar.stop();
          phase = p.phase;
          bar.start(p.total, 0, { phase: p.phase.padEnd(11) });
        }
        bar.update(p.done);
      },
    });
    bar.stop();
    printDiagnostics(summary.diagnostics, process.stderr);
    process.stdout.write(`${formatSummary(summary)}\n`);
    return hasErrors(summary.diagnostics) ? 1 : 0;
  } finally {
    bar.stop();
    await db.close();
  }
});
