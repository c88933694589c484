/** `npm run extract -- [--no-curated] [--format json|table] [--out FILE] <files or folders…>`: prints the extraction, no Neo4j. */
import fs from 'node:fs';
import { extractCorpus } from '../extractCorpus.js';
import { formatExtractionTable } from './formatExtractionTable.js';
import { printedExtraction } from './printedExtraction.js';
import { hasErrors, printDiagnostics } from './printDiagnostics.js';
import { fileProgress, type Progress } from './progressBar.js';
import { parseCommandLine, parseWorkers, runCommand, UsageError, type CommandIo } from './runCli.js';

export const EXTRACT_USAGE = `usage: npm run extract -- [--no-curated] [--format json|table] [--out FILE] [--workers N] <files or folders…>
  --no-curated     switch off every curated file (graph-data/curated); the lexicon stays
  --workers N      lanes that read, segment and extract: this thread and N-1 worker threads (default:
                   the machine's cores); inputs under 2 MB stay on this thread. The output is the same
                   whatever N is
  --format json    (default) the extraction as JSON on stdout
  --format table   a readable summary instead
  --out FILE       write the output to FILE instead of stdout (npm prints its banner on stdout, so
                   "npm run extract -- docs/ > x.json" would start x.json with it)
Reads .txt, .md, .html, .htm and .pdf (folders recursively). Diagnostics go to stderr.
Exit code: 0 all documents extracted, 1 some document failed or the lexicon is broken, 2 usage error.`;

/** Written once the extraction is complete, so a failed run leaves an earlier file as it was. */
function writeOutput(file: string, text: string): void {
  try {
    fs.writeFileSync(file, text);
  } catch (error) {
    throw new Error(`${file}: cannot write the extraction (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`, { cause: error });
  }
}

/** `root` is where graph-data/ lives (the project by default); tests point it at a broken copy. */
export function extractCommand(argv: string[], io: CommandIo, root?: string): Promise<number> {
  return runCommand(EXTRACT_USAGE, async () => {
    const { values, positionals } = parseCommandLine(argv, {
      'no-curated': { type: 'boolean', default: false },
      format: { type: 'string', default: 'json' },
      workers: { type: 'string' },
      out: { type: 'string' },
    });
    if (values.format !== 'json' && values.format !== 'table') throw new UsageError(`--format must be json or table, not "${values.format}"`);
    if (positionals.length === 0) throw new UsageError('name at least one file or folder');
    let progress: Progress | undefined;
    const extraction = await extractCorpus(positionals, {
      curated: !values['no-curated'],
      root,
      workers: parseWorkers(values.workers),
      onProgress: (done, total) => {
        progress ??= fileProgress(total, io.stderr);
        progress.update(done, total);
      },
    });
    progress?.stop();
    printDiagnostics(extraction.diagnostics, io.stderr);
    const out = values.format === 'json' ? JSON.stringify(printedExtraction(extraction), null, 2) : formatExtractionTable(extraction);
    if (values.out) writeOutput(values.out, `${out}\n`);
    else io.stdout.write(`${out}\n`);
    return hasErrors(extraction.diagnostics) ? 1 : 0;
  }, io);
}
