import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { extractCorpus, workersFor } from '../../../../importer/extractCorpus.js';
import { PROJECT_ROOT } from '../../../../src/config.js';

const corpus = [path.join(PROJECT_ROOT, 'tests/fixtures/realshape-dev/documents'), path.join(PROJECT_ROOT, 'graph-data/documents')];
const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'extraction-workers-'));
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

// workersFromBytes 0: the threads run even on a corpus this small, which on its own would stay in-process.
const extract = (paths: string[], workers: number, documentBudgetMs?: number) =>
  extractCorpus(paths, { curated: true, workers, workersFromBytes: 0, documentBudgetMs });

describe('extraction on worker threads', () => {
  it('gives byte-identical JSON with 1, 2 and 3 workers', async () => {
    const [one, two, three] = [JSON.stringify(await extract(corpus, 1)), JSON.stringify(await extract(corpus, 2)), JSON.stringify(await extract(corpus, 3))];
    expect(JSON.parse(one).documents.length).toBeGreaterThan(30);
    expect(two).toBe(one);
    expect(three).toBe(one);
  }, 120_000);

  it('reports a broken or over-budget document from a worker with the same diagnostics as in-process, and goes on', async () => {
    const good = path.join(folder, 'good.txt');
    fs.writeFileSync(good, 'The Nordic Impact Hub is funded by Vestby Kommune.');
    fs.writeFileSync(path.join(folder, 'binary.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0, 0x14, 0, 0]));
    fs.writeFileSync(path.join(folder, 'latin1.txt'), Buffer.from('Caf\xe9 Nordic Hub', 'latin1'));
    fs.writeFileSync(path.join(folder, 'empty.md'), '');
    fs.writeFileSync(path.join(folder, 'bad.meta.yaml'), 'title: [unclosed\n');
    fs.writeFileSync(path.join(folder, 'bad.txt'), 'Text with a broken sidecar.');
    const paths = [folder, path.join(folder, 'missing.txt')];
    const inProcess = await extract(paths, 1);
    const inWorkers = await extract(paths, 2);
    expect(inProcess.diagnostics.filter((d) => d.severity === 'error').map((d) => path.basename(d.file))).toEqual(['missing.txt', 'bad.meta.yaml', 'binary.txt', 'empty.md', 'latin1.txt']);
    expect(inWorkers.diagnostics).toEqual(inProcess.diagnostics);
    expect(inWorkers.documents.map((d) => d.id)).toEqual(['good']);

    const overBudget = await extract([good, corpus[1]!], 2, 0.000001);
    expect(overBudget.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message)).toEqual(
      (await extract([good, corpus[1]!], 1, 0.000001)).diagnostics.filter((d) => d.severity === 'error').map((d) => d.message),
    );
    expect(overBudget.diagnostics[0]!.message).toMatch(/^extraction exceeded 0\.000001 ms/);
  }, 120_000);

  it('stays in-process for one worker, one file or a small input', () => {
    const files = fs.readdirSync(corpus[1]!).filter((f) => f.endsWith('.txt')).map((f) => path.join(corpus[1]!, f));
    expect(workersFor(files, { workers: 1, workersFromBytes: 0 })).toBe(1);
    expect(workersFor(files.slice(0, 1), { workers: 4, workersFromBytes: 0 })).toBe(1);
    expect(workersFor(files, { workers: 4 })).toBe(1);
    expect(workersFor(files, { workers: 4, workersFromBytes: 0 })).toBe(Math.min(4, files.length));
    expect(() => workersFor(files, { workers: 0 })).toThrow('workers must be a whole number from 1, not 0');
  });
});
