import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EntityDetailSchema, ImportJobAcceptedSchema, ImportJobSchema, type ImportJob } from '../../../src/model/index.js';
import { startApiServer, type ApiServer } from '../../support/apiServer.js';
import { call, ok } from './http.js';
import { proposed, relationClaim, startWorld, type World } from './workbenchSetup.js';

let world: World;
beforeAll(async () => {
  world = await startWorld();
});
afterAll(async () => world?.close());

/** Every file under the world's folder (corpus, curated, and anything a bad upload might have put beside them). */
const filesUnder = (dir: string) => fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort();

async function upload(api: ApiServer, files: { name: string; data: Buffer | string }[], headers: Record<string, string> = {}) {
  const form = new FormData();
  for (const f of files) form.append('files', new Blob([typeof f.data === 'string' ? f.data : new Uint8Array(f.data)]), f.name);
  const res = await fetch(`${api.url}/api/documents`, { method: 'POST', body: form, headers });
  return { status: res.status, json: (await res.json()) as Record<string, unknown> };
}

async function finished(jobId: string): Promise<ImportJob> {
  for (;;) {
    const job = await ok(world.api, ImportJobSchema, 'GET', `/api/imports/${jobId}`);
    if (job.state !== 'running') return job;
    await new Promise((r) => setTimeout(r, 200));
  }
}

const ARTICLE = `Nordlys Impact Fund backs a new lab in Tromsø

The Nordlys Impact Fund has given a grant to the Fjordby Community Lab. The Fjordby Community Lab is located in Tromsø.
The Fjordby Community Lab partners with Arctic Social Ventures to train young founders.
`;

describe('adding documents', () => {
  it('a new article is stored in the corpus folder, imported, and its actors appear; the same content again changes nothing', async () => {
    const answer = await upload(world.api, [{ name: 'nordlys fund (draft).txt', data: ARTICLE }]);
    expect(answer.status).toBe(202);
    const job = await finished(ImportJobAcceptedSchema.parse(answer.json).jobId);
    expect(job).toMatchObject({ state: 'done', documents: [{ name: 'nordlys fund (draft).txt', file: 'nordlys-fund-draft.txt', stage: 'done', diagnostics: [] }] });
    expect(fs.readFileSync(path.join(world.corpusDir, 'nordlys-fund-draft.txt'), 'utf8')).toBe(ARTICLE);
    expect(job.summary!.newEntities).toBeGreaterThan(0);
    const id = job.summary!.entityIds.find((e) => e.includes('fjordby'))!;
    const detail = await ok(world.api, EntityDetailSchema, 'GET', `/api/entities/${encodeURIComponent(id)}`);
    expect(detail.documents.map((d) => d.id)).toContain('nordlys-fund-draft');

    const again = await upload(world.api, [{ name: 'copy.txt', data: ARTICLE }]);
    const repeat = await finished(ImportJobAcceptedSchema.parse(again.json).jobId);
    expect(repeat.documents).toEqual([{ name: 'copy.txt', file: 'nordlys-fund-draft.txt', stage: 'unchanged', diagnostics: [] }]);
    expect(fs.existsSync(path.join(world.corpusDir, 'copy.txt'))).toBe(false);
  });

  it('pasted text is stored with its title and imported', async () => {
    const answer = await call(world.api, 'POST', '/api/documents', { title: 'Pasted note', text: 'The Fjordby Community Lab is a member of the Arctic Makers Network.', language: 'en' });
    expect(answer.status).toBe(202);
    const job = await finished(ImportJobAcceptedSchema.parse(answer.json).jobId);
    expect(job.documents[0]).toMatchObject({ file: 'Pasted-note.txt', stage: 'done' });
    expect(fs.readFileSync(path.join(world.corpusDir, 'Pasted-note.meta.yaml'), 'utf8')).toContain('title: Pasted note');
  });

  it('a document that fails to read is reported with file and line; the others of the request are imported', async () => {
    const broken = '---\ntitle: Broken\nautor: Nobody\n---\nThe Broken Lab is in Umeå.\n';
    const answer = await upload(world.api, [
      { name: 'broken.md', data: broken },
      { name: 'fine.txt', data: 'The Kvarken Climate Network is based in Vaasa. It partners with the Umeå Energy Lab.' },
    ]);
    const job = await finished(ImportJobAcceptedSchema.parse(answer.json).jobId);
    expect(job.state).toBe('done');
    expect(job.documents).toEqual([
      { name: 'broken.md', file: 'broken.md', stage: 'failed', diagnostics: [expect.objectContaining({ severity: 'error', file: 'broken.md', line: 3, message: expect.stringContaining('autor') })] },
      { name: 'fine.txt', file: 'fine.txt', stage: 'done', diagnostics: [] },
    ]);
    expect(job.summary!.entityIds.length).toBeGreaterThan(0);
  });

  it('a binary file, a 50 MB file, a path for a name and 200 files each get a clear 4xx and write nothing', async () => {
    const before = filesUnder(world.dir);
    const refusals = [
      [await upload(world.api, [{ name: 'photo.txt', data: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]) }]), 415, /"photo\.txt" holds binary data/],
      [await upload(world.api, [{ name: 'report.pdf', data: 'not a pdf at all' }]), 415, /does not start like a PDF/],
      [await upload(world.api, [{ name: 'huge.txt', data: Buffer.alloc(50 * 1024 * 1024, 'a') }]), 413, /"huge\.txt" is larger than 10485760 bytes/],
      [await upload(world.api, [{ name: '../../etc/passwd', data: 'root:x:0:0' }]), 415, /only \.txt, \.md, \.html, \.htm, \.pdf files/],
      [await upload(world.api, Array.from({ length: 200 }, (_, i) => ({ name: `note-${i}.txt`, data: `Note ${i}` }))), 413, /at most 50 files per request/],
    ] as const;
    for (const [answer, status, message] of refusals) {
      expect(answer.status, JSON.stringify(answer.json)).toBe(status);
      expect(answer.json.message).toMatch(message);
    }
    expect(filesUnder(world.dir)).toEqual(before);
    expect(fs.existsSync(path.join(world.dir, '..', 'etc'))).toBe(false);
  });

  it('a name with folders in it is stored by its last part, inside the corpus folder', async () => {
    const answer = await upload(world.api, [{ name: '../../outside/escape.md', data: '# Escape\n\nThe Escape Collective is based in Bergen.\n' }]);
    expect(answer.status).toBe(202);
    await finished(ImportJobAcceptedSchema.parse(answer.json).jobId);
    expect(fs.existsSync(path.join(world.corpusDir, 'escape.md'))).toBe(true);
    expect(fs.existsSync(path.join(world.dir, 'outside'))).toBe(false);
  });
});

