/**
 * The curate stage: applies human corrections to an extraction (merges and the splits that take them back, renames,
 * retypes, aliases) and returns what the graph must carry on top of it (entity overrides, relations added by hand,
 * review states). Rejected claims stay in the extraction, marked: the explorer can still show them struck through.
 * Pure: a correction naming an entity the extraction lacks becomes a warning, never a failure.
 */
import { isSymmetric, relationKey, type Diagnostic, type Entity, type Extraction } from '../../src/model/index.js';
import type { CorrectionKind, Corrections } from './correctionsSchema.js';
import { overrideOf, type Curation, type EntityOverride } from './curation.js';
import { curateReviews } from './curateReviews.js';
import { mergeEntities } from './mergeEntities.js';
import { cancelledMerges } from './splitMerges.js';

export interface CorrectedExtraction {
  extraction: Extraction;
  curation: Curation;
  diagnostics: Diagnostic[];
}

/** Follows merge chains (a→b, b→c gives a→c); a cycle or a self-merge is reported and ignored. */
function resolveMerges(corrections: Corrections, cancelled: Set<number>, warn: (kind: CorrectionKind, i: number, m: string) => void): Map<string, string> {
  const direct = new Map<string, string>();
  corrections.merge.forEach((m, i) => {
    if (cancelled.has(i)) return;
    if (m.from === m.into) warn('merge', i, `merge of "${m.from}" into itself`);
    else if (direct.has(m.from)) warn('merge', i, `"${m.from}" is already merged into "${direct.get(m.from)}"`);
    else direct.set(m.from, m.into);
  });
  const final = new Map<string, string>();
  corrections.merge.forEach((m, i) => {
    if (cancelled.has(i) || direct.get(m.from) !== m.into) return;
    const seen = new Set([m.from]);
    let to = m.into;
    while (direct.has(to) && !seen.has(to)) {
      seen.add(to);
      to = direct.get(to)!;
    }
    if (seen.has(to)) warn('merge', i, `merges of "${m.from}" form a cycle`);
    else final.set(m.from, to);
  });
  return final;
}

export function applyCorrections(input: Extraction, corrections: Corrections): CorrectedExtraction {
  const diagnostics: Diagnostic[] = [];
  const warn = (kind: CorrectionKind, i: number, message: string) =>
    diagnostics.push({ severity: 'warning', stage: 'curate', file: corrections.file, line: corrections.lineOf(kind, i), message: `${kind}: ${message}` });
  const curation: Curation = { file: corrections.file, entities: new Map(), relations: [], reviews: [] };
  const known = new Set(input.entities.map((e) => e.id));
  const absent = (id: string) => `"${id}" is not among the entities of the imported documents`;

  const cancelled = cancelledMerges(corrections, input, (i, message) => warn('split', i, message));
  const merges = resolveMerges(corrections, cancelled, warn);
  for (const [i, m] of corrections.merge.entries()) {
    const into = merges.get(m.from);
    if (!into || cancelled.has(i)) continue;
    if (!known.has(m.from)) warn('merge', i, absent(m.from));
    else if (!known.has(into)) {
      warn('merge', i, absent(into));
      merges.delete(m.from);
    } else overrideOf(curation, into, corrections.lineOf('merge', i));
  }
  for (const from of [...merges.keys()]) if (!known.has(from) || !known.has(merges.get(from)!)) merges.delete(from);
  let extraction = mergeEntities(input, merges);
  const map = (id: string) => merges.get(id) ?? id;
  const entities = new Map(extraction.entities.map((e) => [e.id, { ...e, aliases: [...e.aliases] }]));

  // Entity-level corrections are recorded as overrides even for entities outside this import: the graph may hold them.
  const edit = (kind: CorrectionKind, i: number, id: string, change: (e: Entity | undefined, o: EntityOverride) => void) =>
    change(entities.get(map(id)), overrideOf(curation, map(id), corrections.lineOf(kind, i)));
  corrections.rename.forEach((c, i) =>
    edit('rename', i, c.entity, (e, o) => {
      o.name = c.name;
      if (e && e.name !== c.name) {
        o.aliases.push(e.name);
        e.aliases = [...new Set([...e.aliases, e.name])].filter((a) => a !== c.name);
        e.name = c.name;
      }
    }),
  );
  corrections.retype.forEach((c, i) =>
    edit('retype', i, c.entity, (e, o) => {
      o.type = c.type;
      if (e) e.type = c.type;
    }),
  );
  corrections.alias.forEach((c, i) =>
    edit('alias', i, c.entity, (e, o) => {
      o.aliases.push(c.alias);
      if (e && e.name !== c.alias && !e.aliases.includes(c.alias)) e.aliases = [...e.aliases, c.alias];
    }),
  );

  corrections.add.forEach((c, i) => {
    const [source, target] = [map(c.source), map(c.target)];
    if (source === target) return warn('add', i, `a relation needs two different entities ("${source}")`);
    const [a, b] = isSymmetric(c.type) && target < source ? [target, source] : [source, target];
    const id = relationKey({ source: a, target: b, type: c.type });
    if (curation.relations.some((r) => r.id === id)) return warn('add', i, `${id} is already added above`);
    const line = corrections.lineOf('add', i);
    overrideOf(curation, a, line);
    overrideOf(curation, b, line);
    curation.relations.push({ id, source: a, target: b, type: c.type, note: c.note, language: c.language, line });
  });
  for (const o of curation.entities.values()) o.aliases = [...new Set(o.aliases)].sort();
  extraction = { ...extraction, entities: [...entities.values()] };
  curation.reviews = curateReviews(corrections, extraction, curation.relations, map, warn);
  return { extraction, curation, diagnostics };
}
