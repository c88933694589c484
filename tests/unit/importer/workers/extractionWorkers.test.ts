import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Piscina } from 'piscina';
import { afterAll, describe, expect, it } from 'vitest';
import { extractCorpus, workersFor } from '../../../../importer/extractCorpus.js';
import { extractFile, type FileExtraction } from '../../../../importer/extractFile.js';
import { listDocumentFiles, loadKnowledge } from '../../../../importer/pipeline.js';
import { EXTRACTION_WORKER, extractInParallel, runLength } from '../../../../importer/workers/extractionPool.js';
import type { ExtractionTask } from '../../../../importer/workers/extractionWorker.js';
import { PROJECT_ROOT } from '../../../../src/config.js';
import { SyntheticCorpus } from '../../../bench/corpusDocuments.js';

const corpus = [path.join(PROJECT_ROOT, 'tests/fixtures/realshape-dev/documents'), path.join(PROJECT_ROOT, 'graph-data/documents')];
const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'extraction-workers-'));
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

// workersFromBytes 0: the threads run even on a corpus this small, which on its own would stay in-process.
const extract = (paths: string[], workers: number, documentBudgetMs?: number) =>
  extractCorpus(paths, { curated: true, workers, workersFromBytes: 0, documentBudgetMs });

describe('extraction on worker threads', () => {
  it('gives byte-identical JSON with 1, 2 and 3 workers, the worker threads doing part of the work', async () => {
    // Big enough (some 2 s of work) that the threads, which take about a second to start, get runs of their own.
    const synthetic = path.join(folder, 'synthetic');
    fs.mkdirSync(synthetic, { recursive: true });
    const written = new SyntheticCorpus({ documents: 400, seed: 3 });
    for (let i = 0; i < 400; i++) SyntheticCorpus.write(synthetic, written.document(i));
    const paths = [synthetic, ...corpus];
    const one = JSON.stringify(await extract(paths, 1));
    expect(JSON.parse(one).documents.length).toBeGreaterThan(430);
    const lanes = new Set<number>();
    const files = listDocumentFiles([synthetic]).files;
    const parallel = await extractInParallel({
      files,
      task: { curated: true, budgetMs: Infinity },
      lanes: 2,
      knowledge: () => loadKnowledge({ curated: true }),
      onDone: (_done, _file, lane) => lanes.add(lane),
    });
    expect([...lanes].sort()).toEqual([0, 1]);
    const knowledge = loadKnowledge({ curated: true });
    const inProcess: FileExtraction[] = [];
    for (const f of files) inProcess.push(await extractFile(f, knowledge, Infinity));
    expect(JSON.stringify(parallel.results)).toBe(JSON.stringify(inProcess));
    expect(JSON.stringify(await extract(paths, 2))).toBe(one);
    expect(JSON.stringify(await extract(paths, 3))).toBe(one);
  }, 180_000);

  it('reports broken and over-budget documents from a worker thread with the same diagnostics as in-process', async () => {
    const broken = path.join(folder, 'broken');
    fs.mkdirSync(broken, { recursive: true });
    const good = path.join(broken, 'good.txt');
    fs.writeFileSync(good, 'The Nordic Impact Hub is funded by Vestby Kommune.');
    fs.writeFileSync(path.join(broken, 'binary.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0, 0x14, 0, 0]));
    fs.writeFileSync(path.join(broken, 'latin1.txt'), Buffer.from('Caf\xe9 Nordic Hub', 'latin1'));
    fs.writeFileSync(path.join(broken, 'empty.md'), '');
    fs.writeFileSync(path.join(broken, 'bad.meta.yaml'), 'title: [unclosed\n');
    fs.writeFileSync(path.join(broken, 'bad.txt'), 'Text with a broken sidecar.');
    const files = [...fs.readdirSync(broken).filter((f) => !f.endsWith('.yaml')).map((f) => path.join(broken, f)), path.join(broken, 'missing.txt')];
    const pool = new Piscina<ExtractionTask, FileExtraction[]>({ filename: EXTRACTION_WORKER, minThreads: 1, maxThreads: 1 });
    try {
      const knowledge = loadKnowledge({ curated: true });
      for (const budgetMs of [Infinity, 0.000001]) {
        const inThread = await pool.run({ files, curated: true, budgetMs });
        const inProcess: FileExtraction[] = [];
        for (const f of files) inProcess.push(await extractFile(f, knowledge, budgetMs));
        expect(inThread).toEqual(inProcess);
        const errors = inThread.flatMap((r) => r.diagnostics).filter((d) => d.severity === 'error');
        expect(errors.length).toBeGreaterThanOrEqual(budgetMs === Infinity ? 4 : files.length);
      }
    } finally {
      await pool.destroy();
    }
    const inWorkers = await extract([broken, path.join(broken, 'missing.txt')], 2);
    expect(inWorkers.diagnostics.filter((d) => d.severity === 'error').map((d) => path.basename(d.file))).toEqual(['missing.txt', 'bad.meta.yaml', 'binary.txt', 'empty.md', 'latin1.txt']);
    expect(inWorkers.documents.map((d) => d.id)).toEqual(['good']);
  }, 120_000);

  it('cuts the files into runs: one file each for few, at most 32, about 16 runs per lane', () => {
    expect(runLength(10, 2)).toBe(1);
    expect(runLength(320, 2)).toBe(10);
    expect(runLength(100_000, 2)).toBe(32);
  });

  it('stays in-process for one worker, one file or a small input', () => {
    const files = fs.readdirSync(corpus[1]!).filter((f) => f.endsWith('.txt')).map((f) => path.join(corpus[1]!, f));
    expect(workersFor(files, { workers: 1, workersFromBytes: 0 })).toBe(1);
    expect(workersFor(files.slice(0, 1), { workers: 4, workersFromBytes: 0 })).toBe(1);
    expect(workersFor(files, { workers: 4 })).toBe(1);
    expect(workersFor(files, { workers: 4, workersFromBytes: 0 })).toBe(Math.min(4, files.length));
    expect(() => workersFor(files, { workers: 0 })).toThrow('workers must be a whole number from 1, not 0');
  });
});
