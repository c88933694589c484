/**
 * A small, known ecosystem written into the test database with parameterised writes, following README's "Graph
 * model in Neo4j": for API tests that need exact expectations (paths, filters, search) independent of extraction.
 */
import type { Database } from '../../src/db/database.js';
import { wipe } from './testDatabase.js';
import { foldName } from '../../src/db/queries/luceneQuery.js';
import { nonEmpty } from '../../src/db/queries/graphRows.js';
import { EntityTypeSchema, RelationTypeSchema, relationKey, type Entity, type Evidence, type Language, type RelationType } from '../../src/model/index.js';

interface FixtureDocument {
  id: string;
  title: string;
  language: Language;
  text: string;
}

export const FIXTURE_DOCUMENTS: FixtureDocument[] = [
  {
    id: 'fixture-da',
    title: 'Partnerskab for social innovation',
    language: 'da',
    text: 'Ashoka indgår et partnerskab med Røde Kors om social innovation. Accenture støtter også Røde Kors. Accenture og Ashoka samarbejder.',
  },
  {
    id: 'fixture-sv',
    title: 'Mötesplats i Malmö',
    language: 'sv',
    text: 'Mötesplats Social Innovation i Malmö är medlem i SIX. MSI deltar i SOCAP. Ashoka stöder MSI. SOCAP och Røde Kors nämndes.',
  },
  {
    id: 'fixture-nb',
    title: 'HerSpace i Østfold',
    language: 'nb',
    text: 'HerSpace samarbeider med AOF Østfold. AOF Østfold er finansiert av Viken fylkeskommune.',
  },
];

export const FIXTURE_ENTITIES: Entity[] = [
  { id: 'ashoka', name: 'Ashoka', type: 'Organisation', aliases: ['Ashoka Nordic'] },
  { id: 'rode-kors', name: 'Røde Kors', type: 'Organisation', aliases: ['Red Cross', 'Danish Red Cross'] },
  { id: 'accenture', name: 'Accenture', type: 'Organisation', aliases: [] },
  { id: 'motesplats-social-innovation', name: 'Mötesplats Social Innovation', type: 'Organisation', aliases: ['MSI'] },
  { id: 'six', name: 'SIX', type: 'Network', aliases: ['Social Innovation Exchange'] },
  { id: 'socap', name: 'SOCAP', type: 'Event', aliases: [] },
  { id: 'malmo', name: 'Malmö', type: 'Place', aliases: [] },
  { id: 'herspace', name: 'HerSpace', type: 'Organisation', aliases: [] },
  { id: 'aof-ostfold', name: 'AOF Østfold', type: 'Organisation', aliases: [] },
  { id: 'viken-fylkeskommune', name: 'Viken fylkeskommune', type: 'Organisation', aliases: [] },
  { id: 'ensam-stiftelse', name: 'Ensam Stiftelse', type: 'Organisation', aliases: [] },
];

/** [source, type, target, confidence, document, sentence start word] */
const RELATIONS: [string, RelationType, string, number, string, string][] = [
  ['ashoka', 'PARTNERS_WITH', 'rode-kors', 0.9, 'fixture-da', 'Ashoka indgår'],
  ['accenture', 'SUPPORTS', 'rode-kors', 0.8, 'fixture-da', 'Accenture støtter'],
  ['accenture', 'COLLABORATES_WITH', 'ashoka', 0.7, 'fixture-da', 'Accenture og'],
  ['motesplats-social-innovation', 'MEMBER_OF', 'six', 0.8, 'fixture-sv', 'Mötesplats Social'],
  ['motesplats-social-innovation', 'LOCATED_IN', 'malmo', 0.95, 'fixture-sv', 'Mötesplats Social'],
  ['motesplats-social-innovation', 'PARTICIPATES_IN', 'socap', 0.6, 'fixture-sv', 'MSI deltar'],
  ['ashoka', 'SUPPORTS', 'motesplats-social-innovation', 0.4, 'fixture-sv', 'Ashoka stöder'],
  ['herspace', 'COLLABORATES_WITH', 'aof-ostfold', 0.7, 'fixture-nb', 'HerSpace samarbeider'],
  ['aof-ostfold', 'FUNDED_BY', 'viken-fylkeskommune', 0.85, 'fixture-nb', 'AOF Østfold er'],
];

