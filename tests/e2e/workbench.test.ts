/**
 * The workbench in real Chromium against the real server: add an article through the page, review claims, correct
 * the graph, re-import from the command line and find every change still there. The corpus and curated folders are
 * temporary copies (CORPUS_DIR, CURATED_DIR): the repository's graph-data is never written. Screenshots go to
 * test-results/e2e/.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { PROJECT_ROOT } from '../../src/config.js';
import { testEnv } from '../support/testDatabase.js';
import { inView, screenshot, searchAndPick, startExplorer, type Explorer } from './support/explorer.js';

const run = promisify(execFile);
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'impact-atlas-workbench-'));
const corpusDir = path.join(work, 'documents');
const curatedDir = path.join(work, 'curated');
const articleFile = path.join(work, 'upload', 'harbour-makers-lab.txt');
const env = { CORPUS_DIR: corpusDir, CURATED_DIR: curatedDir };
const REVIEWER = 'Kari Nordmann';

/** An article no corpus holds: its actors exist only once it is added through the page. */
const ARTICLE = `Harbour Makers Lab opens a second workshop

The Harbour Makers Lab in Tromsø is funded by the Fjordlys Foundation. The lab partners with Arctic Circular Network to train young repair technicians.

Harbour Makers Lab was founded by Ingrid Solberg in 2021. The Fjordlys Fund also supports Arctic Circular Network.
`;

let explorer: Explorer;

/** The UI answers after server round trips (an import takes seconds): wait for it. */
const poll = <T>(read: () => T | Promise<T>, timeout = 20_000) => expect.poll(read, { timeout });

/** A page whose browser already knows the reviewer's name (the test of the dialog that asks for it opens its own). */
const openAsReviewer = (query = ''): Promise<Page> => explorer.open(query, { 'impact-atlas-reviewer': REVIEWER });

async function pickEntity(page: Page, name: string): Promise<void> {
  await searchAndPick(page, name);
  await poll(() => page.locator('.entity-name').textContent()).toBe(name);
}

/** The relation in the details panel whose other end is named `other`. */
const relationWith = (page: Page, other: string): Locator =>
  page.locator('.relation').filter({ has: page.locator('.relation-head .entity-link', { hasText: other }) });

beforeAll(async () => {
  fs.cpSync(path.join(PROJECT_ROOT, 'graph-data', 'documents'), corpusDir, { recursive: true });
  // More claims than the sample corpus's eighty, for the hundred reviewed with the keyboard.
  fs.cpSync(path.join(PROJECT_ROOT, 'tests', 'fixtures', 'heldout', 'documents'), corpusDir, { recursive: true });
  fs.cpSync(path.join(PROJECT_ROOT, 'graph-data', 'curated'), curatedDir, { recursive: true });
  fs.mkdirSync(path.dirname(articleFile), { recursive: true });
  fs.writeFileSync(articleFile, ARTICLE);
  explorer = await startExplorer({ env, import: { paths: [corpusDir], correctionsFile: path.join(curatedDir, 'corrections.yaml') } });
});

afterAll(async () => {
  await explorer?.close();
  fs.rmSync(work, { recursive: true, force: true });
});

