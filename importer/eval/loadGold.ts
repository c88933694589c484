/** Reads a folder of gold annotation files; every error names the file and, where it can, the line. */
import fs from 'node:fs';
import path from 'node:path';
import { DataFileError, loadDataFile } from '../read/loadDataFile.js';
import { GoldDocumentSchema, type GoldDocument, type ScoredSide } from './goldSchema.js';
import { NameMatcher } from './matchNames.js';

export function loadGoldFolder(folder: string): GoldDocument[] {
  let names: string[];
  try {
    names = fs.readdirSync(folder).filter((f) => f.endsWith('.json')).sort();
  } catch (error) {
    throw new DataFileError(folder, undefined, `cannot read gold folder: ${(error as Error).message}`);
  }
  if (names.length === 0) throw new DataFileError(folder, undefined, 'no gold .json files');
  return names.map((f) => loadDataFile(path.join(folder, f), GoldDocumentSchema));
}

/** Turns a gold document into the scorer's form; a relation naming no annotated entity is an error in the file. */
export function goldSide(gold: GoldDocument, matcher: NameMatcher, file = gold.doc): ScoredSide {
  const keys = gold.entities.map((e) => [e.name, ...e.aliases].map((n) => matcher.normalise(n)));
  const find = (name: string): number => {
    const key = matcher.normalise(name);
    const index = keys.findIndex((k) => k.includes(key));
    if (index < 0) throw new DataFileError(file, undefined, `relation names "${name}", which is not an annotated entity`);
    return index;
  };
  return {
    entities: gold.entities.map(({ name, aliases, type, date }) => ({ name, aliases, type, ...(date && { dates: [date] }) })),
    relations: gold.relations.map((r) => ({ source: find(r.source), target: find(r.target), type: r.type, ...(r.date && { dates: [r.date] }) })),
  };
}
