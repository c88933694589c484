/**
 * The explorer in real Chromium over the imported sample corpus, as `npm start` serves it. Each test saves a
 * screenshot to test-results/e2e/.
 */
import fs from 'node:fs';
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { Database } from '../../src/db/database.js';
import { startApiServer } from '../support/apiServer.js';
import { inView, screenshot, searchAndPick, startExplorer, type Explorer } from './support/explorer.js';

let explorer: Explorer;

/** The Danish Red Cross may be named by its Danish or its English name; either is the same entity. */
const RED_CROSS = /Røde Kors|Red Cross/;

/** The UI answers after server round trips: wait for it (the default of one second is too short on a busy machine). */
const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 15_000 });

beforeAll(async () => {
  explorer = await startExplorer();
});

afterAll(async () => {
  await explorer?.close();
});

describe('explorer on the sample corpus', () => {
  it('finds Ashoka by search and shows its Red Cross partnership with the Danish sentence', async () => {
    const page = await explorer.open();
    await searchAndPick(page, 'Ashoka');
    await poll(() => page.locator('.entity-name').textContent()).toBe('Ashoka');
    const partnership = page
      .locator('.relation')
      .filter({ has: page.locator('.relation-head .entity-link', { hasText: RED_CROSS }) })
      .filter({ has: page.locator('.relation-type', { hasText: 'partners with' }) });
    await partnership.first().waitFor();
    const quote = partnership.first().locator('blockquote.evidence[lang="da"]').first();
    await poll(() => quote.count()).toBe(1);
    const sentence = await quote.locator('p').innerText();
    expect(sentence).toContain('Røde Kors');
    expect(await quote.locator('mark.actor').allInnerTexts()).toEqual(expect.arrayContaining(['Røde Kors', 'Ashoka']));
    expect(page.url()).toContain('sel=');
    await screenshot(page, '1-ashoka-red-cross');
  });

  it('selects the first result when Enter is pressed before the suggestions arrive', async () => {
    const page = await explorer.open();
    await page.keyboard.press('/');
    // Typed and entered at once: the suggestions for the text cannot have come back yet.
    await page.keyboard.type('HerSpace');
    await page.keyboard.press('Enter');
    await poll(() => page.locator('.entity-name').textContent()).toBe('HerSpace');
    // The list is gone, not left at "Searching…".
    await poll(() => page.locator('.search-results').count()).toBe(0);
    expect(await page.getByRole('combobox', { name: 'Search entities' }).inputValue()).toBe('');
    await screenshot(page, '1b-enter-before-suggestions');
  });

  it('expands neighbours from the database, and undo takes the expansion back', async () => {
    const page = await explorer.open();
    await searchAndPick(page, 'Ashoka');
    await page.locator('.entity-name', { hasText: 'Ashoka' }).waitFor();
    // Hide a neighbour so that expanding has something to bring back.
    await page.locator('.relation-head .entity-link', { hasText: RED_CROSS }).first().click();
    await page.locator('.entity-name', { hasText: RED_CROSS }).waitFor();
    const before = await inView(page);
    await page.getByRole('button', { name: 'Hide', exact: true }).click();
    await poll(async () => (await inView(page)).nodes).toBe(before.nodes - 1);

    await searchAndPick(page, 'Ashoka');
    await page.locator('.entity-name', { hasText: 'Ashoka' }).waitFor();
    await page.getByRole('button', { name: 'Expand neighbours' }).click();
    await poll(async () => (await inView(page)).nodes).toBe(before.nodes);
    await poll(() => page.locator('.note').allInnerTexts()).toEqual(expect.arrayContaining([expect.stringMatching(/^Added \d+ entit/)]));
    expect(decodeURIComponent(page.url())).toContain('*');
    await screenshot(page, '2-expanded');

    await page.keyboard.press('Control+z');
    await poll(async () => (await inView(page)).nodes).toBe(before.nodes - 1);
  });

  it('finds how HerSpace and Viken fylkeskommune are connected and lists the hops with their sentences', async () => {
    const page = await explorer.open();
    await page.getByRole('tab', { name: /Connections/ }).click();
    const add = page.getByRole('combobox', { name: 'Add an actor to connect' });
    for (const name of ['HerSpace', 'Viken fylkeskommune']) {
      await add.fill(name);
      await page.locator('.search-results [role=option]').first().waitFor();
      await page.keyboard.press('Enter');
    }
    await poll(() => page.locator('.chip').count()).toBe(2);
    await page.getByRole('button', { name: 'Find connection' }).click();
    // Either hops or the "no connection" message: the screenshot shows which, before the assertions.
    await page.locator('.connect .hop, .connect .empty, .connect .error-box').first().waitFor();
    await screenshot(page, '3-connection');
    const hops = page.locator('.hop');
    const texts = await hops.allInnerTexts();
    expect(texts.length, 'the explorer lists no hop between HerSpace and Viken fylkeskommune').toBeGreaterThanOrEqual(1);
    expect(texts[0]).toContain('HerSpace');
    expect(texts.at(-1)).toContain('Viken fylkeskommune');
    expect(await page.locator('.hop blockquote.evidence').count()).toBeGreaterThanOrEqual(texts.length);
    expect(page.url()).toMatch(/[?&]c=/);
  });

  it('filters out Places from the legend, and back undoes the filter', async () => {
    const page = await explorer.open();
    const place = page.locator('.legend li', { hasText: 'Place' });
    const places = Number(await place.locator('.count').innerText());
    expect(places).toBeGreaterThan(0);
    const before = await inView(page);
    await place.locator('.legend-item').click();
    await poll(async () => (await inView(page)).nodes).toBe(before.nodes - places);
    expect(await place.locator('.legend-item').getAttribute('aria-pressed')).toBe('false');
    expect(page.url()).toContain('ht=Place');
    await screenshot(page, '4-no-places');
    await page.goBack();
    await poll(async () => (await inView(page)).nodes).toBe(before.nodes);
  });

  it('exports the current view as GEXF that graphology-gexf reads back', async () => {
    const page = await explorer.open();
    const shown = await inView(page);
    await page.locator('.export-menu summary').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'GEXF' }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.gexf$/);
    const graph = parseGexf(Graph, fs.readFileSync(await download.path(), 'utf8'));
    expect(graph.order).toBe(shown.nodes);
    const labels = graph.mapNodes((_, a) => String(a.label ?? a.name ?? ''));
    expect(labels).toContain('Ashoka');
    await screenshot(page, '5-export-menu');
  });

  it('reopens a copied URL to the same view: selection, filters, connection and camera', async () => {
    const page = await explorer.open();
    await searchAndPick(page, 'Ashoka');
    await page.locator('.entity-name', { hasText: 'Ashoka' }).waitFor();
    await page.locator('.legend li', { hasText: 'Place' }).locator('.legend-item').click();
    await page.getByRole('button', { name: 'Zoom in' }).click();
    // The camera is written to the address once it settles.
    await poll(() => new URL(page.url()).searchParams.get('cam')).not.toBeNull();
    await page.waitForTimeout(600);
    const copied = page.url();
    const view = await inView(page);
    await screenshot(page, '6a-before-reload');

    const again = await explorer.open(new URL(copied).search);
    await again.locator('.entity-name', { hasText: 'Ashoka' }).waitFor();
    expect(await inView(again)).toEqual(view);
    expect(await again.locator('.legend li', { hasText: 'Place' }).locator('.legend-item').getAttribute('aria-pressed')).toBe('false');
    expect(new URL(again.url()).searchParams.get('cam')).toBe(new URL(copied).searchParams.get('cam'));
    expect(new URL(again.url()).searchParams.get('sel')).toBe(new URL(copied).searchParams.get('sel'));
    await screenshot(again, '6b-after-reload');
  });

  it('opens the document reader from an evidence quote and selects an entity from a mention', async () => {
    const page = await explorer.open();
    await searchAndPick(page, 'Ashoka');
    await page.locator('.evidence').first().waitFor();
    await page.getByRole('button', { name: 'Open in document →' }).first().click();
    await page.locator('.reader-text').waitFor();
    expect(await page.locator('.reader-text .in-range').count()).toBeGreaterThan(0);
    const mention = page.locator('.reader-text .mention', { hasText: 'Røde Kors' }).first();
    await mention.click();
    await poll(() => page.locator('.entity-name').textContent()).toMatch(RED_CROSS);
    await screenshot(page, '7-reader');
  });

  it("shows a curated relation's evidence as the curator's note, with no document to open", async () => {
    const page = await explorer.open();
    await searchAndPick(page, 'HerSpace');
    await poll(() => page.locator('.entity-name').textContent()).toBe('HerSpace');
    // graph-data/curated/corrections.yaml adds HerSpace's funding by the grant scheme, with a note as its evidence.
    const note = page.locator('.relation blockquote.evidence.curated').first();
    await note.waitFor();
    await screenshot(page, '9-curated-note');
    expect(await note.innerText()).toContain('curator’s note');
    expect(await note.getByRole('button').count()).toBe(0);
    const group = note.locator('xpath=..');
    expect(await group.locator('.source-label').innerText()).toBe('Added by a curator');
    expect(await group.locator('.doc-link').count()).toBe(0);
  });
});

describe('explorer without its database', () => {
  it('says Neo4j cannot be reached and what to do, instead of an empty graph', async () => {
    const deadDb = new Database(loadConfig({ NEO4J_URI: 'bolt://127.0.0.1:1' }).neo4j);
    const api = await startApiServer({ db: deadDb, uiDir: null });
    try {
      const page = await explorer.browser.newPage({ viewport: { width: 1280, height: 720 } });
      // The UI comes from the healthy server; its API calls go to the one whose database is down.
      await page.route('**/api/**', (route) => route.continue({ url: route.request().url().replace(explorer.url, api.url) }));
      await page.goto(explorer.url);
      await page.waitForFunction(() => document.body.dataset.ready === 'failed');
      const alert = page.getByRole('alert');
      await poll(() => alert.innerText()).toContain('npm run db:start');
      await screenshot(page, '8-neo4j-down');
      await page.close();
    } finally {
      await api.close();
      await deadDb.close();
    }
  });
});
