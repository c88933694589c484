/**
 * The explorer as `npm start` serves it, for browser tests: the sample corpus imported into the test Neo4j, the UI
 * built with Vite, D's API server serving both, and Debian's Chromium driven by playwright-core.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { build } from 'vite';
import { importCorpus } from '../../../importer/importCorpus.js';
import { PROJECT_ROOT } from '../../../src/config.js';
import { launchChromium } from './chromium.js';
import { startApiServer, type ApiServer } from '../../support/apiServer.js';
import { openTestDatabase } from '../../support/testDatabase.js';

export const SCREENSHOTS = path.join(PROJECT_ROOT, 'test-results', 'e2e');

/** Builds the explorer into a fresh directory (never the dist/ui a running server may be serving). */
export async function buildExplorer(): Promise<string> {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'impact-atlas-ui-'));
  await build({ configFile: path.join(PROJECT_ROOT, 'vite.config.ts'), logLevel: 'warn', build: { outDir, emptyOutDir: true, sourcemap: false } });
  return outDir;
}

export interface Explorer {
  url: string;
  api: ApiServer;
  browser: Browser;
  /**
   * A page at 1280×720 (the smallest size the explorer supports), opened at `query` once the app is ready;
   * `storage` is in its localStorage before the app starts.
   */
  open(query?: string, storage?: Record<string, string>): Promise<Page>;
  close(): Promise<void>;
}

export interface ExplorerOptions {
  /** Server settings on top of the test environment (CORPUS_DIR, CURATED_DIR, …). */
  env?: Record<string, string>;
  /** What to import first; default the sample corpus with the repository's curated files. */
  import?: Parameters<typeof importCorpus>[1];
}

export async function startExplorer(options: ExplorerOptions = {}): Promise<Explorer> {
  const db = await openTestDatabase();
  await importCorpus(db, { reset: true, ...options.import });
  const uiDir = await buildExplorer();
  const api = await startApiServer({ db, uiDir, env: options.env });
  const browser = await launchChromium();
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  return {
    url: api.url,
    api,
    browser,
    async open(query = '', storage = {}) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, acceptDownloads: true });
      await context.addInitScript((items) => {
        for (const [key, value] of Object.entries(items)) localStorage.setItem(key, value);
      }, storage);
      const page = await context.newPage();
      await page.goto(`${api.url}/${query}`);
      await waitUntilReady(page);
      return page;
    },
    async close() {
      await browser.close();
      await api.close();
      await db.close();
      fs.rmSync(uiDir, { recursive: true, force: true });
    },
  };
}

/** The app marks the body once it has loaded the overview and applied the link. */
export async function waitUntilReady(page: Page): Promise<void> {
  await page.waitForFunction(() => document.body.dataset.ready !== undefined, null, { timeout: 30_000 });
  const ready = await page.evaluate(() => document.body.dataset.ready);
  if (ready !== 'true') throw new Error(`explorer did not open: ${await page.locator('body').innerText()}`);
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) });
}

/** Entities and links drawn, as the explorer reports them. */
export async function inView(page: Page): Promise<{ nodes: number; edges: number }> {
  const el = page.getByTestId('in-view');
  return { nodes: Number(await el.getAttribute('data-nodes')), edges: Number(await el.getAttribute('data-edges')) };
}

/** Types into the top search box and picks the first hit. */
export async function searchAndPick(page: Page, text: string): Promise<void> {
  await page.keyboard.press('/');
  await page.keyboard.type(text);
  await page.locator('.search-results [role=option]').first().waitFor();
  await page.keyboard.press('Enter');
}
