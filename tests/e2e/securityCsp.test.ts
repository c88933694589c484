/**
 * Issue 12: the built explorer runs under the server's Content-Security-Policy: it loads, draws the graph with
 * WebGL, and starts the ForceAtlas2 worker (a blob: URL), with no policy violation reported by Chromium.
 */
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { startApiServer, type ApiServer } from '../support/apiServer.js';
import { seedGraphFixture } from '../support/graphFixture.js';
import { openTestDatabase } from '../support/testDatabase.js';
import { launchChromium } from './support/chromium.js';
import { buildExplorer, waitUntilReady } from './support/explorer.js';

let api: ApiServer;
let browser: Browser;
let uiDir: string;

beforeAll(async () => {
  const db = await openTestDatabase();
  await seedGraphFixture(db);
  uiDir = await buildExplorer();
  api = await startApiServer({ db, uiDir });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  if (api) {
    await api.close();
    await api.db.close();
  }
  if (uiDir) fs.rmSync(uiDir, { recursive: true, force: true });
});

describe('explorer under the Content-Security-Policy', () => {
  it('loads, draws and runs the layout worker without a CSP violation', async () => {
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 720 } })).newPage();
    const violations: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
    });
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        (window as unknown as { cspViolations: string[] }).cspViolations ??= [];
        (window as unknown as { cspViolations: string[] }).cspViolations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}:${e.columnNumber} ${e.sample}`);
      });
    });
    const response = await page.goto(`${api.url}/`);
    expect(response!.headers()['content-security-policy']).toContain("worker-src 'self' blob:");
    await waitUntilReady(page);
    await page.locator('canvas').first().waitFor();
    const layout = page.getByTitle('ForceAtlas2 layout (L)');
    await layout.click();
    await expect.poll(() => layout.getAttribute('aria-pressed'), { timeout: 15_000 }).toBe('true');
    await page.waitForTimeout(1500);
    await layout.click();
    violations.push(...(await page.evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? [])));
    expect(violations).toEqual([]);
  });
});
