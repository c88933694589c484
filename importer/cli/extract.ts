/** `npm run extract -- [--no-curated] [--format json|table] <files or folders…>`: prints the extraction, no Neo4j. */
import { extractCorpus } from '../extractCorpus.js';
import { formatExtractionTable } from './formatExtractionTable.js';
import { printedExtraction } from './printedExtraction.js';
import { hasErrors, printDiagnostics } from './printDiagnostics.js';
import { fileProgress, type Progress } from './progressBar.js';
import { parseCommandLine, runCli, UsageError } from './runCli.js';

const USAGE = `usage: npm run extract -- [--no-curated] [--format json|table] <files or folders…>
  --no-curated     switch off every curated file (graph-data/curated); the lexicon stays
  --format json    (default) the extraction as JSON on stdout
  --format table   a readable summary instead
Reads .txt, .md, .html, .htm and .pdf (folders recursively). Diagnostics go to stderr.
Exit code: 0 all documents extracted, 1 some document failed, 2 usage error.`;

runCli(USAGE, async () => {
  const { values, positionals } = parseCommandLine(process.argv.slice(2), {
    'no-curated': { type: 'boolean', default: false },
    format: { type: 'string', default: 'json' },
  });
  if (values.format !== 'json' && values.format !== 'table') throw new UsageError(`--format must be json or table, not "${values.format}"`);
  if (positionals.length === 0) throw new UsageError('name at least one file or folder');
  let progress: Progress | undefined;
  const extraction = await extractCorpus(positionals, {
    curated: !values['no-curated'],
    onProgress: (done, total) => {
      progress ??= fileProgress(total);
      progress.update(done, total);
    },
  });
  progress?.stop();
  printDiagnostics(extraction.diagnostics);
  const out = values.format === 'json' ? JSON.stringify(printedExtraction(extraction), null, 2) : formatExtractionTable(extraction);
  process.stdout.write(`${out}\n`);
  return hasErrors(extraction.diagnostics) ? 1 : 0;
});
