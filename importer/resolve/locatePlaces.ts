/**
 * Gives every place entity its coordinates from the gazetteer (graph-data/lexicon/gazetteer.tsv). A name several
 * places share is settled by the countries the entity's documents point to (the language's country, and countries
 * the same documents name), then countries before cities before regions, then the larger population.
 */
import type { Entity } from '../../src/model/index.js';
import { placeKey, type GazetteerEntry, type PlaceKind } from '../lexicon/gazetteer.js';

export type GazetteerIndex = ReadonlyMap<string, readonly GazetteerEntry[]>;

/** The country a document's language points to; English points nowhere in particular. */
const LANGUAGE_COUNTRY: Readonly<Record<string, string>> = { sv: 'SE', da: 'DK', nb: 'NO', nn: 'NO' };

const KIND_RANK: Record<PlaceKind, number> = { country: 0, city: 1, region: 2 };

export function indexGazetteer(entries: readonly GazetteerEntry[]): GazetteerIndex {
  const index = new Map<string, GazetteerEntry[]>();
  for (const e of entries) {
    for (const key of new Set([e.name, ...e.aliases].map(placeKey))) {
      const list = index.get(key);
      if (list) list.push(e);
      else index.set(key, [e]);
    }
  }
  return index;
}

/** The entry the first of `names` that the gazetteer knows stands for, in the light of `countries`. */
export function pickPlace(names: readonly string[], countries: ReadonlySet<string>, index: GazetteerIndex): GazetteerEntry | undefined {
  for (const name of names) {
    const candidates = index.get(placeKey(name));
    if (!candidates) continue;
    return [...candidates].sort(
      (a, b) =>
        Number(countries.has(b.country)) - Number(countries.has(a.country)) ||
        KIND_RANK[a.kind] - KIND_RANK[b.kind] ||
        b.population - a.population ||
        a.name.localeCompare(b.name),
    )[0];
  }
  return undefined;
}

export interface PlaceContext {
  /** Ids of the entities each document names, with the document's language. */
  documents: readonly { language: string; entityIds: readonly string[] }[];
}

/**
 * Returns the entities with `location` (and `attributes.placeKind`, `attributes.country`) set on places the
 * gazetteer knows; other entities are returned as they were.
 */
export function locatePlaces(entities: readonly Entity[], context: PlaceContext, index: GazetteerIndex): Entity[] {
  const places = new Map(entities.filter((e) => e.type === 'Place').map((e) => [e.id, e]));
  if (places.size === 0) return [...entities];
  const namesOf = (e: Entity) => [e.name, ...e.aliases];
  // Countries need no context to be told apart; they then give it to the towns named beside them.
  const countryOf = new Map<string, string>();
  for (const p of places.values()) {
    const entry = pickPlace(namesOf(p), new Set(), index);
    if (entry?.kind === 'country') countryOf.set(p.id, entry.country);
  }
  const contextOf = new Map<string, Set<string>>();
  for (const d of context.documents) {
    const countries = new Set<string>();
    const own = LANGUAGE_COUNTRY[d.language];
    if (own) countries.add(own);
    for (const id of d.entityIds) {
      const c = countryOf.get(id);
      if (c) countries.add(c);
    }
    for (const id of d.entityIds) {
      if (!places.has(id)) continue;
      const set = contextOf.get(id) ?? new Set<string>();
      for (const c of countries) set.add(c);
      contextOf.set(id, set);
    }
  }
  return entities.map((e) => {
    if (e.type !== 'Place') return e;
    const entry = pickPlace(namesOf(e), contextOf.get(e.id) ?? new Set(), index);
    if (!entry) return e;
    return {
      ...e,
      location: { latitude: entry.latitude, longitude: entry.longitude },
      attributes: { ...e.attributes, placeKind: entry.kind, country: entry.country },
    };
  });
}
