import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runImporterCli } from './runImporterCli.js';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'eval-cli-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('npm run eval', () => {
  it('prints per-document and micro-averaged scores as JSON for each metric', () => {
    const gold = path.join(tmp, 'gold');
    const docs = path.join(tmp, 'docs');
    fs.mkdirSync(gold);
    fs.mkdirSync(docs);
    fs.writeFileSync(path.join(docs, 'a.txt'), 'Föreningen Solrosen har kontor i Kiruna.\n');
    fs.writeFileSync(
      path.join(gold, 'a.json'),
      JSON.stringify({
        doc: 'a.txt',
        entities: [
          { name: 'Solrosen', aliases: [], type: 'Organisation' },
          { name: 'Kiruna', aliases: [], type: 'Place' },
        ],
        relations: [{ source: 'Solrosen', target: 'Kiruna', type: 'LOCATED_IN' }],
      }),
    );
    const { code, stdout } = runImporterCli('eval', ['--json', '--no-curated', gold, docs]);
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(result.curated).toBe(false);
    expect(result.documents.map((d: { doc: string }) => d.doc)).toEqual(['a.txt']);
    for (const metric of ['entities', 'typedEntities', 'links', 'relations']) {
      expect(result.micro[metric]).toMatchObject({ gold: metric.endsWith('ntities') ? 2 : 1 });
      expect(result.micro[metric].f1).toBeGreaterThanOrEqual(0);
    }
  });

  it('names the gold file and line of a malformed gold annotation and exits 1 without a stack trace', () => {
    const gold = path.join(tmp, 'bad-gold');
    fs.mkdirSync(gold);
    fs.writeFileSync(path.join(gold, 'b.json'), '{"doc": "b.txt",\n "entities": [\n  {"name": "X", "type": "Company"}\n ]}\n');
    const { code, stderr } = runImporterCli('eval', [gold, tmp]);
    expect(code).toBe(1);
    expect(stderr).toMatch(new RegExp(`^error: ${path.join(gold, 'b.json')}:3: "entities.0.type"`, 'm'));
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});
