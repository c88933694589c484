import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCorrections } from '../../../importer/curate/loadCorrections.js';
import { PROJECT_ROOT } from '../../../src/config.js';
import {
  AttentionSchema,
  CorrectionListSchema,
  CorrectionPreviewSchema,
  CorrectionResultSchema,
  EntityDetailSchema,
  GraphSliceSchema,
  ReviewResultSchema,
  ReviewSummarySchema,
  type QueuedClaim,
} from '../../../src/model/index.js';
import { call, fails, ok } from './http.js';
import { proposed, relationClaim, startWorld, type World } from './workbenchSetup.js';

let world: World;
beforeAll(async () => {
  world = await startWorld();
});
afterAll(async () => world?.close());

const review = (claim: object, state: string, by: string, note?: string) => call(world.api, 'POST', '/api/reviews', { claim, state, by, note });

/** The review the entity's details show on the relation `c`, or undefined while it is proposed. */
async function reviewOnGraph(c: QueuedClaim) {
  const detail = await ok(world.api, EntityDetailSchema, 'GET', `/api/entities/${encodeURIComponent(c.source!)}`);
  const edge = detail.relations.find((r) => r.id === c.key);
  expect(edge, `relation ${c.key} in the details of ${c.source}`).toBeDefined();
  return edge!.review;
}

describe('reviews', () => {
  it('concurrent reviews of one claim: the last write wins, reviews of other claims are all kept, the file stays valid YAML', async () => {
    const claims = await proposed(world.api, 'relation');
    expect(claims.length).toBeGreaterThan(5);
    const [contested, ...others] = claims;
    const sameClaim = Array.from({ length: 20 }, (_, i) => review(relationClaim(contested!), i % 2 ? 'verified' : 'rejected', `Person ${i}`));
    const otherClaims = others.slice(0, 5).map((c) => review(relationClaim(c), 'verified', 'Other'));
    const answers = await Promise.all([...sameClaim, ...otherClaims]);
    expect(answers.map((a) => a.status)).toEqual(answers.map(() => 200));

    const file = loadCorrections(world.correctionsFile);
    const listed = [...file.verify, ...file.reject].filter((c) => 'source' in c && `${c.source}>${c.type}>${c.target}` === contested!.key);
    expect(listed).toHaveLength(1);
    // The writes are serialised: what the file and the graph hold is the review answered last (latest time).
    const reviews = answers.slice(0, 20).map((a) => ReviewResultSchema.parse(a.json).review!);
    const latest = reviews.map((r) => r.at).sort().at(-1);
    const stored = listed[0]!;
    const state = file.verify.includes(stored) ? 'verified' : 'rejected';
    expect(reviews.filter((r) => r.at === latest)).toContainEqual(expect.objectContaining({ state, by: stored.by, at: stored.at }));
    expect(await reviewOnGraph(contested!)).toMatchObject({ state, by: stored.by, at: stored.at });
    for (const c of others.slice(0, 5)) expect((await reviewOnGraph(c))?.state).toBe('verified');
    expect(file.verify.filter((c) => c.by === 'Other')).toHaveLength(5);
    expect(() => parse(fs.readFileSync(world.correctionsFile, 'utf8'))).not.toThrow();
  });

  it('a later review replaces an earlier one, and proposed takes it off', async () => {
    const [c] = (await proposed(world.api, 'relation')).slice(-1);
    await review(relationClaim(c!), 'verified', 'Ann');
    const rejected = ReviewResultSchema.parse((await review(relationClaim(c!), 'rejected', 'Bo', 'the sentence says the opposite')).json);
    expect(rejected.review).toMatchObject({ state: 'rejected', by: 'Bo', note: 'the sentence says the opposite' });
    expect(await reviewOnGraph(c!)).toMatchObject({ state: 'rejected', by: 'Bo' });
    expect(ReviewResultSchema.parse((await review(relationClaim(c!), 'proposed', 'Bo')).json).review).toBeUndefined();
    expect(await reviewOnGraph(c!)).toBeUndefined();
  });

  it("an entity's details carry its own review", async () => {
    const [e] = await proposed(world.api, 'entity', 1);
    expect((await review({ kind: 'entity', id: e!.id }, 'verified', 'Ann', 'checked on the web page')).status).toBe(200);
    const detail = await ok(world.api, EntityDetailSchema, 'GET', `/api/entities/${encodeURIComponent(e!.id!)}`);
    expect(detail.entity.review).toMatchObject({ state: 'verified', by: 'Ann', note: 'checked on the web page' });
  });

  it('rejected relations leave graph answers unless the filter asks for them, then they come back marked', async () => {
    const [c] = await proposed(world.api, 'relation', 1);
    await review(relationClaim(c!), 'rejected', 'Ann');
    const url = `/api/entities/${encodeURIComponent(c!.source!)}/neighbours`;
    expect((await ok(world.api, GraphSliceSchema, 'GET', url)).edges.map((e) => e.id)).not.toContain(c!.key);
    const all = await ok(world.api, GraphSliceSchema, 'GET', `${url}?reviewStates=proposed,verified,rejected`);
    expect(all.edges.find((e) => e.id === c!.key)?.review).toMatchObject({ state: 'rejected', by: 'Ann' });
    const summary = await ok(world.api, ReviewSummarySchema, 'GET', '/api/reviews/summary');
    expect(summary.relations.rejected).toBeGreaterThanOrEqual(1);
  });

  it('a review of a claim the graph lacks is a 404 and writes nothing', async () => {
    const before = fs.readFileSync(world.correctionsFile, 'utf8');
    const answer = await fails(world.api, 'POST', '/api/reviews', { claim: { kind: 'entity', id: 'no-such-entity' }, state: 'verified', by: 'Ann' });
    expect(answer).toMatchObject({ status: 404, message: 'the graph has no entity "no-such-entity"' });
    expect(fs.readFileSync(world.correctionsFile, 'utf8')).toBe(before);
  });
});

