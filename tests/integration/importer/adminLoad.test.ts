/**
 * The first load through neo4j-admin on the project's own local server (the test instance, stopped and started by
 * these tests): the same graph as the UNWIND path, a killed import detected and rebuilt, bad rows as diagnostics.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, PROJECT_ROOT } from '../../../src/config.js';
import { Database } from '../../../src/db/database.js';
import { adminImportMarkerFile, readAdminImportMarker } from '../../../src/db/local/adminImportMarker.js';
import { start, status } from '../../../src/db/local/localServer.js';
import { dumpGraph } from '../../../src/db/queries/dump.js';
import type { StoredEntity, StoredRelation } from '../../../src/db/queries/graphRows.js';
import { applyCorrections } from '../../../importer/curate/applyCorrections.js';
import { CorrectionsFileSchema } from '../../../importer/curate/correctionsSchema.js';
import { emptyCuration } from '../../../importer/curate/curation.js';
import { adminLoad } from '../../../importer/load/adminLoad.js';
import { buildGraph } from '../../../importer/load/buildGraph.js';
import { splitContributions } from '../../../importer/load/contributions.js';
import { loadExtraction } from '../../../importer/load/loadExtraction.js';
import type { Extraction } from '../../../src/model/index.js';
import { generateSyntheticExtraction } from '../../bench/synthetic.js';

const e = process.env;
/** The test instance as a local server (the global setup started it); tests at NEO4J_TEST_URI skip this file. */
const localEnv = {
  ...e,
  NEO4J_URI: '',
  NEO4J_INSTANCE: e.NEO4J_TEST_INSTANCE ?? 'test',
  NEO4J_BOLT_PORT: e.NEO4J_TEST_BOLT_PORT ?? '',
  NEO4J_HTTP_PORT: e.NEO4J_TEST_HTTP_PORT ?? '',
};
const config = loadConfig(localEnv).neo4j;
const CLI = ['--import', 'tsx', path.join(PROJECT_ROOT, 'importer/cli/import.ts'), '--no-curated'];

/** A synthetic extraction with the strings CSV gets wrong when it is written carelessly. */
function trickyExtraction(): Extraction {
  const x = generateSyntheticExtraction({ entities: 400, relations: 1500, documents: 30, seed: 7 });
  const d = x.documents[0]!;
  x.documents[0] = { ...d, title: 'Quotes "like this", commas; and ¼ ünïcødé 🚀', source: '', text: `${d.text}\nA second line, "quoted",\r\nand a third; with \\ backslashes\n` };
  x.entities[0] = { ...x.entities[0]!, name: 'Name, with "quotes"; and semicolons', aliases: ['Alias one', 'Alias "two"', 'tre; fire'] };
  // Positions and stated times: points, dates and a yearless date, which only the JSON keeps.
  const evidence = x.relations[0]!.evidence[0]!;
  const place = x.entities.findIndex((en) => en.type === 'Place');
  x.entities[place] = { ...x.entities[place]!, location: { latitude: 59.3293, longitude: 18.0686 } };
  const event = x.entities.findIndex((en) => en.type === 'Event');
  x.entities[event] = { ...x.entities[event]!, dates: [{ at: '2023-06-16', precision: 'day', evidence }, { from: '2018', to: '2020', precision: 'year', evidence }] };
  x.relations[0] = { ...x.relations[0]!, dates: [{ from: '2015-03', precision: 'month', evidence }, { at: '--06-16', precision: 'day', evidence }] };
  return x;
}

