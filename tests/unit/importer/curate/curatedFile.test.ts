import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CuratedFile } from '../../../../importer/curate/curatedFile.js';

const fileWith = (text: string) => {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'curated-')), 'corrections.yaml');
  fs.writeFileSync(file, text);
  return file;
};
const at = '2026-03-01T12:00:00.000Z';

describe('CuratedFile', () => {
  it('keeps what a person wrote, one item per line, and the last review of a claim wins', async () => {
    const file = fileWith('# Written by hand: keep me\nrename:\n  - {entity: a-org, name: A}  # and me\n');
    const curated = new CuratedFile(file);
    await Promise.all([
      curated.setReview({ kind: 'relation', source: 'b-org', type: 'PARTNERS_WITH', target: 'a-org' }, { state: 'verified', by: 'Ann', at }),
      curated.setReview({ kind: 'relation', source: 'a-org', type: 'PARTNERS_WITH', target: 'b-org' }, { state: 'rejected', by: 'Bo', at, note: 'no: "see p. 2"' }),
      curated.setReview({ kind: 'entity', id: 'a-org' }, { state: 'verified', by: 'Ann', at }),
    ]);
    expect(fs.readFileSync(file, 'utf8')).toBe(
      '# Written by hand: keep me\nrename:\n  - { entity: a-org, name: A } # and me\n' +
        `reject:\n  - { source: a-org, type: PARTNERS_WITH, target: b-org, by: Bo, at: ${at}, note: 'no: "see p. 2"' }\n` +
        `verify:\n  - { entity: a-org, by: Ann, at: ${at} }\n`,
    );
    await curated.setReview({ kind: 'entity', id: 'a-org' }, { state: 'proposed', by: 'Ann', at });
    expect(curated.read().verify).toEqual([]);
  });

  it('picks up a hand edit made between two writes, and undoes a correction by its id', async () => {
    const file = fileWith('');
    const curated = new CuratedFile(file);
    const id = await curated.addCorrection('alias', { entity: 'a-org', alias: 'AO', by: 'Ann', at });
    fs.appendFileSync(file, 'retype:\n  - {entity: a-org, type: Network}\n');
    expect(await curated.addCorrection('alias', { entity: 'a-org', alias: 'AO', by: 'Bo', at })).toBe(id);
    expect(curated.read()).toMatchObject({ alias: [{ entity: 'a-org', alias: 'AO', by: 'Bo' }], retype: [{ entity: 'a-org', type: 'Network' }] });
    expect((await curated.removeCorrection(id))?.kind).toBe('alias');
    expect(fs.readFileSync(file, 'utf8')).toBe('retype:\n  - { entity: a-org, type: Network }\n');
  });

  it('refuses to write over a file that does not validate, naming its line', async () => {
    const file = fileWith('merge:\n  - {from: a-org}\n');
    await expect(new CuratedFile(file).setReview({ kind: 'entity', id: 'a-org' }, { state: 'verified', by: 'Ann', at })).rejects.toThrow(/corrections\.yaml:2: "merge\.0\.into"/);
    expect(fs.readFileSync(file, 'utf8')).toBe('merge:\n  - {from: a-org}\n');
  });
});
