/** Stable ids of corrections: derived from what an item changes, so hand-written items have one too and undo finds it. */
import { createHash } from 'node:crypto';
import type { CorrectionKind, CorrectionsFile } from './correctionsSchema.js';

/** Who, when and why do not change what a correction does; two items differing only there are the same correction. */
const AUTHORSHIP = new Set(['by', 'at', 'note', 'language']);

export function correctionId(kind: CorrectionKind, item: object): string {
  const fields = Object.entries(item)
    .filter(([k, v]) => !AUTHORSHIP.has(k) && v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : 1));
  return `${kind}-${createHash('sha256').update(JSON.stringify(fields)).digest('hex').slice(0, 10)}`;
}

/** The kinds a person applies from the details panel (review states are stored apart, in verify and reject). */
export const EDIT_KINDS = ['merge', 'split', 'rename', 'retype', 'alias', 'add'] as const satisfies readonly CorrectionKind[];
export type EditKind = (typeof EDIT_KINDS)[number];

export interface ListedCorrection {
  id: string;
  kind: EditKind;
  item: CorrectionsFile[EditKind][number];
  index: number;
}

export function listCorrections(file: CorrectionsFile): ListedCorrection[] {
  return EDIT_KINDS.flatMap((kind) => file[kind].map((item, index) => ({ id: correctionId(kind, item), kind, item, index })));
}
