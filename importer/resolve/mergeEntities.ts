/**
 * Merges the entities of all documents: one per key, and keys joined when one entity's alias is another's key
 * (an acronym explained in one document and used alone in the next). Name and type by majority of mentions.
 */
import type { Entity, EntityType } from '../../src/model/index.js';
import type { DocumentExtraction, ExtractedEntity } from '../extract/extractDocument.js';
import { UnionFind } from '../extract/unionFind.js';
import type { Knowledge } from '../lexicon/knowledge.js';
import { slugify } from './entityIds.js';
import { DateMerger } from './mergeDates.js';
import { normaliseName } from './normaliseName.js';

export interface MergedEntities {
  entities: Entity[];
  /** Entity key (as extracted) → entity id. */
  idOf: Map<string, string>;
}

function majority<T>(weights: Map<T, number>): T {
  return [...weights].sort((a, b) => b[1] - a[1])[0]![0];
}

export function mergeEntities(docs: DocumentExtraction[], knowledge: Knowledge): MergedEntities {
  const all: ExtractedEntity[] = docs.flatMap((d) => d.entities);
  const keys = [...new Set(all.map((e) => e.key))].sort();
  const index = new Map(keys.map((k, i) => [k, i]));
  // The types each key was extracted with: looked up, not searched, since the same names come back in every document.
  const typesOf = new Map<string, Set<EntityType>>();
  for (const e of all) typesOf.set(e.key, (typesOf.get(e.key) ?? new Set()).add(e.type));
  const uf = new UnionFind(keys.length);
  for (const e of all) {
    for (const alias of e.aliases) {
      const other = index.get(normaliseName(alias, knowledge));
      const sameKind = other !== undefined && !keys[other]!.includes(':') && !e.key.includes(':');
      // Organisation is the type of last resort, so it does not keep two names of one entity apart.
      const fits = (type: EntityType) => type === e.type || type === 'Organisation' || e.type === 'Organisation';
      if (sameKind && [...typesOf.get(keys[other]!)!].some(fits)) uf.union(index.get(e.key)!, other);
    }
  }
  // A genitive no document could explain alone ("Nordic Makers Networks medlemmar") meets its base across documents.
  keys.forEach((k, i) => {
    const base = index.get(k.replace(/(?:'s|s)$/u, ''));
    if (base !== undefined && base !== i && !k.includes(':')) uf.union(i, base);
  });
  const byRoot = new Map<number, ExtractedEntity[]>();
  for (const e of all) {
    const root = uf.find(index.get(e.key)!);
    const members = byRoot.get(root);
    if (members) members.push(e);
    else byRoot.set(root, [e]);
  }
  const idOf = new Map<string, string>();
  const taken = new Set<string>();
  const entities: Entity[] = [];
  for (const [root, members] of [...byRoot].sort((a, b) => a[0] - b[0])) {
    const names = new Map<string, number>();
    const types = new Map<EntityType, number>();
    for (const m of members) {
      names.set(m.name, (names.get(m.name) ?? 0) + m.mentions.length);
      types.set(m.type, (types.get(m.type) ?? 0) + m.mentions.length);
    }
    const name = majority(names);
    const type = majority(types);
    let id = slugify(keys[root]!);
    if (taken.has(id)) id = `${id}:${type.toLowerCase()}`;
    taken.add(id);
    const aliases = [...new Set(members.flatMap((m) => [m.name, ...m.aliases]))].filter((a) => a !== name);
    const dates = members.reduce((merger, m) => merger.add(m.dates), new DateMerger()).dates();
    entities.push({ id, name, type, aliases, ...(dates && { dates }) });
    for (const m of members) idOf.set(m.key, id);
  }
  return { entities, idOf };
}