describe('the OpenAPI document', () => {
  it('describes every workbench route, and files or JSON for POST /api/documents', async () => {
    const doc = (await call(world.api, 'GET', '/api/openapi.json')).json as { paths: Record<string, Record<string, { requestBody?: { content: object } }>> };
    for (const url of ['/api/documents', '/api/imports/{jobId}', '/api/reviews', '/api/reviews/summary', '/api/review-queue', '/api/attention', '/api/corrections', '/api/corrections/{id}/undo', '/api/corrections/preview']) {
      expect(doc.paths[url], url).toBeDefined();
    }
    expect(Object.keys(doc.paths['/api/documents']!.post!.requestBody!.content)).toEqual(['application/json', 'multipart/form-data']);
  });
});

describe('with API_TOKEN set', () => {
  let guarded: ApiServer;
  beforeAll(async () => {
    guarded = await startApiServer({ db: world.api.db, uiDir: null, env: { CORPUS_DIR: world.corpusDir, CURATED_DIR: path.dirname(world.correctionsFile), API_TOKEN: 'a-long-enough-token' } });
  });
  afterAll(async () => guarded?.close());

  it('writes without the token are refused and change nothing; with it they go through', async () => {
    const before = fs.readFileSync(world.correctionsFile, 'utf8');
    const [c] = await proposed(world.api, 'relation');
    const body = { claim: relationClaim(c!), state: 'verified', by: 'Ann' };
    expect((await call(guarded, 'POST', '/api/reviews', body)).status).toBe(401);
    expect((await call(guarded, 'POST', '/api/corrections', { kind: 'rename', entity: c!.source, name: 'X', by: 'Ann' })).status).toBe(401);
    expect((await upload(guarded, [{ name: 'a.txt', data: 'The Token Lab is in Oslo.' }])).status).toBe(401);
    expect(fs.readFileSync(world.correctionsFile, 'utf8')).toBe(before);
    expect(fs.existsSync(path.join(world.corpusDir, 'a.txt'))).toBe(false);
    expect((await call(guarded, 'POST', '/api/reviews', body, { authorization: 'Bearer a-long-enough-token' })).status).toBe(200);
  });
});
