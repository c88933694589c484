/** Reads one source file into a ReadDocument. */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { DocumentMetadataSchema } from '../../src/model/index.js';
import type { ReadDocument } from '../types.js';

export async function readDocument(file: string): Promise<ReadDocument> {
  const bytes = fs.readFileSync(file);
  const id = path.basename(file).replace(/\.[^.]+$/, '');
  const sidecar = file.replace(/\.[^.]+$/, '.meta.yaml');
  const meta = fs.existsSync(sidecar) ? DocumentMetadataSchema.parse(parseYaml(fs.readFileSync(sidecar, 'utf8'))) : {};
  const text = bytes.toString('utf8');
  return {
    id,
    path: file,
    title: meta.title ?? id,
    language: meta.language ?? 'en',
    source: meta.source ?? null,
    date: meta.date ?? null,
    contentHash: createHash('sha256').update(bytes).digest('hex'),
    text,
    diagnostics: [],
    fatal: false,
  };
}