describe.skipIf(e.NEO4J_TEST_URI !== undefined && e.NEO4J_TEST_URI !== '')('first load through neo4j-admin', () => {
  let db: Database;
  let dir: string;
  beforeAll(async () => {
    await start(config, () => {});
    db = new Database(config);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-admin-'));
  });
  afterAll(async () => {
    await start(config, () => {});
    await db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('loads the same graph as the UNWIND path (identical canonical dumps), with every property type', { timeout: 600_000 }, async () => {
    // A relation only a correction adds has no documents: its empty lists are the ones the admin path puts back.
    const [a, b] = trickyExtraction().entities;
    const corrections = { ...CorrectionsFileSchema.parse({ add: [{ source: a!.id, type: 'FUNDED_BY', target: b!.id, note: 'Added by hand' }] }), file: 'corrections.yaml', lineOf: () => 1 };
    const { extraction: x, curation } = applyCorrections(trickyExtraction(), corrections);
    // Property types too, which JSON would blur (an integer 1 and a float 1.0 print alike).
    const types = async () =>
      Promise.all(
        ['MATCH (x:Entity)', 'MATCH (x:Document)', 'MATCH ()-[x]->() WHERE NOT x:MENTIONS', 'MATCH ()-[x:MENTIONS]->()'].map((q) =>
          db.rows<{ t: string }>(`${q} UNWIND keys(x) AS k RETURN DISTINCT k + ': ' + valueType(x[k]) AS t ORDER BY t`),
        ),
      );
    const viaUnwind = await loadExtraction(db, x, { curation, folders: [], reset: true, batchSize: 500, loadPath: 'unwind', now: '2026-01-01T00:00:00Z' });
    expect(viaUnwind.loadPath?.path).toBe('unwind');
    const reference = await dumpGraph(db, { includeImportedAt: true });
    expect(reference).toMatch(/"location":\{/);
    expect(reference).toMatch(/"from":"2015-03-01"/);
    expect(reference).toMatch(/"documentIds":\[\]/);
    // Most entities have no aliases and store none, as most mentions store no aliases.
    const entityLines = reference.split('\n').filter((l) => l.startsWith('["node",["Entity",'));
    expect(entityLines.filter((l) => l.includes('"aliases":[')).length).toBeGreaterThan(0);
    expect(entityLines.filter((l) => !l.includes('"aliases":')).length).toBeGreaterThan(0);
    const referenceTypes = await types();
    expect(referenceTypes[0]).toEqual(expect.arrayContaining([{ t: 'location: POINT NOT NULL' }, { t: 'from: DATE NOT NULL' }]));

    const viaAdmin = await loadExtraction(db, x, { curation, folders: [], reset: true, batchSize: 500, loadPath: 'admin', now: '2026-01-01T00:00:00Z' });
    expect(viaAdmin.loadPath?.path).toBe('admin');
    // An earlier run of this file cut short leaves its marker: the first load reports it once.
    const own = (ds: typeof viaUnwind.diagnostics) => ds.filter((d) => !/cut short/.test(d.message));
    expect(own(viaAdmin.diagnostics)).toEqual(own(viaUnwind.diagnostics));
    expect(await dumpGraph(db, { includeImportedAt: true })).toBe(reference);
    expect(await types()).toEqual(referenceTypes);
    expect(readAdminImportMarker(config.local!)).toBeUndefined();
  });

  it('an admin import killed between stop and start is detected: the half store is never served, and the next run rebuilds it', { timeout: 300_000 }, async () => {
    const x = generateSyntheticExtraction({ entities: 600, relations: 2500, documents: 40, seed: 5 });
    const file = path.join(dir, 'x.json');
    fs.writeFileSync(file, JSON.stringify(x));
    const clean = spawnSync(process.execPath, [...CLI, '--reset', '--load-path', 'admin', '--extraction', file], { cwd: PROJECT_ROOT, env: localEnv, encoding: 'utf8', timeout: 240_000 });
    expect(clean.stderr).toBe('');
    expect(clean.stdout).toMatch(/load path: neo4j-admin database import full \(--load-path admin/);
    expect(clean.status).toBe(0);
    const reference = await dumpGraph(db);

    // Killed once neo4j-admin runs: the server is down and the store half written.
    const child = spawn(process.execPath, [...CLI, '--reset', '--load-path', 'admin', '--extraction', file], { cwd: PROJECT_ROOT, env: localEnv, stdio: 'ignore' });
    const exited = new Promise((resolve) => child.on('exit', resolve));
    for (let i = 0; i < 1200 && readAdminImportMarker(config.local!)?.toolPid === undefined; i++) await new Promise((r) => setTimeout(r, 100));
    child.kill('SIGKILL');
    await exited;
    expect(readAdminImportMarker(config.local!)?.toolPid).toBeDefined();
    expect((await status(config)).running).toBe(false);

    const lines: string[] = [];
    await start(config, (l) => lines.push(l));
    expect(lines.join('\n')).toMatch(/admin import .* did not finish; its half-written store was discarded/);
    expect(await dumpGraph(db)).toBe('\n');
    expect(fs.existsSync(adminImportMarkerFile(config.local!))).toBe(true);

    const rerun = spawnSync(process.execPath, [...CLI, '--extraction', file], { cwd: PROJECT_ROOT, env: localEnv, encoding: 'utf8', timeout: 240_000 });
    expect(rerun.stderr).toMatch(/an admin import started .* was cut short: its store was discarded and the graph is loaded again/);
    expect(rerun.status).toBe(0);
    expect(await dumpGraph(db)).toBe(reference);
    expect(fs.existsSync(adminImportMarkerFile(config.local!))).toBe(false);
  });

  it("turns Neo4j's import report (a duplicate id, a relationship to a missing node) into diagnostics naming the row", { timeout: 240_000 }, async () => {
    const x = generateSyntheticExtraction({ entities: 200, relations: 600, documents: 20, seed: 3 });
    const graph = buildGraph(splitContributions(x).contributions, emptyCuration(), '2026-01-01T00:00:00Z');
    const first = graph.entities[0]!;
    const twin: StoredEntity = { ...first, name: `${first.name} again` };
    graph.entities.push(twin);
    const [type, rows] = [...graph.relations].find(([, r]) => r.count > 0)!;
    const bad = (): StoredRelation => ({ ...[...rows.batches(1)][0]![0]!, target: 'no-such-entity', id: `${first.id}>${type}>no-such-entity` });
    const extra = bad();
    const original = rows.batches.bind(rows);
    graph.relations.set(type, { count: rows.count + 1, batches: (size) => [...original(size), [extra]] });

    const result = await adminLoad(db, config, graph, '2026-01-01T00:00:00Z');
    const entityFile = path.join(config.local!.home, 'import', 'admin-load', `entities-${twin.type}.csv`);
    const relationFile = path.join(config.local!.home, 'import', 'admin-load', `relations-${type}.csv`);
    const twinLine = fs.readFileSync(entityFile, 'utf8').split('\n').findLastIndex((l) => l.startsWith(`"${first.id}",`)) + 1;
    const extraLine = fs.readFileSync(relationFile, 'utf8').split('\n').findIndex((l) => l.includes('"no-such-entity"')) + 1;
    expect(result.diagnostics).toEqual(
      expect.arrayContaining([
        { severity: 'error', stage: 'load', file: entityFile, line: twinLine, message: `neo4j-admin skipped entity ${first.id}: id "${first.id}" is defined more than once in group Entity` },
        { severity: 'error', stage: 'load', file: relationFile, line: extraLine, message: `neo4j-admin skipped relation ${extra.id}: it refers to the missing node "no-such-entity"` },
      ]),
    );
    expect(result.diagnostics).toHaveLength(2);
    // Everything else is loaded.
    const [counts] = await db.rows<{ e: number; n: string }>(`MATCH (e:Entity) RETURN count(e) AS e, head(collect(e.name)) AS n`);
    expect(counts!.e).toBe(graph.entities.length - 1);
    expect(await db.rows('MATCH (e:Entity {name: $name}) RETURN e', { name: twin.name })).toEqual([]);
  });
});