describe('corrections', () => {
  it('rename and merge are stored as readable YAML, applied at once, and undone', async () => {
    const [a, b] = await proposed(world.api, 'entity');
    const preview = await ok(world.api, CorrectionPreviewSchema, 'GET', `/api/corrections/preview?kind=merge&from=${encodeURIComponent(a!.id!)}&into=${encodeURIComponent(b!.id!)}`);
    expect(preview.names).toContain(a!.name);

    const merged = await ok(world.api, CorrectionResultSchema, 'POST', '/api/corrections', { kind: 'merge', from: a!.id, into: b!.id, by: 'Ann', note: 'the same actor' });
    expect(merged.affected.entityIds).toEqual(expect.arrayContaining([a!.id, b!.id]));
    expect((await call(world.api, 'GET', `/api/entities/${encodeURIComponent(a!.id!)}`)).status).toBe(404);
    const kept = await ok(world.api, EntityDetailSchema, 'GET', `/api/entities/${encodeURIComponent(b!.id!)}`);
    expect(kept.entity.aliases).toContain(a!.name);

    await ok(world.api, CorrectionResultSchema, 'POST', '/api/corrections', { kind: 'rename', entity: b!.id, name: 'Renamed By Hand', by: 'Ann' });
    expect((await ok(world.api, EntityDetailSchema, 'GET', `/api/entities/${encodeURIComponent(b!.id!)}`)).entity.name).toBe('Renamed By Hand');
    const yaml = fs.readFileSync(world.correctionsFile, 'utf8');
    expect(yaml).toMatch(new RegExp(`- \\{ from: ${a!.id}, into: ${b!.id}, by: Ann, note: the same actor, at: `));
    // The comments a person wrote stay.
    expect(yaml.split('\n')[0]).toBe(fs.readFileSync(path.join(PROJECT_ROOT, 'graph-data', 'curated', 'corrections.yaml'), 'utf8').split('\n')[0]);

    await ok(world.api, CorrectionResultSchema, 'POST', `/api/corrections/${merged.correction.id}/undo`);
    expect((await ok(world.api, EntityDetailSchema, 'GET', `/api/entities/${encodeURIComponent(a!.id!)}`)).entity.id).toBe(a!.id);
    const list = await ok(world.api, CorrectionListSchema, 'GET', '/api/corrections');
    expect(list.corrections.map((c) => c.kind)).not.toContain('merge');
    expect(list.corrections.find((c) => c.kind === 'rename')).toMatchObject({ entity: b!.id, name: 'Renamed By Hand', by: 'Ann' });
  });

  it('a split takes a merged entity back out as its own, and undoing the split merges it again', async () => {
    const entities = await proposed(world.api, 'entity');
    const [a, b] = entities.slice(-2);
    await ok(world.api, CorrectionResultSchema, 'POST', '/api/corrections', { kind: 'merge', from: a!.id, into: b!.id, by: 'Ann' });
    const split = await ok(world.api, CorrectionResultSchema, 'POST', '/api/corrections', { kind: 'split', entity: b!.id, name: a!.name, by: 'Bo', note: 'two actors' });
    expect(split.affected.entityIds).toContain(a!.id);
    expect((await ok(world.api, EntityDetailSchema, 'GET', `/api/entities/${encodeURIComponent(a!.id!)}`)).entity.name).toBe(a!.name);
    expect((await ok(world.api, EntityDetailSchema, 'GET', `/api/entities/${encodeURIComponent(b!.id!)}`)).entity.aliases).not.toContain(a!.name);
    await ok(world.api, CorrectionResultSchema, 'POST', `/api/corrections/${split.correction.id}/undo`);
    expect((await call(world.api, 'GET', `/api/entities/${encodeURIComponent(a!.id!)}`)).status).toBe(404);
    const merge = (await ok(world.api, CorrectionListSchema, 'GET', '/api/corrections')).corrections.find((c) => c.kind === 'merge' && c.from === a!.id)!;
    await ok(world.api, CorrectionResultSchema, 'POST', `/api/corrections/${merge.id}/undo`);
  });

  it('a correction naming an entity the graph lacks is a 404', async () => {
    expect(await fails(world.api, 'POST', '/api/corrections', { kind: 'retype', entity: 'ghost-entity', type: 'Place', by: 'Ann' })).toMatchObject({ status: 404 });
  });
});

