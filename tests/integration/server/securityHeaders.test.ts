/** Issue 12, defect 8: security headers on every answer, and numeric query parameters in decimal digits only. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiServer, type ApiServer } from '../../support/apiServer.js';
import { seedGraphFixture } from '../../support/graphFixture.js';
import { call } from './http.js';
import { graphFingerprint } from './securitySupport.js';

let api: ApiServer;
let before: Awaited<ReturnType<typeof graphFingerprint>>;
beforeAll(async () => {
  api = await startApiServer({ uiDir: null });
  await seedGraphFixture(api.db);
  before = await graphFingerprint(api.db);
});
afterAll(async () => {
  if (api) expect(await graphFingerprint(api.db)).toEqual(before);
  await api?.close();
});

describe('security headers', () => {
  it('sends helmet headers on answers, refusals and errors alike', async () => {
    for (const [method, url] of [['GET', '/api/health'], ['GET', '/api/nothing'], ['GET', '/api/search?q='], ['GET', 'http://x/']] as const) {
      const answer = await fetch(url.startsWith('http') ? api.url + '/%61pi/health' : api.url + url, { method });
      expect(answer.headers.get('x-content-type-options'), url).toBe('nosniff');
      expect(answer.headers.get('x-frame-options'), url).toBe('SAMEORIGIN');
      expect(answer.headers.get('content-security-policy'), url).toContain("default-src 'self'");
      expect(answer.headers.get('referrer-policy'), url).toBe('no-referrer');
    }
  });

  it('serves the explorer under a CSP that allows its own scripts and the layout worker, and nothing foreign', async () => {
    const uiDir = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-ui-'));
    fs.writeFileSync(path.join(uiDir, 'index.html'), '<!doctype html><title>explorer</title>');
    const withUi = await startApiServer({ uiDir, db: api.db });
    try {
      const page = await fetch(withUi.url + '/');
      expect(page.status).toBe(200);
      const csp = page.headers.get('content-security-policy')!;
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("worker-src 'self' blob:");
      expect(csp).not.toContain('upgrade-insecure-requests');
      expect(csp).not.toMatch(/script-src[^;]*unsafe-(inline|eval)/);
    } finally {
      await withUi.close();
      fs.rmSync(uiDir, { recursive: true, force: true });
    }
  });
});

describe('numeric query parameters', () => {
  it('accepts decimal digits only: 0x10, 0b11, 1e3, " 5", 5.0 and -1 are 400 naming the parameter', async () => {
    const cases = [
      '/api/search?q=ashoka&limit=0x10',
      '/api/search?q=ashoka&limit=1e1',
      '/api/search?q=ashoka&limit=%205',
      '/api/search?q=ashoka&limit=5.0',
      '/api/search?q=ashoka&limit=-1',
      '/api/entities/ashoka/neighbours?depth=0b11',
      '/api/entities/ashoka/neighbours?minConfidence=0x1',
      '/api/entities/ashoka/neighbours?minConfidence=1e-1',
      '/api/paths?from=ashoka&to=rode-kors&maxHops=0o7',
      '/api/documents?limit=1e3',
      '/api/documents?offset=Infinity',
      '/api/overview?limit=',
      '/api/review-queue?limit=0x10',
      '/api/review-queue?offset=1e3',
    ];
    for (const url of cases) {
      const answer = await call(api, 'GET', url);
      expect(answer.status, url).toBe(400);
      expect((answer.json as { message: string }).message, url).toMatch(/^query\.\w+: /);
    }
  });

  it('still reads plain decimal numbers', async () => {
    expect((await call(api, 'GET', '/api/search?q=ashoka&limit=16')).status).toBe(200);
    expect((await call(api, 'GET', '/api/entities/ashoka/neighbours?depth=3&minConfidence=0.5')).status).toBe(200);
    expect((await call(api, 'GET', '/api/documents?limit=10&offset=0')).status).toBe(200);
  });
});
