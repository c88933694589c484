import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkDeadline, DocumentBudgetExceeded, withDocumentBudget } from '../../../../importer/extract/deadline.js';
import { extractCorpus } from '../../../../importer/extractCorpus.js';
import { loadKnowledge } from '../../../../importer/pipeline.js';

const knowledge = loadKnowledge({ curated: false });
const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'document-budget-'));
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

const SENTENCE = 'Kari Lindvall of the Nordic Impact Hub met Lars Brekke from Vestby Kommune and the Arctic Youth Network in Bergen. ';

describe('per-document time budget', () => {
  it('turns a document that outruns its budget into an error diagnostic naming the file, and the batch goes on', async () => {
    const huge = path.join(folder, 'huge.txt');
    const small = path.join(folder, 'small.txt');
    fs.writeFileSync(huge, SENTENCE.repeat(5000));
    fs.writeFileSync(small, 'The Nordic Impact Hub is funded by Vestby Kommune.');
    // A budget spent before the first check: the result cannot depend on the machine's speed.
    const extraction = await extractCorpus([huge, small], { curated: false, knowledge, documentBudgetMs: 0.000001 });
    const errors = extraction.diagnostics.filter((d) => d.severity === 'error');
    expect(errors).toHaveLength(2);
    expect(errors.map((d) => d.file)).toEqual([huge, small]);
    expect(errors[0]!.stage).toBe('extract');
    expect(errors[0]!.message).toMatch(/^extraction exceeded 0\.000001 ms \(stopped in \w[\w ]*\); document skipped/);
    expect(extraction.documents).toEqual([]);
  });

  it('extracts the same documents fully when the budget is ample', async () => {
    const small = path.join(folder, 'ample.txt');
    fs.writeFileSync(small, 'The Nordic Impact Hub is funded by Vestby Kommune.');
    const extraction = await extractCorpus([small], { curated: false, knowledge, documentBudgetMs: 600_000 });
    expect(extraction.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(extraction.documents.map((d) => d.id)).toEqual(['ample']);
    expect(extraction.entities.length).toBeGreaterThan(0);
  });

  it('checkDeadline throws only inside a spent budget, and the budget ends with its work', () => {
    expect(() => checkDeadline('outside')).not.toThrow();
    expect(() => withDocumentBudget(-1, () => checkDeadline('inside'))).toThrow(DocumentBudgetExceeded);
    expect(withDocumentBudget(Infinity, () => (checkDeadline('unlimited'), 'done'))).toBe('done');
    expect(() => checkDeadline('after')).not.toThrow();
  });

  it('names the budget in seconds from one second up', () => {
    expect(new DocumentBudgetExceeded(20_000, 'find names').message).toBe('extraction exceeded 20 s (stopped in find names)');
  });
});
