import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { emptyCuration } from '../../../importer/curate/curation.js';
import { loadExtraction, type LoadOptions } from '../../../importer/load/loadExtraction.js';
import type { Database } from '../../../src/db/database.js';
import { cypherScript } from '../../../src/server/export/cypher.js';
import { exportSlice } from '../../../src/server/export/exportSlice.js';
import { findPaths, pairwiseShortestPaths } from '../../../src/db/queries/paths.js';
import { overview } from '../../../src/db/queries/slice.js';
import { sliceProperties } from '../../../src/db/queries/sliceProperties.js';
import type { Document, Entity, Evidence, Extraction, GraphSlice, Relation, StatedTime } from '../../../src/model/index.js';
import { openTestDatabase, wipe } from '../../support/testDatabase.js';

const TEXTS: Record<string, string> = {
  d1: 'North Hub has offices in Norrby. Norrby is in Sweden. North Hub is funded by Green Fund since 2012.',
  d2: 'Green Fund funded North Hub from 2015 to 2018. Summer Forum was organised by North Hub on 16 June 2023. Spring Meet took place on 16 June.',
};

const ENTITIES: Entity[] = [
  { id: 'north-hub', name: 'North Hub', type: 'Organisation', aliases: [] },
  { id: 'norrby', name: 'Norrby', type: 'Place', aliases: [], location: { latitude: 59.3294, longitude: 18.0687 }, attributes: { placeKind: 'city' } },
  { id: 'sweden', name: 'Sweden', type: 'Place', aliases: [], location: { latitude: 62, longitude: 15 }, attributes: { placeKind: 'country' } },
  { id: 'green-fund', name: 'Green Fund', type: 'Funding', aliases: [] },
  { id: 'summer-forum', name: 'Summer Forum', type: 'Event', aliases: [] },
  { id: 'spring-meet', name: 'Spring Meet', type: 'Event', aliases: [] },
];

function evidence(documentId: string, sentence: string): Evidence {
  const start = TEXTS[documentId]!.indexOf(sentence);
  if (start < 0) throw new Error(`"${sentence}" is not in ${documentId}`);
  return { documentId, sentence, start, end: start + sentence.length, language: 'en' };
}

const stated = (documentId: string, sentence: string, t: Omit<StatedTime, 'evidence'>): StatedTime => ({ ...t, evidence: evidence(documentId, sentence) });

const FUNDED_1 = 'North Hub is funded by Green Fund since 2012.';
const FUNDED_2 = 'Green Fund funded North Hub from 2015 to 2018.';
const ORGANISED = 'Summer Forum was organised by North Hub on 16 June 2023.';

function document(id: string): Document {
  const text = TEXTS[id]!;
  const mentions = ENTITIES.flatMap((e) => [...text.matchAll(new RegExp(e.name, 'g'))].map((m) => ({ entityId: e.id, start: m.index, end: m.index + e.name.length })));
  return { id, title: id, language: 'en', source: null, date: null, contentHash: id, text, mentions: mentions.sort((a, b) => a.start - b.start) };
}

function extraction(ids: string[]): Extraction {
  const relations: Relation[] = [
    { source: 'north-hub', target: 'norrby', type: 'LOCATED_IN', confidence: 0.8, evidence: [evidence('d1', 'North Hub has offices in Norrby.')] },
    { source: 'norrby', target: 'sweden', type: 'LOCATED_IN', confidence: 0.8, evidence: [evidence('d1', 'Norrby is in Sweden.')] },
    {
      source: 'north-hub', target: 'green-fund', type: 'FUNDED_BY', confidence: 0.8,
      evidence: [evidence('d1', FUNDED_1), evidence('d2', FUNDED_2)],
      dates: [stated('d1', FUNDED_1, { from: '2012', precision: 'year' }), stated('d2', FUNDED_2, { from: '2015', to: '2018', precision: 'year' })],
    },
    { source: 'summer-forum', target: 'north-hub', type: 'ORGANISED_BY', confidence: 0.8, evidence: [evidence('d2', ORGANISED)], dates: [stated('d2', ORGANISED, { at: '2023-06-16', precision: 'day' })] },
  ];
  const entities = ENTITIES.map((e) =>
    e.id === 'summer-forum' ? { ...e, dates: [stated('d2', ORGANISED, { at: '2023-06-16', precision: 'day' })] }
    : e.id === 'spring-meet' ? { ...e, dates: [stated('d2', 'Spring Meet took place on 16 June.', { at: '--06-16', precision: 'day' })] }
    : e,
  );
  const documents = ids.map(document);
  const named = new Set(documents.flatMap((d) => d.mentions.map((m) => m.entityId)));
  const inDocs = (r: Relation) => r.evidence.some((e) => ids.includes(e.documentId));
  return { documents, entities: entities.filter((e) => named.has(e.id)), relations: relations.filter(inDocs), coMentions: [], diagnostics: [] };
}

