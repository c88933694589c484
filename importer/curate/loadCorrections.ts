/** Reads the corrections file (YAML, zod-validated; errors name file:line). A missing file means no corrections. */
import fs from 'node:fs';
import path from 'node:path';
import { dataDirs } from '../../src/config.js';
import { parseDataDocument } from '../read/loadDataFile.js';
import { CorrectionsFileSchema, NO_CORRECTIONS, type CorrectionKind, type Corrections } from './correctionsSchema.js';

/** graph-data/curated/corrections.yaml, or the one in CURATED_DIR. */
export const DEFAULT_CORRECTIONS_FILE = dataDirs().correctionsFile;

export function loadCorrections(file: string = DEFAULT_CORRECTIONS_FILE): Corrections {
  if (!fs.existsSync(file)) return NO_CORRECTIONS;
  const relative = path.relative(process.cwd(), file);
  const shown = relative && !relative.startsWith('..') ? relative : file;
  const source = fs.readFileSync(file, 'utf8');
  const { data, lineAt } = parseDataDocument(shown, source, CorrectionsFileSchema.nullable());
  const lineOf = (kind: CorrectionKind, index: number): number => lineAt([kind, index]);
  // An empty file (or one holding only comments) parses to null: no corrections.
  return { ...(data ?? CorrectionsFileSchema.parse({})), file: shown, lineOf };
}
