import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../../src/config.js';
import type { Database } from '../../../src/db/database.js';
import { dumpGraph } from '../../../src/db/queries/dump.js';
import { generateSyntheticExtraction } from '../../bench/synthetic.js';
import { openTestDatabase, testEnv, wipe } from '../../support/testDatabase.js';

const CLI = ['--import', 'tsx', path.join(PROJECT_ROOT, 'importer/cli/import.ts')];

// Synthetic extractions name none of the project's curated entities: its corrections would only add warnings.
function runImport(args: string[], env: NodeJS.ProcessEnv = {}) {
  const r = spawnSync(process.execPath, [...CLI, '--no-curated', ...args], { cwd: PROJECT_ROOT, env: { ...testEnv(), ...env }, encoding: 'utf8', timeout: 300_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('npm run import', () => {
  let db: Database;
  let dir: string;
  let full: string;
  let half: string;
  beforeAll(async () => {
    db = await openTestDatabase();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-cli-'));
    const x = generateSyntheticExtraction({ entities: 1500, relations: 5000, documents: 60, seed: 11 });
    full = path.join(dir, 'full.json');
    half = path.join(dir, 'half.json');
    fs.writeFileSync(full, JSON.stringify(x));
    fs.writeFileSync(half, JSON.stringify({ ...x, documents: x.documents.slice(0, 30) }));
  });
  afterAll(async () => {
    await db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  /** Starts the CLI slowed down, waits until `ready` sees its first writes, kills it without warning. */
  async function killMidway(args: string[], ready: () => Promise<boolean>): Promise<void> {
    const child = spawn(process.execPath, [...CLI, ...args], {
      cwd: PROJECT_ROOT,
      env: { ...testEnv(), IMPORT_BATCH_SIZE: '500', IMPORT_BATCH_PAUSE_MS: '400' },
      stdio: 'ignore',
    });
    const exited = new Promise((resolve) => child.on('exit', resolve));
    try {
      for (let i = 0; i < 600 && !(await ready()); i++) await new Promise((r) => setTimeout(r, 100));
    } finally {
      child.kill('SIGKILL');
      await exited;
    }
  }
  const count = async (cypher: string) => (await db.rows<{ n: number }>(cypher))[0]!.n;

  it('a bulk import killed after its first batches converges, on the next run, to the uninterrupted graph', async () => {
    await wipe(db);
    const ok = runImport(['--extraction', full]);
    expect(ok.stderr).toBe('');
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/documents: 60 new/);
    const reference = await dumpGraph(db);

    await wipe(db);
    await killMidway(['--no-curated', '--extraction', full], async () => (await count('MATCH (e:Entity) RETURN count(e) AS n')) > 0);
    const partial = await dumpGraph(db);
    expect(partial).not.toBe(reference);
    expect(partial).toContain('ImportState');

    const rerun = runImport(['--extraction', full]);
    expect(rerun.code).toBe(0);
    expect(rerun.stderr).toMatch(/cut short/);
    expect(await dumpGraph(db)).toBe(reference);
  });

  // Four imports of 60 documents in child processes: minutes on a loaded 2-core machine.
  it('an incremental import killed between documents converges, on the next run, to the uninterrupted graph', { timeout: 300_000 }, async () => {
    await wipe(db);
    expect(runImport(['--extraction', full]).code).toBe(0);
    const reference = await dumpGraph(db);

    await wipe(db);
    expect(runImport(['--extraction', half]).code).toBe(0);
    const halfDocs = await count('MATCH (d:Document) RETURN count(d) AS n');
    await killMidway(['--no-curated', '--extraction', full], async () => (await count('MATCH (d:Document) RETURN count(d) AS n')) > halfDocs + 2);
    const partial = await count('MATCH (d:Document) RETURN count(d) AS n');
    expect(partial).toBeGreaterThan(halfDocs);
    expect(partial).toBeLessThan(60);

    const rerun = runImport(['--extraction', full]);
    expect(rerun.code).toBe(0);
    expect(rerun.stdout).toMatch(new RegExp(`documents: ${60 - partial} new, 0 changed, 0 refreshed, ${partial} unchanged`));
    expect(await dumpGraph(db)).toBe(reference);
  });

  it('Neo4j down: one line naming the URI, non-zero exit', () => {
    const r = runImport(['--extraction', half], { NEO4J_URI: 'bolt://127.0.0.1:1' });
    expect(r.code).not.toBe(0);
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^error: Neo4j is not reachable at bolt:\/\/127\.0\.0\.1:1 /)]);
  });

  it('wrong credentials: one line naming the URI, non-zero exit, nothing written', async () => {
    await wipe(db);
    const r = runImport(['--extraction', half], { NEO4J_PASSWORD: 'not-the-password' });
    expect(r.code).not.toBe(0);
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^error: Neo4j at bolt:\/\/\S+ refused the credentials/)]);
    expect(await dumpGraph(db)).toBe('\n');
  });

  it('bad usage exits 2; a malformed extraction file is one clear line', () => {
    expect(runImport(['--bogus']).code).toBe(2);
    const bad = path.join(dir, 'bad.json');
    fs.writeFileSync(bad, JSON.stringify({ documents: [], entities: [{ id: 'X Y' }] }));
    const r = runImport(['--extraction', bad]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toMatch(/bad\.json: not an extraction: entities\.0\.\w+: /);
  });
});
