import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../../../src/config.js';
import { corpusFingerprint } from '../../../../importer/fingerprint/corpusFingerprint.js';

const SAMPLE = path.join(PROJECT_ROOT, 'graph-data', 'documents');
const CORRECTIONS = path.join(PROJECT_ROOT, 'graph-data', 'curated', 'corrections.yaml');

describe('corpusFingerprint', () => {
  let copy: string;
  let corrections: string;
  const fingerprint = (curated = true) => corpusFingerprint([copy], { curated, correctionsFile: corrections })!;
  const text = () => fs.readdirSync(copy).filter((f) => f.endsWith('.txt')).sort()[0]!;

  beforeAll(() => {
    copy = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-fingerprint-'));
    fs.cpSync(SAMPLE, copy, { recursive: true });
    corrections = path.join(copy, '..', `${path.basename(copy)}-corrections.yaml`);
    fs.copyFileSync(CORRECTIONS, corrections);
  });
  afterAll(() => {
    fs.rmSync(copy, { recursive: true, force: true });
    fs.rmSync(corrections, { force: true });
  });

  it('names each document as the read stage does, with the SHA-256 of its bytes, and is stable', () => {
    const first = fingerprint();
    expect(first.documents.map((d) => d.id)).toEqual(fs.readdirSync(copy).filter((f) => f.endsWith('.txt')).sort().map((f) => f.slice(0, -4)));
    const bytes = fs.readFileSync(path.join(copy, text()));
    expect(first.documents[0]!.contentHash).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(first.folders).toEqual([path.resolve(copy)]);
    expect(fingerprint()).toEqual(first);
  });

  it('a document change moves only its hash; a sidecar, the corrections or --no-curated move the inputs hash', () => {
    const before = fingerprint();
    fs.appendFileSync(path.join(copy, text()), '\nOne more sentence.\n');
    const edited = fingerprint();
    expect(edited.inputs).toBe(before.inputs);
    expect(edited.documents[0]!.contentHash).not.toBe(before.documents[0]!.contentHash);

    fs.appendFileSync(path.join(copy, text().replace(/\.txt$/, '.meta.yaml')), '\n');
    const sidecar = fingerprint();
    expect(sidecar.inputs).not.toBe(edited.inputs);
    fs.appendFileSync(corrections, '\n');
    expect(fingerprint().inputs).not.toBe(sidecar.inputs);
    expect(fingerprint(false).inputs).not.toBe(fingerprint(true).inputs);
  });

  it('gives up (so the full import reports it) on a missing path or two files of one id', () => {
    expect(corpusFingerprint([path.join(copy, 'missing')], { curated: true, correctionsFile: corrections })).toBeUndefined();
    fs.writeFileSync(path.join(copy, `${text().slice(0, -4)}.md`), '# Same id\n');
    expect(fingerprint()).toBeUndefined();
  });
});