describe('bad input', () => {
  it('malformed reviews and corrections are a 400 naming the field, and write nothing', async () => {
    const before = fs.readFileSync(world.correctionsFile, 'utf8');
    const bad: [string, unknown, RegExp][] = [
      ['/api/reviews', { claim: { kind: 'entity', id: '../../etc' }, state: 'verified', by: 'Ann' }, /body\.claim\.id: entity id must be a lowercase slug/],
      ['/api/reviews', { claim: { kind: 'relation', source: 'a', type: 'LIKES', target: 'b' }, state: 'verified', by: 'Ann' }, /body\.claim\.type/],
      ['/api/reviews', { claim: { kind: 'entity', id: 'a' }, state: 'maybe', by: 'Ann' }, /body\.state/],
      ['/api/reviews', { claim: { kind: 'entity', id: 'a' }, state: 'verified', by: '   ' }, /body\.by/],
      ['/api/corrections', { kind: 'delete', entity: 'a', by: 'Ann' }, /body\.kind/],
      ['/api/corrections', { kind: 'rename', entity: 'a', by: 'Ann' }, /body\.name/],
      ['/api/corrections', { kind: 'add', source: 'a', type: 'SUPPORTS', target: 'b', by: 'Ann' }, /body\.note/],
      ['/api/corrections', { kind: 'merge', from: 'a', into: 'a', by: 'Ann' }, /merged into itself/],
    ];
    for (const [url, body, message] of bad) {
      const answer = await fails(world.api, 'POST', url, body);
      expect(answer.status, JSON.stringify(body)).toBe(400);
      expect(answer.message).toMatch(message);
    }
    expect(await fails(world.api, 'POST', '/api/corrections/nope/undo')).toMatchObject({ status: 404 });
    expect(await fails(world.api, 'GET', '/api/imports/nope')).toMatchObject({ status: 404 });
    expect(fs.readFileSync(world.correctionsFile, 'utf8')).toBe(before);
  });
});