/** [source, target, document, sentence start] of the weak links. */
const CO_MENTIONS: [string, string, string, string][] = [['rode-kors', 'socap', 'fixture-sv', 'SOCAP och']];

function sentenceAt(doc: FixtureDocument, startsWith: string): { sentence: string; start: number; end: number } {
  const start = doc.text.indexOf(startsWith);
  if (start < 0) throw new Error(`fixture: "${startsWith}" not in ${doc.id}`);
  const stop = doc.text.indexOf('.', start);
  const end = stop < 0 ? doc.text.length : stop + 1;
  return { sentence: doc.text.slice(start, end), start, end };
}

const docById = (id: string) => FIXTURE_DOCUMENTS.find((d) => d.id === id)!;

/** Every occurrence of the entity's name or aliases in a document, as [start, end, start, end…]. */
function mentionOffsets(doc: FixtureDocument, e: Entity): number[] {
  const offsets: number[] = [];
  for (const name of [e.name, ...e.aliases]) {
    for (let i = doc.text.indexOf(name); i >= 0; i = doc.text.indexOf(name, i + name.length)) offsets.push(i, i + name.length);
  }
  return offsets;
}

export async function writeGraphFixture(db: Database): Promise<void> {
  const relations = RELATIONS.map(([source, type, target, confidence, docId, at]) => {
    const doc = docById(docId);
    const evidence: Evidence = { documentId: docId, language: doc.language, ...sentenceAt(doc, at) };
    const [s, t] = relationKey({ source, target, type }).split(`>${type}>`) as [string, string];
    return { id: relationKey({ source, target, type }), source: s, target: t, type, confidence, docId, evidence: [JSON.stringify(evidence)] };
  });
  const degree = (id: string) => relations.filter((r) => r.source === id || r.target === id).length;
  const mentions = FIXTURE_DOCUMENTS.flatMap((doc) =>
    FIXTURE_ENTITIES.map((e) => ({ documentId: doc.id, entityId: e.id, name: e.name, type: e.type, offsets: mentionOffsets(doc, e) })).filter((m) => m.offsets.length),
  );
  await db.write(async (tx) => {
    await tx.run(
      `UNWIND $docs AS d CREATE (:Document {id: d.id, title: d.title, language: d.language, source: null, date: null,
         path: 'fixture/' + d.id + '.txt', contentHash: d.id, importedAt: '2024-01-01T00:00:00Z', text: d.text})`,
      { docs: FIXTURE_DOCUMENTS },
    );
    for (const e of FIXTURE_ENTITIES) {
      const label = EntityTypeSchema.parse(e.type);
      await tx.run(
        `CREATE (n:Entity:${label} {id: $id, name: $name, type: $type, aliases: $aliases, aliasText: $aliasText,
           nameFolded: $nameFolded, degree: $degree, documentCount: $documentCount, curated: false})`,
        {
          ...e,
          aliases: nonEmpty(e.aliases),
          aliasText: e.aliases.join(' | '),
          nameFolded: foldName(e.name),
          degree: degree(e.id),
          documentCount: mentions.filter((m) => m.entityId === e.id).length,
        },
      );
    }
    await tx.run(
      `UNWIND $mentions AS m MATCH (d:Document {id: m.documentId}), (e:Entity {id: m.entityId})
       CREATE (d)-[:MENTIONS {count: size(m.offsets) / 2, offsets: m.offsets, name: m.name, type: m.type}]->(e)`,
      { mentions },
    );
    for (const r of relations) {
      await tx.run(
        `MATCH (a:Entity {id: $source}), (b:Entity {id: $target})
         CREATE (a)-[:${RelationTypeSchema.parse(r.type)} {id: $id, confidence: $confidence, documentIds: [$docId],
           documentCount: 1, evidence: $evidence, curated: false}]->(b)`,
        r,
      );
    }
    for (const [source, target, docId] of CO_MENTIONS) {
      await tx.run(
        `MATCH (a:Entity {id: $source}), (b:Entity {id: $target})
         CREATE (a)-[:CO_MENTIONED {id: $source + '>CO_MENTIONED>' + $target, weight: 1, documentIds: [$docId]}]->(b)`,
        { source, target, docId },
      );
    }
  });
}

/** Empties the test database and writes the fixture: the state every API test file starts from. */
export async function seedGraphFixture(db: Database): Promise<void> {
  await wipe(db);
  await writeGraphFixture(db);
}
