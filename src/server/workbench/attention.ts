/**
 * What needs a person's attention: corrections and reviews of the curated file that match nothing in the corpus
 * (the entity or relation is gone, a split takes nothing back), or the file itself when it cannot be read.
 */
import { applyCorrections } from '../../../importer/curate/applyCorrections.js';
import { CORRECTION_LISTS, type CorrectionKind, type Corrections } from '../../../importer/curate/correctionsSchema.js';
import { resolveCuration } from '../../../importer/load/syncCuration.js';
import { DataFileError } from '../../../importer/read/loadDataFile.js';
import type { AttentionItem, Extraction } from '../../model/index.js';

/** An item as a person would name it: `merge some-org into other-org`. */
function describe(kind: CorrectionKind, item: Record<string, unknown>): string {
  const claim = 'entity' in item ? `entity ${String(item.entity)}` : `${String(item.source)} ${String(item.type)} ${String(item.target)}`;
  switch (kind) {
    case 'merge':
      return `merge ${String(item.from)} into ${String(item.into)}`;
    case 'split':
      return `split "${String(item.name)}" out of ${String(item.entity)}`;
    case 'rename':
      return `rename ${String(item.entity)} to "${String(item.name)}"`;
    case 'retype':
      return `retype ${String(item.entity)} as ${String(item.type)}`;
    case 'alias':
      return `alias "${String(item.alias)}" of ${String(item.entity)}`;
    case 'add':
      return `add ${claim}`;
    default:
      return `${kind} ${claim}`;
  }
}

export function attentionItems(read: () => Corrections, extraction: () => Extraction): AttentionItem[] {
  let corrections: Corrections;
  try {
    corrections = read();
  } catch (error) {
    if (!(error instanceof DataFileError)) throw error;
    return [{ kind: 'file', item: error.file, reason: error.detail, file: error.file, line: error.line }];
  }
  const at = new Map<number, { kind: CorrectionKind; item: Record<string, unknown> }>();
  for (const kind of CORRECTION_LISTS) corrections[kind].forEach((item, i) => at.set(corrections.lineOf(kind, i), { kind, item }));
  const corrected = applyCorrections(extraction(), corrections);
  // Renames, retypes and aliases of an entity no document names are kept for the graph; here they count as unmatched.
  const ids = new Set(corrected.extraction.entities.map((e) => e.id));
  const unnamed = resolveCuration(corrected.curation, (id) => ids.has(id)).diagnostics;
  const reported = new Set(corrected.diagnostics.map((d) => d.line));
  return [...corrected.diagnostics, ...unnamed.filter((d) => !reported.has(d.line))].map((d) => {
    const found = d.line === undefined ? undefined : at.get(d.line);
    const kind = found?.kind ?? d.message.split(':')[0]!;
    return {
      kind: kind === 'verify' || kind === 'reject' ? 'review' : kind,
      item: found ? describe(found.kind, found.item) : d.message,
      reason: d.message.replace(/^\w+: /, ''),
      file: d.file,
      line: d.line,
    };
  });
}
