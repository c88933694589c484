import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../../src/config.js';
import type { Database } from '../../../src/db/database.js';
import { dumpGraph } from '../../../src/db/queries/dump.js';
import { importCorpus } from '../../../importer/importCorpus.js';
import { openTestDatabase, wipe } from '../../support/testDatabase.js';

const SAMPLE = path.join(PROJECT_ROOT, 'graph-data', 'documents');

describe('an import with nothing to do', () => {
  let db: Database;
  let copy: string;
  let correctionsFile: string;
  const reimport = () => importCorpus(db, { paths: [copy], correctionsFile });
  const firstDocument = () => path.join(copy, fs.readdirSync(copy).filter((f) => f.endsWith('.txt')).sort()[0]!);

  beforeAll(async () => {
    db = await openTestDatabase();
    await wipe(db);
    copy = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-unchanged-'));
    fs.cpSync(SAMPLE, path.join(copy), { recursive: true });
    correctionsFile = path.join(os.tmpdir(), `atlas-unchanged-corrections-${process.pid}.yaml`);
    fs.copyFileSync(path.join(PROJECT_ROOT, 'graph-data', 'curated', 'corrections.yaml'), correctionsFile);
    await importCorpus(db, { paths: [copy], correctionsFile, reset: true });
  });
  afterAll(async () => {
    await db.close();
    fs.rmSync(copy, { recursive: true, force: true });
    fs.rmSync(correctionsFile, { force: true });
  });

  it('is recognised from the hashes: nothing is extracted or written, and the summary counts the graph', async () => {
    const before = await dumpGraph(db, { includeImportedAt: true });
    const again = await reimport();
    expect(again.mode).toBe('unchanged');
    expect(again.documents).toEqual({ new: 0, changed: 0, refreshed: 0, unchanged: 3, deleted: 0, failed: 0 });
    expect(again.graph.documents).toBe(3);
    expect(await dumpGraph(db, { includeImportedAt: true })).toBe(before);
  });

  it('is not assumed when a document, its sidecar or the corrections changed', async () => {
    fs.appendFileSync(firstDocument(), '\nA sentence added by the test.\n');
    const changed = await reimport();
    expect(changed.mode).toBe('incremental');
    expect(changed.documents.changed).toBe(1);
    expect((await reimport()).mode).toBe('unchanged');

    const sidecar = firstDocument().replace(/\.txt$/, '.meta.yaml');
    fs.writeFileSync(sidecar, fs.readFileSync(sidecar, 'utf8').replace(/^title: .*$/m, 'title: Another title'));
    expect((await reimport()).mode).toBe('incremental');
    expect((await db.rows<{ n: number }>("MATCH (d:Document) WHERE d.title = 'Another title' RETURN count(d) AS n"))[0]!.n).toBe(1);

    fs.appendFileSync(correctionsFile, '\n');
    expect((await reimport()).mode).toBe('incremental');
    expect((await reimport()).mode).toBe('unchanged');
  });

  it('is not assumed when the graph lost a document since, nor after an import with errors', async () => {
    const id = path.basename(firstDocument(), '.txt');
    await db.autoCommit('MATCH (d:Document {id: $id}) DETACH DELETE d', { id });
    const restored = await reimport();
    expect(restored.mode).toBe('incremental');
    expect(restored.documents.new).toBe(1);

    const empty = path.join(copy, 'empty.txt');
    fs.writeFileSync(empty, '');
    const failing = await reimport();
    expect(failing.documents.failed).toBe(1);
    // The error is reported again rather than skipped.
    expect((await reimport()).diagnostics.some((d) => d.file === empty && d.severity === 'error')).toBe(true);
    fs.rmSync(empty);
    expect((await reimport()).mode).toBe('incremental');
    expect((await reimport()).mode).toBe('unchanged');
  });
});
