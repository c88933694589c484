/**
 * Loads the language knowledge (graph-data/lexicon) and, unless switched off, the curated aliases
 * (graph-data/curated/aliases*.yaml). Every file is zod-validated; an error names file and line. Cached per root.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { PROJECT_ROOT } from '../../src/config.js';
import { LANGUAGES, RELATION_TYPES, type Language } from '../../src/model/index.js';
import { calibration, NO_CALIBRATION, type Calibration } from '../calibrate/calibratedConfidence.js';
import { CalibrationFileSchema } from '../calibrate/calibrationSchema.js';
import { DataFileError, loadDataFile } from '../read/loadDataFile.js';
import { buildDateGrammar, NO_DATE_GRAMMAR } from './buildDateGrammar.js';
import { buildLanguageKnowledge } from './buildLanguageKnowledge.js';
import { foldKey } from './fold.js';
import type { AliasGroup, Knowledge, LanguageKnowledge, Place } from './knowledge.js';
import {
  CommonLexiconSchema,
  CuratedAliasesSchema,
  DateGrammarSchema,
  KnownEntitiesSchema,
  LanguageLexiconSchema,
  PlacesSchema,
  type KnownEntity,
} from './lexiconSchema.js';

export type { Knowledge, LanguageKnowledge } from './knowledge.js';

const cache = new Map<string, Knowledge>();

/** Reads one data file; errors become `importer/lexicon: <file relative to root>:<line>: <what>`. */
function load<S extends z.ZodType>(root: string, file: string, schema: S): z.infer<S> {
  try {
    return loadDataFile(file, schema);
  } catch (error) {
    if (!(error instanceof DataFileError)) throw error;
    const relative = path.relative(root, error.file) || error.file;
    const wrapped = new DataFileError(relative, error.line, error.detail);
    wrapped.message = `importer/lexicon: ${wrapped.message}`;
    throw wrapped;
  }
}

function indexPlaces(places: Place[]): Map<string, Place> {
  const index = new Map<string, Place>();
  for (const p of places) for (const n of [p.name, ...p.aliases]) if (!index.has(foldKey(n))) index.set(foldKey(n), p);
  return index;
}

/** Token texts as the extraction tokenizer splits them ("ek. för." → ek, ., för, .), by first token, longest first. */
function indexLegalForms(forms: string[]): Map<string, string[][]> {
  const index = new Map<string, string[][]>();
  for (const tokens of forms.map((f) => f.match(/[\p{L}\p{N}]+|\S/gu) ?? [])) index.set(tokens[0]!, [...(index.get(tokens[0]!) ?? []), tokens]);
  for (const list of index.values()) list.sort((a, b) => b.length - a.length);
  return index;
}

function indexGroups<T extends AliasGroup | KnownEntity>(groups: T[]): Map<string, T> {
  const index = new Map<string, T>();
  for (const g of groups) for (const n of [g.name, ...g.aliases]) index.set(foldKey(n), g);
  return index;
}

function loadCurated(root: string): AliasGroup[] {
  const folder = path.join(root, 'graph-data/curated');
  if (!fs.existsSync(folder)) return [];
  return fs
    .readdirSync(folder)
    .filter((f) => /^aliases.*\.ya?ml$/.test(f))
    .sort()
    .flatMap((f) => load(root, path.join(folder, f), CuratedAliasesSchema).aliases);
}

/** graph-data/eval/calibration.yaml, when `npm run calibrate` has written one. */
export const CALIBRATION_FILE = 'graph-data/eval/calibration.yaml';

function loadCalibration(root: string): Calibration {
  const file = path.join(root, CALIBRATION_FILE);
  return fs.existsSync(file) ? calibration(load(root, file, CalibrationFileSchema).mechanisms) : NO_CALIBRATION;
}

export function loadKnowledge(options: { curated: boolean; root?: string }): Knowledge {
  const root = options.root ?? PROJECT_ROOT;
  const key = `${root}\u0000${options.curated}`;
  const cached = cache.get(key);
  if (cached) return cached;

  const lexicon = path.join(root, 'graph-data/lexicon');
  const common = load(root, path.join(lexicon, 'common.yaml'), CommonLexiconSchema);
  const dateGrammar = load(root, path.join(lexicon, 'dates.yaml'), DateGrammarSchema);
  const languages = new Map<Language, LanguageKnowledge>();
  for (const language of LANGUAGES) {
    const file = path.join(lexicon, `${language}.yaml`);
    if (!fs.existsSync(file)) continue;
    const spec = load(root, file, LanguageLexiconSchema);
    if (spec.language !== language) {
      throw new DataFileError(path.relative(root, file), 1, `"language" is ${spec.language}, expected ${language}`);
    }
    const dates = buildDateGrammar(dateGrammar[language] ?? NO_DATE_GRAMMAR);
    languages.set(language, { ...buildLanguageKnowledge(spec, common, root, file), dates });
  }
  const english = languages.get('en');
  if (!english) throw new DataFileError(path.relative(root, path.join(lexicon, 'en.yaml')), undefined, 'missing');

  const places: Place[] = load(root, path.join(lexicon, 'places.yaml'), PlacesSchema).places;
  const known = load(root, path.join(lexicon, 'known-entities.yaml'), KnownEntitiesSchema).entities;
  const byWordCount = places.flatMap((p) => [p.name, ...p.aliases]).map((n) => n.split(/\s+/).length);

  const knowledge: Knowledge = {
    curated: options.curated,
    languages,
    english,
    // Nynorsk documents read with the Bokmål lexicon; anything else falls back to English.
    forLanguage: (language) => languages.get(language) ?? (language === 'nn' ? languages.get('nb') : undefined) ?? english,
    places: indexPlaces(places),
    longestPlaceName: Math.max(1, ...byWordCount),
    demonyms: new Map(places.flatMap((p) => p.demonyms.map((d) => [d, p] as const))),
    peopleNouns: new Map(places.flatMap((p) => p.people.map((d) => [d, p] as const))),
    knownEntities: indexGroups(known),
    curatedAliases: indexGroups(options.curated ? loadCurated(root) : []),
    givenNames: new Set(common.givenNames),
    surnameEndings: common.surnameEndings,
    nonNames: new Set(common.nonNames),
    legalForms: indexLegalForms(common.legalForms),
    branchWords: new Set(common.branchWords),
    listFrames: common.listFrames,
    coAgentRelations: new Set(common.coAgentRelations),
    calibration: loadCalibration(root),
    relationRoles: Object.fromEntries(
      RELATION_TYPES.map((t) => [t, { source: new Set(common.relationRoles[t].source), target: new Set(common.relationRoles[t].target) }]),
    ) as unknown as Knowledge['relationRoles'],
    leadingWords: new Map([...languages].map(([l, k]) => [l, k.leadingWords])),
  };
  cache.set(key, knowledge);
  return knowledge;
}
