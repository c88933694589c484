/** Recomputes touched entities inside a transaction: merged name/type/aliases, labels, degree, document count. */
import type { Tx } from '../../src/db/database.js';
import {
  deleteUnsupportedEntities,
  readEntityTallies,
  refreshEntityCounts,
  updateEntities,
} from '../../src/db/queries/documentContributions.js';
import type { EntityProps } from '../../src/db/queries/graphRows.js';
import { ENTITY_TYPES, type EntityType } from '../../src/model/index.js';
import { mergeEntity, parseOverride } from './entityFacts.js';
import { appendTo } from './appendTo.js';

/** Returns the ids of entities deleted because no document mentions them and no correction keeps them. */
export async function refreshEntities(tx: Tx, ids: Iterable<string>): Promise<string[]> {
  const unique = [...new Set(ids)].sort();
  if (unique.length === 0) return [];
  const byType = new Map<EntityType, EntityProps[]>();
  for (const t of await readEntityTallies(tx, unique)) {
    const merged = mergeEntity(t.id, t, parseOverride(t.curation), { name: t.name, type: t.type });
    if (merged) appendTo(byType, merged.type, merged);
  }
  for (const type of ENTITY_TYPES) if (byType.has(type)) await updateEntities(tx, type, byType.get(type)!);
  const deleted = await deleteUnsupportedEntities(tx, unique);
  const gone = new Set(deleted);
  await refreshEntityCounts(tx, unique.filter((id) => !gone.has(id)));
  return deleted;
}
