/**
 * Replaces one document's contribution to the graph in ONE transaction: its previous mentions and its parts of
 * relations and co-mentions come out, the new ones go in, and every entity it touched is recomputed. If anything
 * fails the transaction rolls back and the document stays as it was.
 */
import type { Database } from '../../src/db/database.js';
import {
  deleteDocument,
  ensureEntities,
  existingEntityIds,
  readDocumentFacts,
  readRelationships,
  upsertDocument,
} from '../../src/db/queries/documentContributions.js';
import { createMentions } from '../../src/db/queries/loadGraph.js';
import type { RelationshipKey } from '../../src/db/queries/graphRows.js';
import type { DocumentContribution } from './contributions.js';
import { GraphChanges } from './graphChanges.js';
import { refreshEntities } from './refreshEntities.js';
import { keyId, RelationshipEdits } from './relationshipEdits.js';

/** `next` null removes the document. `importedAt` is kept when only the extracted facts changed, not the content. */
export async function replaceDocument(db: Database, id: string, next: DocumentContribution | null, now: string): Promise<GraphChanges> {
  return db.write(async (tx) => {
    const changes = new GraphChanges();
    const previous = await readDocumentFacts(tx, id);
    const nextKeys: RelationshipKey[] = [
      ...(next?.relations ?? []).map((r) => ({ type: r.type, source: r.source, target: r.target })),
      ...(next?.coMentions ?? []).map((c) => ({ type: 'CO_MENTIONED' as const, source: c.source, target: c.target })),
    ];
    const known = new Set((previous?.relationships ?? []).map((r) => keyId(r)));
    const edits = new RelationshipEdits([
      ...(previous?.relationships ?? []),
      ...(await readRelationships(tx, nextKeys.filter((k) => !known.has(keyId(k))))),
    ]);
    edits.removeSource(id);
    for (const r of next?.relations ?? []) edits.setRelationPart(r, id, r.part);
    for (const c of next?.coMentions ?? []) edits.setCoMentionPart({ type: 'CO_MENTIONED', source: c.source, target: c.target }, id, c.weight);

    if (!next) await deleteDocument(tx, id);
    else {
      const importedAt = previous && previous.contentHash === next.document.contentHash ? previous.importedAt : now;
      await upsertDocument(tx, { ...next.document, factsHash: next.factsHash, importedAt });
      const ids = next.mentions.map((m) => m.entityId);
      const existing = new Set(await existingEntityIds(tx, ids));
      changes.created('entities', ids.filter((e) => !existing.has(e)));
      await ensureEntities(tx, next.mentions.map((m) => ({ id: m.entityId, name: m.name, type: m.type })));
      await createMentions(tx, next.mentions.map((m) => ({ ...m, documentId: id })));
    }
    const { created, deleted } = await edits.write(tx);
    changes.created('relations', created);
    changes.deleted('relations', deleted);
    const touched = [...(previous?.entityIds ?? []), ...(next?.mentions ?? []).map((m) => m.entityId)];
    changes.deleted('entities', await refreshEntities(tx, touched));
    return changes;
  });
}