const options: LoadOptions = { curation: emptyCuration(), folders: [], batchSize: 50, now: '2026-01-01T00:00:00.000Z' };
const FILTER = { minConfidence: 0, includeWeak: false };

describe('dates and points in Neo4j and in the exports', () => {
  let db: Database;
  beforeAll(async () => {
    db = await openTestDatabase();
  });
  beforeEach(async () => wipe(db));
  afterAll(async () => db.close());

  async function stored() {
    return db.rows<Record<string, unknown>>(
      `MATCH (:Entity {id: 'north-hub'})-[r:FUNDED_BY]->(:Entity {id: 'green-fund'})
       MATCH (p:Place {id: 'norrby'}), (e:Event {id: 'summer-forum'}), (y:Event {id: 'spring-meet'})
       RETURN r.from IS :: DATE AS fromIsDate, toString(r.from) AS from, toString(r.to) AS to, r.at AS at, r.datePrecision AS precision,
              size(r.dates) AS statements, p.location IS :: POINT AS isPoint, p.location.srid AS srid,
              p.location.latitude AS latitude, p.location.longitude AS longitude, p.placeKind AS placeKind,
              toString(e.at) AS eventAt, y.at AS yearlessAt, y.time AS yearlessTime`,
    );
  }

  it('stores relation times as Neo4j dates with their precision and places as WGS-84 points, on both write paths', async () => {
    await loadExtraction(db, extraction(['d1', 'd2']), options);
    const [bulk] = await stored();
    expect(bulk).toEqual({
      fromIsDate: true, from: '2012-01-01', to: '2018-12-31', at: null, precision: 'year', statements: 2,
      isPoint: true, srid: 4326, latitude: 59.3294, longitude: 18.0687, placeKind: 'city',
      eventAt: '2023-06-16',
      // A yearless date is no Neo4j date: only the JSON summary keeps it.
      yearlessAt: null, yearlessTime: JSON.stringify({ at: '--06-16', precision: 'day' }),
    });
    await wipe(db);
    await loadExtraction(db, extraction(['d1']), options);
    await loadExtraction(db, extraction(['d1', 'd2']), options);
    expect(await stored()).toEqual([bulk]);
  });

  it('keeps the time of the statements that remain when a document changes', async () => {
    await loadExtraction(db, extraction(['d1', 'd2']), options);
    // d2 re-extracted without its date: only d1's statement is left.
    const changed = extraction(['d1', 'd2']);
    for (const r of changed.relations) r.dates = r.dates?.filter((t) => t.evidence.documentId !== 'd2');
    await loadExtraction(db, changed, options);
    const [row] = await db.rows<Record<string, unknown>>(
      "MATCH ()-[r:FUNDED_BY]->() RETURN toString(r.from) AS from, r.to AS to, size(r.dates) AS statements",
    );
    expect(row).toEqual({ from: '2012-01-01', to: null, statements: 1 });
  });

  it('finds places through the point index and relations through the date indexes', async () => {
    await loadExtraction(db, extraction(['d1', 'd2']), options);
    const indexes = await db.rows<{ name: string; type: string }>('SHOW INDEXES YIELD name, type RETURN name, type');
    expect(indexes).toContainEqual({ name: 'place_location', type: 'POINT' });
    expect(indexes).toContainEqual({ name: 'rel_funded_by_from', type: 'RANGE' });
    const near = await db.rows<{ id: string }>(
      `MATCH (p:Place) WHERE point.withinBBox(p.location, point({latitude: 59, longitude: 17}), point({latitude: 60, longitude: 19}))
       RETURN p.id AS id`,
    );
    expect(near).toEqual([{ id: 'norrby' }]);
    const during = await db.rows<{ id: string }>(
      "MATCH ()-[r:FUNDED_BY]->() WHERE r.from <= date('2016-12-31') AND r.to >= date('2016-01-01') RETURN r.id AS id",
    );
    expect(during).toEqual([{ id: 'north-hub>FUNDED_BY>green-fund' }]);
  });

  describe('read back', () => {
    let slice: GraphSlice;
    beforeEach(async () => {
      await loadExtraction(db, extraction(['d1', 'd2']), options);
      slice = await overview(db, { limit: 50, filter: FILTER });
    });
    const node = (id: string) => slice.nodes.find((n) => n.id === id)!;
    const edge = (id: string) => slice.edges.find((e) => e.id === id)!;

    it('gives slices the places of places and of actors located in them, event times and relation times', () => {
      expect(node('norrby').location).toEqual({ latitude: 59.3294, longitude: 18.0687 });
      expect(node('norrby').locatedAt).toBeUndefined();
      // The city, not the country the actor is also in.
      expect(node('north-hub')).toMatchObject({ location: { latitude: 59.3294, longitude: 18.0687 }, locatedAt: 'norrby' });
      expect(node('green-fund').location).toBeUndefined();
      expect(node('summer-forum').time).toEqual({ at: '2023-06-16', precision: 'day' });
      expect(node('spring-meet').time).toEqual({ at: '--06-16', precision: 'day' });
      expect(edge('north-hub>FUNDED_BY>green-fund').time).toEqual({ from: '2012', to: '2018', precision: 'year' });
      expect(edge('north-hub>LOCATED_IN>norrby').time).toBeUndefined();
    });

    it('places the nodes of paths too (the placement subquery sits beside path variables)', async () => {
      const located = { location: { latitude: 59.3294, longitude: 18.0687 }, locatedAt: 'norrby' };
      for (const mode of ['shortest', 'all-shortest', 'k'] as const) {
        const { paths } = await findPaths(db, { from: 'green-fund', to: 'sweden', maxHops: 4, mode, k: 2 });
        expect(paths[0]!.nodes.map((n) => n.id)).toEqual(['green-fund', 'north-hub', 'norrby', 'sweden']);
        expect(paths[0]!.nodes[1]).toMatchObject(located);
      }
      const { pairs } = await pairwiseShortestPaths(db, { ids: ['green-fund', 'norrby'], maxHops: 4 });
      expect(pairs[0]!.path!.nodes[1]).toMatchObject(located);
    });

    it('writes dynamic GEXF that graphology re-parses, with start and end on dated elements', async () => {
      const xml = (await exportSlice(db, slice, 'gexf')).body as string;
      expect(xml).toMatch(/<graph mode="dynamic" timeformat="date"/);
      expect(xml).toMatch(/<edge id="north-hub(>|&gt;)FUNDED_BY(>|&gt;)green-fund" start="2012-01-01" end="2018-12-31"/);
      expect(xml).toMatch(/<node id="summer-forum" start="2023-06-16" end="2023-06-16"/);
      expect(xml).toMatch(/<node id="spring-meet"(?! start)/);
      const graph = parseGexf(Graph, xml);
      expect(graph.getNodeAttributes('norrby')).toMatchObject({ latitude: 59.3294, longitude: 18.0687 });
      expect(graph.getNodeAttributes('north-hub')).toMatchObject({ latitude: 59.3294, locatedAt: 'norrby' });
      expect(graph.getEdgeAttributes('north-hub>FUNDED_BY>green-fund')).toMatchObject({ from: '2012', to: '2018', precision: 'year' });
    });

    it('writes GraphML and JSON with coordinates and times as attributes', async () => {
      const graphml = parseGraphml(Graph, (await exportSlice(db, slice, 'graphml')).body as string);
      expect(graphml.getNodeAttributes('north-hub')).toMatchObject({ latitude: 59.3294, longitude: 18.0687, locatedAt: 'norrby' });
      expect(graphml.getNodeAttributes('summer-forum')).toMatchObject({ at: '2023-06-16', precision: 'day' });
      expect(graphml.getEdgeAttributes('north-hub>FUNDED_BY>green-fund')).toMatchObject({ from: '2012', to: '2018', precision: 'year' });
      const json = Graph.from(JSON.parse((await exportSlice(db, slice, 'json')).body as string));
      expect(json.getNodeAttributes('norrby')).toMatchObject({ latitude: 59.3294, longitude: 18.0687 });
      expect(json.getEdgeAttributes('summer-forum>ORGANISED_BY>north-hub')).toMatchObject({ at: '2023-06-16', precision: 'day' });
    });

    it('writes a Cypher script that recreates the points and dates as Neo4j values', async () => {
      const props = await sliceProperties(db, slice);
      const script = cypherScript(props.nodes, props.edges);
      await wipe(db);
      for (const statement of script.split(';\n').map((s) => s.trim()).filter((s) => s && !s.startsWith('//'))) await db.autoCommit(statement);
      const [row] = await db.rows<Record<string, unknown>>(
        `MATCH (p:Place {id: 'norrby'}), (:Entity {id: 'north-hub'})-[r:FUNDED_BY]->()
         RETURN p.location IS :: POINT AS isPoint, p.location.latitude AS latitude, r.from IS :: DATE AS isDate, toString(r.to) AS to`,
      );
      expect(row).toEqual({ isPoint: true, latitude: 59.3294, isDate: true, to: '2018-12-31' });
    });
  });
});
