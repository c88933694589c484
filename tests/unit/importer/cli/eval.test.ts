import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { evalCommand } from '../../../../importer/cli/evalCommand.js';
import { captureIo } from './captureIo.js';
import { runImporterCli, CLI_TEST_TIMEOUT_MS } from './runImporterCli.js';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'eval-cli-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function goldAndDocs(name: string) {
  const gold = path.join(tmp, name, 'gold');
  const docs = path.join(tmp, name, 'docs');
  fs.mkdirSync(gold, { recursive: true });
  fs.mkdirSync(docs, { recursive: true });
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
  return { gold, docs };
}

describe('npm run eval', { timeout: CLI_TEST_TIMEOUT_MS }, () => {
  it('prints per-document and micro-averaged scores as JSON for each metric', async () => {
    const { gold, docs } = goldAndDocs('json');
    const { out, io } = captureIo();
    expect(await evalCommand(['--json', '--no-curated', gold, docs], io)).toBe(0);
    const result = JSON.parse(out.stdout);
    expect(result.curated).toBe(false);
    expect(result.documents.map((d: { doc: string }) => d.doc)).toEqual(['a.txt']);
    for (const metric of ['entities', 'typedEntities', 'links', 'relations']) {
      expect(result.micro[metric]).toMatchObject({ gold: metric.endsWith('ntities') ? 2 : 1 });
    }
  });

  it('names the gold file and line of a malformed gold annotation and exits 1 without a stack trace', async () => {
    const gold = path.join(tmp, 'bad-gold');
    fs.mkdirSync(gold);
    fs.writeFileSync(path.join(gold, 'b.json'), '{"doc": "b.txt",\n "entities": [\n  {"name": "X", "type": "Company"}\n ]}\n');
    const { out, io } = captureIo();
    expect(await evalCommand([gold, tmp], io)).toBe(1);
    expect(out.stderr).toMatch(new RegExp(`^error: ${path.join(gold, 'b.json')}:3: "entities.0.type"`));
    expect(out.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('as a process, prints the table and exits 0', () => {
    const { gold, docs } = goldAndDocs('table');
    const { code, stdout } = runImporterCli('eval', [gold, docs]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^micro-average +\d\.\d\d/m);
  });

  it('prints typed relations per type and per mechanism, and with --calibration the share right per confidence', async () => {
    const { gold, docs } = goldAndDocs('breakdown');
    const { out, io } = captureIo();
    expect(await evalCommand(['--no-curated', '--calibration', gold, docs], io)).toBe(0);
    expect(out.stdout).toMatch(/^LOCATED_IN +1\.00 +1\.00 +1\.00 +1\/1\/1$/m);
    expect(out.stdout).toMatch(/^trigger +1\.00 +1\.00 +1\/1$/m);
    expect(out.stdout).toMatch(/^at confidence ≥ 0\.70: \d of \d right/m);
  });
});
