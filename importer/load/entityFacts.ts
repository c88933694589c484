/**
 * How the claims of several documents about one entity (the name, type and aliases each document's extraction gave
 * it) and a person's corrections combine into the stored entity. The rule depends only on the set of claims, so
 * the graph is the same whatever order documents were imported in.
 */
import type { EntityProps } from '../../src/db/queries/graphRows.js';
import { foldName } from '../../src/db/queries/luceneQuery.js';
import { timeProps } from '../../src/db/queries/storedTime.js';
import { EntityTypeSchema, type EntityType, type GeoPoint } from '../../src/model/index.js';
import type { EntityOverride } from '../curate/curation.js';

export interface EntityClaim {
  name: string;
  type: EntityType;
  aliases: string[];
  location?: GeoPoint;
  placeKind?: string;
  /** JSON StatedTime. */
  dates?: string[];
}

/** A position as documents claim it, with the gazetteer's kind of place. */
export interface ClaimedLocation extends GeoPoint {
  kind: string | null;
}

/** Claims counted by value: how many documents gave each name and each type, and every alias any gave. */
export interface ClaimTally {
  names: [string, number][];
  types: [string, number][];
  aliases: string[];
  locations: [ClaimedLocation, number][];
  dates: string[];
}

export function tallyClaims(claims: Iterable<EntityClaim>): ClaimTally {
  const names = new Map<string, number>();
  const types = new Map<string, number>();
  const aliases = new Set<string>();
  const locations = new Map<string, [ClaimedLocation, number]>();
  const dates = new Set<string>();
  for (const c of claims) {
    names.set(c.name, (names.get(c.name) ?? 0) + 1);
    types.set(c.type, (types.get(c.type) ?? 0) + 1);
    for (const a of c.aliases) aliases.add(a);
    if (c.location) {
      const at: ClaimedLocation = { latitude: c.location.latitude, longitude: c.location.longitude, kind: c.placeKind ?? null };
      const key = JSON.stringify(at);
      locations.set(key, [at, (locations.get(key)?.[1] ?? 0) + 1]);
    }
    for (const d of c.dates ?? []) dates.add(d);
  }
  return { names: [...names], types: [...types], aliases: [...aliases], locations: [...locations.values()], dates: [...dates] };
}

/** The value most documents agree on; ties go to the smaller string, so the choice never depends on order. */
function mostCommon(counts: [string, number][]): string | undefined {
  let best: [string, number] | undefined;
  for (const c of counts) if (!best || c[1] > best[1] || (c[1] === best[1] && c[0] < best[0])) best = c;
  return best?.[0];
}

export const overrideJson = (o: EntityOverride | undefined): string | null =>
  o ? JSON.stringify({ name: o.name, type: o.type, aliases: o.aliases }) : null;

export function parseOverride(json: unknown): EntityOverride | undefined {
  if (typeof json !== 'string') return undefined;
  const o = JSON.parse(json) as { name?: string; type?: EntityType; aliases?: string[] };
  return { name: o.name, type: o.type, aliases: o.aliases ?? [], line: 0 };
}

/**
 * The stored properties of an entity, or null when nothing names it any more. `fallback` is what the graph holds
 * now: a curated entity whose documents are all gone keeps its last name and type.
 */
export function mergeEntity(
  id: string,
  tally: ClaimTally,
  override: EntityOverride | undefined,
  fallback?: { name: string; type: string },
): EntityProps | null {
  const name = override?.name ?? mostCommon(tally.names) ?? (override ? fallback?.name : undefined);
  const type = EntityTypeSchema.safeParse(override?.type ?? mostCommon(tally.types) ?? fallback?.type);
  if (!name || !type.success) return null;
  const aliasSet = new Set([...tally.aliases, ...(override?.aliases ?? []), ...tally.names.map(([n]) => n)]);
  aliasSet.delete(name);
  const aliases = [...aliasSet].sort();
  // Documents agree on a place's position unless the gazetteer changed between imports: most claims win, then the
  // smaller JSON, so the choice never depends on order.
  const location = type.data === 'Place'
    ? tally.locations.map(([l, n]) => [JSON.stringify(l), l, n] as const).sort((a, b) => b[2] - a[2] || (a[0] < b[0] ? -1 : 1))[0]?.[1]
    : undefined;
  return {
    id,
    name,
    type: type.data,
    aliases,
    aliasText: aliases.join(' | '),
    nameFolded: foldName(name),
    curated: override !== undefined,
    curation: overrideJson(override),
    location: location ? { latitude: location.latitude, longitude: location.longitude } : null,
    placeKind: location?.kind ?? null,
    ...timeProps([...tally.dates].sort()),
  };
}