describe('workbench', () => {
  it('adds a new article through the page and shows its actors with the sentences that name them', async () => {
    const page = await openAsReviewer();
    const before = await inView(page);
    await page.getByRole('button', { name: 'Add documents' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add documents' });
    await dialog.getByLabel('Choose files').setInputFiles(articleFile);
    await dialog.getByRole('button', { name: 'Import 1 file' }).click();
    await poll(() => dialog.locator('.import-summary').count(), 90_000).toBe(1);
    expect(await dialog.locator('.import-document').getAttribute('data-stage')).toBe('done');
    expect(await dialog.locator('.import-summary').innerText()).toMatch(/^\d+ new entit(y|ies), \d+ new relations?/);
    await screenshot(page, 'wb-1-import-summary');

    // The same file again changes nothing; a pasted text with its title is a document too.
    await dialog.getByLabel('Choose files').setInputFiles(articleFile);
    await dialog.getByRole('button', { name: 'Import 1 file' }).click();
    await poll(() => dialog.locator('.import-document').getAttribute('data-stage'), 90_000).toBe('unchanged');
    await dialog.getByRole('tab', { name: 'Paste text' }).click();
    await dialog.getByLabel('Title', { exact: true }).fill('Repair cafés in Bodø');
    await dialog.getByLabel('Text', { exact: true }).fill('The Bodø Repair Café is run by the Nordland Makers Association.\n');
    await dialog.getByRole('button', { name: 'Import text' }).click();
    await poll(() => dialog.locator('.import-document').getAttribute('data-stage'), 90_000).toBe('done');
    await dialog.getByRole('button', { name: 'Close' }).click();

    // The new actors are in the graph without a reload.
    await poll(async () => (await inView(page)).nodes).toBeGreaterThan(before.nodes);
    await pickEntity(page, 'Harbour Makers Lab');
    const funding = relationWith(page, 'Fjordlys Foundation');
    await funding.first().waitFor();
    expect(await funding.locator('blockquote.evidence p').first().innerText()).toContain('funded by the Fjordlys Foundation');
    expect(fs.readdirSync(corpusDir).some((f) => f.includes('harbour-makers-lab'))).toBe(true);
    await screenshot(page, 'wb-2-new-actor-evidence');
    await page.context().close();
  });

  it('rejects one relation and verifies another; rejected relations leave the graph until the filter shows them', async () => {
    // A fresh browser: the reviewer's name is asked for once, then kept.
    const page = await explorer.open();
    await pickEntity(page, 'Harbour Makers Lab');
    const located = relationWith(page, 'Tromsø');
    await located.first().waitFor();
    const before = await inView(page);

    await located.getByRole('button', { name: 'Reject' }).click();
    const ask = page.getByRole('dialog', { name: 'Who is reviewing?' });
    await ask.getByLabel('Your name').fill(REVIEWER);
    await ask.getByRole('button', { name: 'Continue' }).click();
    await poll(() => located.locator('.review-badge').innerText()).toContain('rejected');
    await poll(async () => (await inView(page)).edges).toBe(before.edges - 1);
    expect(await page.evaluate(() => localStorage.getItem('impact-atlas-reviewer'))).toBe(REVIEWER);

    const funding = relationWith(page, 'Fjordlys Foundation');
    await funding.getByRole('button', { name: 'note…' }).click();
    await funding.getByLabel('Review note').fill('Stated in the opening paragraph');
    await funding.getByRole('button', { name: 'Verify' }).click();
    await poll(() => funding.locator('.review-badge').innerText()).toContain('verified');
    expect(await funding.locator('.review-badge').innerText()).toContain('Stated in the opening paragraph');
    expect(await ask.count()).toBe(0);

    await page.getByRole('checkbox', { name: /Rejected/ }).check();
    await poll(async () => (await inView(page)).edges).toBe(before.edges);
    await screenshot(page, 'wb-3-reviewed');
    await page.context().close();
  });

  it('merges two entities after showing what will move, and renames one', async () => {
    const page = await openAsReviewer();
    await pickEntity(page, 'Fjordlys Foundation');
    await page.getByRole('button', { name: 'Merge…' }).click();
    const other = page.getByRole('combobox', { name: 'Entity to merge with' });
    await other.fill('Fjordlys Fund');
    await page.locator('.correction-form .search-results [role=option]', { hasText: 'Fjordlys Fund' }).first().click();
    const preview = page.locator('.merge-preview');
    await poll(() => preview.innerText()).toMatch(/Fjordlys Fund goes into Fjordlys Foundation: \d+ relations? moves?/);
    await screenshot(page, 'wb-4-merge-preview');
    await page.getByRole('button', { name: 'Merge', exact: true }).click();
    await poll(() => page.locator('.aliases li').allInnerTexts()).toContain('Fjordlys Fund');
    await poll(() => relationWith(page, 'Arctic Circular Network').count()).toBe(1);

    await page.getByRole('button', { name: 'Rename' }).click();
    await page.getByLabel('New name').fill('Fjordlys Foundation for Repair');
    await page.getByRole('button', { name: 'Save name' }).click();
    await poll(() => page.locator('.entity-name').textContent()).toBe('Fjordlys Foundation for Repair');
    await screenshot(page, 'wb-5-merged-renamed');

    // Each correction is a step of the scene's undo: undo takes the rename back on the server too, redo makes it again.
    await page.keyboard.press('Control+z');
    await poll(() => page.locator('.entity-name').textContent()).toBe('Fjordlys Foundation');
    await page.keyboard.press('Control+Shift+z');
    await poll(() => page.locator('.entity-name').textContent()).toBe('Fjordlys Foundation for Repair');
    await page.context().close();
  });

  it('adds a relation between two selected entities, with the note as its evidence', async () => {
    const page = await openAsReviewer('?sel=ingrid-solberg,arctic-circular-network');
    await poll(() => page.locator('.entity-name').textContent()).toBe('Arctic Circular Network');
    await page.getByRole('button', { name: 'Add relation…' }).click();
    await page.getByLabel('Relation type').selectOption('MEMBER_OF');
    await page.getByLabel(/^Note/).fill('Listed as a board member on the network page');
    await page.getByRole('button', { name: 'Add relation', exact: true }).click();
    const added = relationWith(page, 'Ingrid Solberg').filter({ has: page.locator('.source-label', { hasText: 'Added by a curator' }) });
    await added.first().waitFor();
    expect(await added.locator('.relation-type').innerText()).toBe('has member');
    expect(await added.locator('blockquote.evidence.curated').innerText()).toContain('Listed as a board member on the network page');
    await screenshot(page, 'wb-5b-relation-added');
    await page.context().close();
  });

  it('keeps every review and correction through `npm run import`, in readable YAML in the curated folder', async () => {
    // A review of what a document no longer says: the document leaves the corpus, its review stays and needs attention.
    const before = await openAsReviewer();
    await pickEntity(before, 'Nordland Makers Association');
    await before.locator('.entity-head').getByRole('button', { name: 'Verify' }).click();
    await poll(() => before.locator('.entity-head .review-badge').innerText()).toContain('verified');
    await before.context().close();
    const pasted = fs.readdirSync(corpusDir).find((f) => fs.readFileSync(path.join(corpusDir, f), 'utf8').includes('Nordland Makers Association'));
    expect(pasted, 'the pasted text is stored in the corpus folder').toBeDefined();
    const stem = pasted!.split('.')[0]!;
    for (const f of fs.readdirSync(corpusDir)) if (f.split('.')[0] === stem) fs.rmSync(path.join(corpusDir, f));

    const { stdout, stderr } = await run('npx', ['tsx', 'importer/cli/import.ts'], {
      cwd: PROJECT_ROOT,
      env: { ...testEnv(), ...env },
      timeout: 240_000,
    });
    console.log(`npm run import: ${`${stdout}\n${stderr}`.trim().split('\n').slice(-3).join(' | ')}`);

    const page = await openAsReviewer();
    await pickEntity(page, 'Fjordlys Foundation for Repair');
    expect(await page.locator('.aliases li').allInnerTexts()).toEqual(expect.arrayContaining(['Fjordlys Foundation', 'Fjordlys Fund']));
    await pickEntity(page, 'Harbour Makers Lab');
    await poll(() => relationWith(page, 'Fjordlys Foundation for Repair').locator('.review-badge').innerText()).toContain('verified');
    expect(await relationWith(page, 'Tromsø').count()).toBe(0);
    await page.getByRole('checkbox', { name: /Rejected/ }).check();
    await poll(() => relationWith(page, 'Tromsø').locator('.review-badge').innerText()).toContain('rejected');
    await screenshot(page, 'wb-6-after-reimport');
    await page.getByRole('tab', { name: 'Attention' }).click();
    await page.getByRole('heading', { name: 'Needs attention' }).waitFor();
    const stale = page.locator('.attention-item', { hasText: 'nordland-makers-association' });
    await stale.first().waitFor();
    expect(await stale.first().locator('code').innerText()).toMatch(/\.yaml:\d+$/);
    await screenshot(page, 'wb-6b-needs-attention');

    const files = fs.readdirSync(curatedDir).filter((f) => f.endsWith('.yaml'));
    const text = files.map((f) => fs.readFileSync(path.join(curatedDir, f), 'utf8')).join('\n');
    expect(text).toContain(REVIEWER);
    expect(text, 'a review that matches nothing is kept, not dropped').toContain('nordland-makers-association');
    const lists = files.map((f) => parseYaml(fs.readFileSync(path.join(curatedDir, f), 'utf8')) as Record<string, unknown>);
    const items = (kind: RegExp) => lists.flatMap((doc) => Object.entries(doc ?? {}).flatMap(([k, v]) => (kind.test(k) && Array.isArray(v) ? v : [])));
    expect(items(/^merge/)).toContainEqual(expect.objectContaining({ from: 'fjordlys-fund', into: 'fjordlys-foundation', by: REVIEWER }));
    expect(items(/^rename/)).toContainEqual(expect.objectContaining({ entity: 'fjordlys-foundation', name: 'Fjordlys Foundation for Repair' }));
    expect(items(/^reject/)).toContainEqual(expect.objectContaining({ source: 'harbour-makers-lab', type: 'LOCATED_IN', target: 'tromsø', by: REVIEWER }));
    expect(items(/^add/)).toContainEqual(
      expect.objectContaining({ source: 'ingrid-solberg', type: 'MEMBER_OF', target: 'arctic-circular-network', note: 'Listed as a board member on the network page' }),
    );
    expect(items(/^verif/)).toContainEqual(
      expect.objectContaining({ source: 'harbour-makers-lab', type: 'FUNDED_BY', target: 'fjordlys-foundation', note: 'Stated in the opening paragraph' }),
    );
    // Readable: YAML a person can diff, not JSON written into a .yaml file.
    expect(text).not.toMatch(/^\s*[[{]"/m);
    await page.context().close();
  });

  it('reviews a hundred claims with the keyboard in the review queue', async () => {
    const page = await openAsReviewer();
    await page.getByRole('tab', { name: 'Review' }).click();
    const queue = page.getByRole('listbox', { name: 'Claims to review' });
    await page.locator('.review-queue .queue, .review-queue .error-box, .review-queue .empty').first().waitFor({ timeout: 60_000 });
    await screenshot(page, 'wb-7a-review-queue');
    const progress = page.getByTestId('queue-progress');
    const [reviewed = 0, all = 0] = (await progress.innerText()).match(/[\d,]+/g)!.map((n) => Number(n.replace(/,/g, '')));
    expect(all - reviewed, 'not enough claims left to review a hundred').toBeGreaterThanOrEqual(100);
    await queue.focus();
    await page.keyboard.press('j');
    await poll(() => queue.locator('[aria-selected=true]').getAttribute('data-index')).toBe('1');
    await page.keyboard.press('k');
    await poll(() => queue.locator('[aria-selected=true]').getAttribute('data-index')).toBe('0');

    const started = performance.now();
    for (let i = 0; i < 100; i++) await page.keyboard.press(i % 5 === 4 ? 'r' : 'v');
    await poll(() => progress.innerText(), 60_000).toBe(`${reviewed + 100} of ${all} reviewed`);
    const ms = performance.now() - started;
    console.log(`reviewed 100 claims with the keyboard in ${(ms / 1000).toFixed(1)} s (${(ms / 100).toFixed(0)} ms a claim, page and API together)`);
    await screenshot(page, 'wb-7b-review-queue-done');
    // e opens the claim's entity in the details panel, where it can be corrected.
    await page.keyboard.press('e');
    await poll(() => page.getByRole('tab', { name: 'Details' }).getAttribute('aria-selected')).toBe('true');
    await page.getByRole('button', { name: 'Rename' }).waitFor();
    await page.context().close();

    // The server holds them all: a fresh page counts the same.
    const again = await openAsReviewer('?panel=review');
    await poll(() => again.getByTestId('queue-progress').innerText()).toBe(`${reviewed + 100} of ${all} reviewed`);
    await again.context().close();
  });
});
