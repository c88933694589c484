/**
 * Brings the graph's curated state in line with the corrections file, in one transaction: entity overrides set or
 * cleared, relations added by hand put in or taken out. Corrections naming entities the graph lacks are reported.
 */
import type { Database } from '../../src/db/database.js';
import { existingEntityIds, readRelationships } from '../../src/db/queries/documentContributions.js';
import { readCuratedState, setEntityCuration } from '../../src/db/queries/corrections.js';
import { clearReviews, readReviews, setReviews } from '../../src/db/queries/reviews.js';
import { CURATED_DOCUMENT_ID, type Diagnostic } from '../../src/model/index.js';
import type { Curation, EntityOverride } from '../curate/curation.js';
import { overrideJson } from './entityFacts.js';
import { GraphChanges } from './graphChanges.js';
import { refreshEntities } from './refreshEntities.js';
import { curatedPart } from './relationFacts.js';
import { keyId, RelationshipEdits } from './relationshipEdits.js';

/** Diagnostics for corrections whose entities are missing; the overrides and relations that can apply. */
export function resolveCuration(curation: Curation, exists: (id: string) => boolean): { curation: Curation; diagnostics: Diagnostic[] } {
  const reported = new Map<string, Diagnostic>();
  const missing = (id: string, line: number) =>
    reported.set(`${id}:${line}`, { severity: 'warning', stage: 'curate', file: curation.file, line, message: `entity "${id}" named by a correction is not in the graph` });
  const entities = new Map<string, EntityOverride>();
  for (const [id, o] of curation.entities) {
    if (exists(id)) entities.set(id, o);
    else missing(id, o.line);
  }
  const relations = curation.relations.filter((r) => {
    const absent = [r.source, r.target].filter((id) => !exists(id));
    absent.forEach((id) => missing(id, r.line));
    return absent.length === 0;
  });
  const diagnostics = [...reported.values()].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return { curation: { ...curation, entities, relations }, diagnostics };
}

export async function syncCuration(db: Database, wanted: Curation): Promise<{ changes: GraphChanges; diagnostics: Diagnostic[] }> {
  return db.write(async (tx) => {
    const changes = new GraphChanges();
    const named = [...wanted.entities.keys(), ...wanted.relations.flatMap((r) => [r.source, r.target])];
    const existing = new Set(await existingEntityIds(tx, [...new Set(named)]));
    const { curation, diagnostics } = resolveCuration(wanted, (id) => existing.has(id));
    const state = await readCuratedState(tx);

    const before = new Map(state.entities.map((e) => [e.id, e.curation]));
    const rows = [
      ...[...curation.entities].map(([id, o]) => ({ id, curated: true, curation: overrideJson(o) })),
      ...state.entities.filter((e) => !curation.entities.has(e.id)).map((e) => ({ id: e.id, curated: false, curation: null })),
    ].filter((r) => before.get(r.id) !== r.curation);
    await setEntityCuration(tx, rows);

    const known = new Set(state.relationships.map((r) => keyId(r)));
    const edits = new RelationshipEdits([...state.relationships, ...(await readRelationships(tx, curation.relations.filter((r) => !known.has(keyId(r)))))]);
    edits.removeSource(CURATED_DOCUMENT_ID);
    for (const r of curation.relations) edits.setRelationPart(r, CURATED_DOCUMENT_ID, curatedPart(r));
    const { created, deleted } = await edits.write(tx);
    changes.created('relations', created);
    changes.deleted('relations', deleted);
    changes.deleted('entities', await refreshEntities(tx, [...rows.map((r) => r.id), ...edits.endpoints()]));
    return { changes, diagnostics };
  });
}

/**
 * Puts the review states of the corrections file on the graph and takes off those no longer there. A review whose
 * claim the graph lacks is reported with its line, and stays in the file for when the claim comes back.
 */
export async function syncReviews(db: Database, curation: Curation): Promise<Diagnostic[]> {
  return db.write(async (tx) => {
    const id = (r: { kind: string; key: string }) => `${r.kind}:${r.key}`;
    const stored = new Map((await readReviews(tx)).map((r) => [id(r), r]));
    const wanted = new Set(curation.reviews.map(id));
    await clearReviews(tx, [...stored.values()].filter((r) => !wanted.has(id(r))));
    const changed = curation.reviews.filter((r) => stored.get(id(r))?.json !== JSON.stringify(r.review));
    const matched = await setReviews(tx, changed);
    return changed
      .filter((r) => !matched.has(r.key))
      .map((r): Diagnostic => ({ severity: 'warning', stage: 'curate', file: curation.file, line: r.line, message: `${r.review.state === 'verified' ? 'verify' : 'reject'}: the graph has no ${r.kind} ${r.key}` }));
  });
}
