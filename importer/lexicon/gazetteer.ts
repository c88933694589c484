/**
 * The gazetteer of coordinates (graph-data/lexicon/gazetteer.tsv, written by generateGazetteer.ts from registry
 * packages): one place a line, tab-separated, so thousands of rows stay small and diff line by line. Rows are
 * zod-checked on load; an error names file and line.
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { PROJECT_ROOT } from '../../src/config.js';
import { DataFileError } from '../read/loadDataFile.js';
import { foldLoose } from './fold.js';

export const GAZETTEER_FILE = 'graph-data/lexicon/gazetteer.tsv';

export const PLACE_KINDS = ['country', 'region', 'city'] as const;
export const PlaceKindSchema = z.enum(PLACE_KINDS);
export type PlaceKind = z.infer<typeof PlaceKindSchema>;

export const GazetteerEntrySchema = z.object({
  name: z.string().min(1),
  kind: PlaceKindSchema,
  /** ISO 3166-1 alpha-2 code of the country the place lies in (its own for a country). */
  country: z.string().regex(/^[A-Z]{2}$/, 'country is an ISO 3166-1 alpha-2 code'),
  latitude: z.number().min(-90).max(90),
  longitude: z.number().min(-180).max(180),
  population: z.number().int().nonnegative(),
  /** Other names: translations in sv/da/nb/en and the aliases graph-data/lexicon/places.yaml gives the place. */
  aliases: z.array(z.string().min(1)),
});
export type GazetteerEntry = z.infer<typeof GazetteerEntrySchema>;

export const GAZETTEER_COLUMNS = ['name', 'kind', 'country', 'latitude', 'longitude', 'population', 'aliases'] as const;
const ALIAS_SEPARATOR = '|';

/** One row as written: coordinates to 4 decimals (about 10 m), aliases joined by '|'. */
export function gazetteerLine(e: GazetteerEntry): string {
  const fields = [e.name, e.kind, e.country, e.latitude.toFixed(4), e.longitude.toFixed(4), String(e.population), e.aliases.join(ALIAS_SEPARATOR)];
  for (const f of fields) if (/[\t\n]/.test(f)) throw new Error(`gazetteer: "${f}" holds a tab or newline`);
  return fields.join('\t');
}

const asNumber = (text: string) => (text.trim() === '' ? NaN : Number(text));

/** Parses the file's text; `file` names it in errors. Lines starting with '#' are comments, the first other line the header. */
export function parseGazetteer(file: string, text: string): GazetteerEntry[] {
  const entries: GazetteerEntry[] = [];
  let header = false;
  text.split('\n').forEach((line, i) => {
    if (line === '' || line.startsWith('#')) return;
    const cells = line.split('\t');
    if (!header) {
      if (cells.join(',') !== GAZETTEER_COLUMNS.join(',')) {
        throw new DataFileError(file, i + 1, `header must be ${GAZETTEER_COLUMNS.join(' ⇥ ')}`);
      }
      header = true;
      return;
    }
    if (cells.length !== GAZETTEER_COLUMNS.length) {
      throw new DataFileError(file, i + 1, `expected ${GAZETTEER_COLUMNS.length} tab-separated fields, found ${cells.length}`);
    }
    const [name, kind, country, latitude, longitude, population, aliases] = cells as [string, string, string, string, string, string, string];
    const checked = GazetteerEntrySchema.safeParse({
      name,
      kind,
      country,
      latitude: asNumber(latitude),
      longitude: asNumber(longitude),
      population: asNumber(population),
      aliases: aliases === '' ? [] : aliases.split(ALIAS_SEPARATOR),
    });
    if (!checked.success) {
      const issue = checked.error.issues[0]!;
      throw new DataFileError(file, i + 1, `${issue.path.join('.')}: ${issue.message}`);
    }
    entries.push(checked.data);
  });
  if (!header) throw new DataFileError(file, undefined, 'no header line');
  return entries;
}

/** Names meet whatever their case, diacritics (Nordic letters kept) and full stops or commas ("Washington, D.C."). */
export const placeKey = (name: string): string => foldLoose(name).replace(/\./g, '').replace(/,/g, ' ').replace(/\s+/g, ' ').trim();

const cache = new Map<string, GazetteerEntry[]>();

/** The gazetteer under `root` (the project by default); errors read `importer/lexicon: <file>:<line>: <what>`. */
export function loadGazetteer(root = PROJECT_ROOT): GazetteerEntry[] {
  const cached = cache.get(root);
  if (cached) return cached;
  const file = path.join(root, GAZETTEER_FILE);
  const relative = path.relative(root, file);
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    throw new DataFileError(relative, undefined, `cannot read: ${(error as Error).message}`);
  }
  try {
    const entries = parseGazetteer(relative, text);
    cache.set(root, entries);
    return entries;
  } catch (error) {
    if (error instanceof DataFileError) error.message = `importer/lexicon: ${error.message}`;
    throw error;
  }
}
