/** `npm run eval -- [--no-curated] [--json] [--details] <gold folder> <documents folder>`: scores the extractor. */
import { evaluateCorpus } from '../eval/evaluateCorpus.js';
import { formatEvaluation } from '../eval/formatEvaluation.js';
import { loadLeadingWords } from '../eval/leadingWords.js';
import { hasErrors, printDiagnostics } from './printDiagnostics.js';
import { parseCommandLine, runCommand, UsageError, type CommandIo } from './runCli.js';

export const EVAL_USAGE = `usage: npm run eval -- [--no-curated] [--json] [--details] <gold folder> <documents folder>
  --no-curated  switch off every curated file (graph-data/curated); the lexicon stays
  --json        print the evaluation as JSON on stdout instead of a table
  --details     list missed and spurious entities and relations per document`;

export function evalCommand(argv: string[], io: CommandIo): Promise<number> {
  return runCommand(EVAL_USAGE, async () => {
    const { values, positionals } = parseCommandLine(argv, {
      'no-curated': { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      details: { type: 'boolean', default: false },
    });
    if (positionals.length !== 2) throw new UsageError('expected a gold folder and a documents folder');
    const [goldFolder, documentsFolder] = positionals as [string, string];
    const evaluation = await evaluateCorpus({
      goldFolder,
      documentsFolder,
      curated: !values['no-curated'],
      leadingWords: loadLeadingWords(),
    });
    printDiagnostics(evaluation.diagnostics, io.stderr);
    io.stdout.write(values.json ? `${JSON.stringify(evaluation, null, 2)}\n` : `${formatEvaluation(evaluation, values.details)}\n`);
    return hasErrors(evaluation.diagnostics) ? 1 : 0;
  }, io);
}