describe('the corrections file edited by hand', () => {
  it('a correction that matches nothing is listed in /api/attention with file, line and reason', async () => {
    const before = fs.readFileSync(world.correctionsFile, 'utf8');
    fs.writeFileSync(world.correctionsFile, `${before}\nretype:\n  - {entity: ghost-entity, type: Place}\n`);
    try {
      const lines = fs.readFileSync(world.correctionsFile, 'utf8').split('\n');
      const line = lines.findIndex((l) => l.includes('ghost-entity')) + 1;
      const { items } = await ok(world.api, AttentionSchema, 'GET', '/api/attention');
      expect(items).toContainEqual({ kind: 'retype', item: 'retype ghost-entity as Place', reason: expect.stringContaining('ghost-entity'), file: expect.stringContaining('corrections.yaml'), line });
    } finally {
      fs.writeFileSync(world.correctionsFile, before);
    }
  });

  it('an error in it gives a clear message with file and line, writes are refused, and the server keeps serving', async () => {
    const before = fs.readFileSync(world.correctionsFile, 'utf8');
    const [c] = await proposed(world.api, 'relation');
    fs.writeFileSync(world.correctionsFile, `${before}\nsplit:\n  - {entity: only-one-side}\n`);
    try {
      const line = fs.readFileSync(world.correctionsFile, 'utf8').split('\n').findIndex((l) => l.includes('only-one-side')) + 1;
      const refused = await fails(world.api, 'POST', '/api/reviews', { claim: relationClaim(c!), state: 'verified', by: 'Ann' });
      expect(refused.status).toBe(409);
      expect(refused.message).toMatch(new RegExp(`corrections\\.yaml:${line}: "split\\.0\\.name"`));
      expect(fs.readFileSync(world.correctionsFile, 'utf8')).toContain('only-one-side');
      const { items } = await ok(world.api, AttentionSchema, 'GET', '/api/attention');
      expect(items).toEqual([expect.objectContaining({ kind: 'file', line })]);
      expect((await call(world.api, 'GET', '/api/overview')).status).toBe(200);
      expect((await call(world.api, 'GET', `/api/entities/${encodeURIComponent(c!.source!)}`)).status).toBe(200);
    } finally {
      fs.writeFileSync(world.correctionsFile, before);
    }
    expect((await review(relationClaim(c!), 'verified', 'Ann')).status).toBe(200);
  });
});

describe('re-import', () => {
  it('keeps every review and correction, also with --reset', async () => {
    const [r1, r2] = await proposed(world.api, 'relation');
    await review(relationClaim(r1!), 'verified', 'Ann');
    await review(relationClaim(r2!), 'rejected', 'Ann', 'wrong reading');
    const [e1, e2, e3] = await proposed(world.api, 'entity');
    await ok(world.api, CorrectionResultSchema, 'POST', '/api/corrections', { kind: 'merge', from: e1!.id, into: e2!.id, by: 'Ann' });
    await ok(world.api, CorrectionResultSchema, 'POST', '/api/corrections', { kind: 'rename', entity: e3!.id, name: 'Kept Across Imports', by: 'Ann' });
    for (const reset of [false, true]) {
      await world.reimport(reset);
      expect(await reviewOnGraph(r1!)).toMatchObject({ state: 'verified', by: 'Ann' });
      expect(await reviewOnGraph(r2!)).toMatchObject({ state: 'rejected', note: 'wrong reading' });
      expect((await call(world.api, 'GET', `/api/entities/${encodeURIComponent(e1!.id!)}`)).status).toBe(404);
      expect((await ok(world.api, EntityDetailSchema, 'GET', `/api/entities/${encodeURIComponent(e2!.id!)}`)).entity.aliases).toContain(e1!.name);
      expect((await ok(world.api, EntityDetailSchema, 'GET', `/api/entities/${encodeURIComponent(e3!.id!)}`)).entity.name).toBe('Kept Across Imports');
    }
  });
});
