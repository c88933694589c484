/** `npm run eval -- [--no-curated] [--json] [--details] <gold folder> <documents folder>`: scores the extractor. */
import { evaluateCorpus } from '../eval/evaluateCorpus.js';
import { formatCalibration, formatEvaluation } from '../eval/formatEvaluation.js';
import { loadLeadingWords } from '../eval/leadingWords.js';
import { hasErrors, printDiagnostics } from './printDiagnostics.js';
import { parseCommandLine, runCommand, UsageError, type CommandIo } from './runCli.js';

export const EVAL_USAGE = `usage: npm run eval -- [--no-curated] [--json] [--details] [--calibration] <gold folder> <documents folder>
  --no-curated  switch off every curated file (graph-data/curated); the lexicon stays
  --json        print the evaluation as JSON on stdout instead of a table
  --details     list missed and spurious entities and relations per document
  --calibration also print how often relations are right per confidence bin, and at confidence ≥ 0.7`;

/** The explorer's default minimum confidence: what the calibration check promises about. */
const CALIBRATION_FLOOR = 0.7;

export function evalCommand(argv: string[], io: CommandIo): Promise<number> {
  return runCommand(EVAL_USAGE, async () => {
    const { values, positionals } = parseCommandLine(argv, {
      'no-curated': { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      details: { type: 'boolean', default: false },
      calibration: { type: 'boolean', default: false },
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
    if (values.json) io.stdout.write(`${JSON.stringify(evaluation, null, 2)}\n`);
    else {
      io.stdout.write(`${formatEvaluation(evaluation, values.details)}\n`);
      if (values.calibration) io.stdout.write(`\n${formatCalibration(evaluation, CALIBRATION_FLOOR)}\n`);
    }
    return hasErrors(evaluation.diagnostics) ? 1 : 0;
  }, io);
}
