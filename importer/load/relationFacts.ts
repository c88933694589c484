/**
 * A stored relation (or co-mention) is the sum of its parts, one per source: each supporting document, plus the
 * corrections file when a person added it. Parts can be read back from the stored properties, so one document's
 * part can be taken out or replaced without touching the others'.
 */
import type { CoMentionProps, RelationProps } from '../../src/db/queries/graphRows.js';
import { parseStatedTime, statedTimeJson, timeProps } from '../../src/db/queries/storedTime.js';
import { CURATED_DOCUMENT_ID, EvidenceSchema, type Evidence, type Language, type StatedTime } from '../../src/model/index.js';

export interface RelationPart {
  confidence: number;
  evidence: Evidence[];
  /** When the source says the relation held or began; absent when it gives no date. */
  dates?: StatedTime[];
  /** Only the curated part has a note. */
  note?: string;
}

/** Evidence as JSON with a fixed key order, so equal evidence is stored as equal strings. */
export function evidenceJson(e: Evidence): string {
  const { documentId, sentence, start, end, language, trigger, mechanism, note } = e;
  return JSON.stringify({ documentId, sentence, start, end, language, trigger, mechanism, note });
}

const byPosition = (a: Evidence, b: Evidence) =>
  a.start - b.start || a.end - b.end || (a.sentence < b.sentence ? -1 : a.sentence > b.sentence ? 1 : 0);

/** Null when no part is left: the relation is deleted. */
export function relationProps(id: string, parts: ReadonlyMap<string, RelationPart>): RelationProps | null {
  if (parts.size === 0) return null;
  const sources = [...parts.keys()].sort();
  const documentIds = sources.filter((s) => s !== CURATED_DOCUMENT_ID);
  const curated = parts.get(CURATED_DOCUMENT_ID);
  const evidence = sources.flatMap((s) => [...new Set([...parts.get(s)!.evidence].sort(byPosition).map(evidenceJson))]);
  const dates = sources.flatMap((s) => [...new Set((parts.get(s)!.dates ?? []).map(statedTimeJson))].sort());
  return {
    id,
    // Each document's confidence already combines its own evidence; the relation is as sure as its surest source.
    confidence: Math.max(...sources.map((s) => parts.get(s)!.confidence)),
    documentIds,
    documentConfidences: documentIds.map((d) => parts.get(d)!.confidence),
    documentCount: documentIds.length,
    evidence,
    evidenceCount: evidence.length,
    curated: curated !== undefined,
    note: curated?.note ?? null,
    ...timeProps(dates),
  };
}

export function relationParts(
  props: Pick<RelationProps, 'documentIds' | 'documentConfidences' | 'evidence' | 'curated' | 'note'> & { dates?: string[] },
): Map<string, RelationPart> {
  const parts = new Map<string, RelationPart>();
  props.documentIds.forEach((d, i) => parts.set(d, { confidence: props.documentConfidences[i] ?? 0, evidence: [] }));
  if (props.curated) parts.set(CURATED_DOCUMENT_ID, { confidence: 1, evidence: [], note: props.note ?? undefined });
  for (const json of props.evidence) {
    const e = EvidenceSchema.parse(JSON.parse(json));
    parts.get(e.documentId)?.evidence.push(e);
  }
  for (const json of props.dates ?? []) {
    const t = parseStatedTime(json);
    const part = parts.get(t.evidence.documentId);
    if (part) (part.dates ??= []).push(t);
  }
  return parts;
}

export function coMentionProps(id: string, parts: ReadonlyMap<string, number>): CoMentionProps | null {
  if (parts.size === 0) return null;
  const documentIds = [...parts.keys()].sort();
  const documentWeights = documentIds.map((d) => parts.get(d)!);
  return { id, weight: documentWeights.reduce((a, b) => a + b, 0), documentIds, documentWeights };
}

export function coMentionParts(props: Pick<CoMentionProps, 'documentIds' | 'documentWeights'>): Map<string, number> {
  return new Map(props.documentIds.map((d, i) => [d, props.documentWeights[i] ?? 0]));
}

/** A relation a person added: sure (confidence 1), with the note as its one piece of evidence. */
export function curatedPart(r: { note: string; language: Language }): RelationPart {
  return {
    confidence: 1,
    note: r.note,
    evidence: [{ documentId: CURATED_DOCUMENT_ID, sentence: r.note, start: 0, end: r.note.length, language: r.language, note: r.note }],
  };
}
