/**
 * `npm run calibrate -- [--dry-run]`: measures how often each extraction mechanism is right on the annotated sets
 * named in graph-data/eval/calibration.yaml (curated data off) and writes the figures back, so that every relation's
 * confidence is its mechanism's measured precision. Run it after changing extraction rules or the sets.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Document, isMap, isSeq } from 'yaml';
import { PROJECT_ROOT } from '../../src/config.js';
import { CalibrationFileSchema, type CalibrationFile } from '../calibrate/calibrationSchema.js';
import { measureMechanisms } from '../calibrate/measureMechanisms.js';
import { evaluateCorpus } from '../eval/evaluateCorpus.js';
import { loadLeadingWords } from '../eval/leadingWords.js';
import { CALIBRATION_FILE } from '../lexicon/loadKnowledge.js';
import { loadDataFile } from '../read/loadDataFile.js';
import { hasErrors, printDiagnostics } from './printDiagnostics.js';
import { parseCommandLine, runCommand, UsageError, type CommandIo } from './runCli.js';

export const CALIBRATE_USAGE = `usage: npm run calibrate -- [--dry-run]
  measures each extraction mechanism's precision on the sets listed in ${CALIBRATION_FILE} (curated data off)
  and writes the figures there; extraction then gives each relation its mechanism's precision as confidence
  --dry-run  print the figures, write nothing`;

const HEADER = `# Written by \`npm run calibrate\`: how often each extraction mechanism (importer/extract/relations, frames) was
# right on the annotated sets below, curated data off. A relation's confidence is (correct + 1) / (predicted + 2) of
# its mechanism for its relation type when that was judged at least 8 times, else of the mechanism over all types.
# Edit \`sets\` to measure on other annotated documents, then run the command again; do not edit the counts by hand.
`;

/** Each set and each figure on a line of its own: a refresh reads as a diff of counts. */
function oneItemPerLine(calibrated: CalibrationFile): string {
  const doc = new Document(calibrated);
  for (const list of [doc.get('sets'), doc.get('mechanisms')]) {
    if (isSeq(list)) for (const item of list.items) if (isMap(item)) item.flow = true;
  }
  return doc.toString({ lineWidth: 0 });
}

export function calibrateCommand(argv: string[], io: CommandIo, root = PROJECT_ROOT): Promise<number> {
  return runCommand(CALIBRATE_USAGE, async () => {
    const { values, positionals } = parseCommandLine(argv, { 'dry-run': { type: 'boolean', default: false } });
    if (positionals.length) throw new UsageError('calibrate takes no folders: list the sets in the calibration file');
    const file = path.join(root, CALIBRATION_FILE);
    if (!fs.existsSync(file)) throw new UsageError(`${CALIBRATION_FILE} is missing: it names the sets to measure on`);
    const { sets } = loadDataFile(file, CalibrationFileSchema);
    const judgements = [];
    let failed = false;
    for (const set of sets) {
      const evaluation = await evaluateCorpus({
        goldFolder: path.join(root, set.gold),
        documentsFolder: path.join(root, set.documents),
        curated: false,
        leadingWords: loadLeadingWords(),
      });
      printDiagnostics(evaluation.diagnostics, io.stderr);
      failed ||= hasErrors(evaluation.diagnostics);
      judgements.push(...evaluation.documents.flatMap((d) => d.judgements));
    }
    const calibrated: CalibrationFile = { sets, mechanisms: measureMechanisms(judgements) };
    const text = HEADER + oneItemPerLine(calibrated);
    if (values['dry-run']) io.stdout.write(text);
    else {
      // Through a temporary file: an interrupted run leaves the old figures, never half a file.
      fs.writeFileSync(`${file}.tmp`, text);
      fs.renameSync(`${file}.tmp`, file);
      io.stdout.write(`calibrate: ${judgements.length} judged relations from ${sets.length} sets, ${calibrated.mechanisms.length} figures written to ${CALIBRATION_FILE}\n`);
    }
    return failed ? 1 : 0;
  }, io);
}
