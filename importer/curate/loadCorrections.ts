/** Reads the corrections file (YAML, zod-validated; errors name file:line). A missing file means no corrections. */
import fs from 'node:fs';
import path from 'node:path';
import { LineCounter, isNode, parseDocument } from 'yaml';
import { PROJECT_ROOT } from '../../src/config.js';
import { parseDataText } from '../read/loadDataFile.js';
import { CorrectionsFileSchema, NO_CORRECTIONS, type CorrectionKind, type Corrections } from './correctionsSchema.js';

export const DEFAULT_CORRECTIONS_FILE = path.join(PROJECT_ROOT, 'graph-data', 'curated', 'corrections.yaml');

export function loadCorrections(file: string = DEFAULT_CORRECTIONS_FILE): Corrections {
  if (!fs.existsSync(file)) return NO_CORRECTIONS;
  const relative = path.relative(process.cwd(), file);
  const shown = relative && !relative.startsWith('..') ? relative : file;
  const source = fs.readFileSync(file, 'utf8');
  // An empty file (or one holding only comments) parses to null: treat it as no corrections.
  const data = parseDataText(shown, source, CorrectionsFileSchema.nullable()) ?? CorrectionsFileSchema.parse({});
  const lines = new LineCounter();
  const doc = parseDocument(source, { lineCounter: lines });
  const lineOf = (kind: CorrectionKind, index: number): number => {
    const node = doc.getIn([kind, index], true);
    return isNode(node) && node.range ? lines.linePos(node.range[0]).line : 1;
  };
  return { ...data, file: shown, lineOf };
}
