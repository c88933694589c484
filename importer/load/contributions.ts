/**
 * Splits a corpus-wide Extraction into what each document contributes: its own node, its mentions (with the name,
 * type and aliases it gives each entity), its part of every relation and co-mention. A document can then be
 * replaced or removed alone, and a hash of its facts tells whether anything about it changed.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/config.js';
import type { DocumentProps } from '../../src/db/queries/graphRows.js';
import { statedTimeJson } from '../../src/db/queries/storedTime.js';
import { EntitySchema, isSymmetric, relationKey, RELATION_TYPES, type CoMention, type Diagnostic, type Document, type Entity, type Evidence, type Extraction, type RelationType } from '../../src/model/index.js';
import type { EntityClaim } from './entityFacts.js';
import type { RelationPart } from './relationFacts.js';
import { appendTo } from './appendTo.js';
import { documentConfidence } from './documentConfidence.js';

export interface MentionClaim extends EntityClaim {
  entityId: string;
  /** 0 when the document states a relation of the entity without naming it (a back-reference). */
  count: number;
  offsets: number[];
}

export interface RelationContribution {
  id: string;
  type: RelationType;
  source: string;
  target: string;
  part: RelationPart;
}

export interface CoMentionContribution {
  id: string;
  source: string;
  target: string;
  weight: number;
}

export interface DocumentContribution {
  document: DocumentProps;
  mentions: MentionClaim[];
  relations: RelationContribution[];
  coMentions: CoMentionContribution[];
  /** Hash of everything above: equal hashes mean the stored document needs no write. */
  factsHash: string;
}

/** Paths inside the project are stored relative to it, so a graph does not depend on where the clone lives. */
export const storedPath = (p: string | undefined): string | null =>
  p === undefined ? null : path.relative(PROJECT_ROOT, path.resolve(p)).startsWith('..') ? path.resolve(p) : path.relative(PROJECT_ROOT, path.resolve(p));

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** A co-mention's weight counts sentences across documents; each document gets an even share (earlier ids first). */
function weightShares(weight: number, documentIds: string[]): Map<string, number> {
  const base = Math.floor(weight / documentIds.length);
  const extra = weight - base * documentIds.length;
  return new Map(documentIds.map((d, i) => [d, base + (i < extra ? 1 : 0)]));
}

/** Most relations rest on one document: their evidence needs no grouping, only a copy to sort. */
function evidenceByDocument(evidence: Evidence[]): Iterable<[string, Evidence[]]> {
  const first = evidence[0]?.documentId;
  if (evidence.every((e) => e.documentId === first)) return first === undefined ? [] : [[first, [...evidence]]];
  const byDoc = new Map<string, Evidence[]>();
  for (const e of evidence) appendTo(byDoc, e.documentId, e);
  return byDoc;
}

/** Each document's own sentences of the pair when the extraction counted them, else an even share. */
function documentWeights(c: CoMention, known: string[]): Map<string, number> {
  if (!c.documentWeights || c.documentWeights.length !== c.documentIds.length) return weightShares(c.weight, known);
  const own = new Map<string, number>();
  c.documentIds.forEach((d, i) => own.set(d, (own.get(d) ?? 0) + c.documentWeights![i]!));
  return new Map(known.map((d) => [d, own.get(d)!]));
}

const KNOWN_RELATION_TYPES: ReadonlySet<string> = new Set(RELATION_TYPES);

function documentProps(d: Document): DocumentProps {
  return { id: d.id, title: d.title, language: d.language, source: d.source, date: d.date, path: storedPath(d.path), contentHash: d.contentHash, text: d.text ?? '' };
}

export function splitContributions(extraction: Extraction): { contributions: DocumentContribution[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const warn = (file: string, message: string) => diagnostics.push({ severity: 'warning', stage: 'load', file, message });
  // Bad entities are reported and left out (with their mentions and relations) rather than written half-valid.
  const entities = new Map<string, Entity>();
  // Every claim about an entity carries the same sorted aliases; they are only read, so claims share one array.
  const sortedAliases = new Map<string, string[]>();
  for (const e of extraction.entities) {
    const checked = EntitySchema.safeParse(e);
    if (checked.success) {
      entities.set(e.id, checked.data);
      sortedAliases.set(e.id, [...checked.data.aliases].sort());
    }
    else diagnostics.push({ severity: 'error', stage: 'load', file: '(extraction)', message: `entity "${e.id}": ${checked.error.issues[0]!.path.join('.')}: ${checked.error.issues[0]!.message}` });
  }
  const docs = new Map(extraction.documents.map((d) => [d.id, { doc: d, claims: new Map<string, MentionClaim>(), relations: [] as RelationContribution[], coMentions: [] as CoMentionContribution[] }]));
  const fileOf = (docId: string) => docs.get(docId)?.doc.path ?? docId;
  const claim = (docId: string, entity: Entity): MentionClaim => {
    const claims = docs.get(docId)!.claims;
    let c = claims.get(entity.id);
    if (!c) {
      c = { entityId: entity.id, name: entity.name, type: entity.type, aliases: sortedAliases.get(entity.id)!, count: 0, offsets: [] };
      if (entity.location) c.location = entity.location;
      const kind = entity.attributes?.placeKind;
      if (typeof kind === 'string') c.placeKind = kind;
      // Each document claims the statements of an event's time its own sentences make.
      const dates = entity.dates?.filter((t) => t.evidence.documentId === docId).map(statedTimeJson).sort();
      if (dates?.length) c.dates = dates;
      claims.set(entity.id, c);
    }
    return c;
  };

  for (const { doc } of docs.values()) {
    for (const m of [...doc.mentions].sort((a, b) => a.start - b.start || a.end - b.end)) {
      const entity = entities.get(m.entityId);
      if (!entity) warn(fileOf(doc.id), `mention at ${m.start} names unknown entity "${m.entityId}": skipped`);
      else {
        const c = claim(doc.id, entity);
        c.count += 1;
        c.offsets.push(m.start, m.end);
      }
    }
  }
  for (const r of extraction.relations) {
    const key = relationKey(r);
    const [source, target] = isSymmetric(r.type) && r.target < r.source ? [r.target, r.source] : [r.source, r.target];
    const [a, b] = [entities.get(source), entities.get(target)];
    if (!KNOWN_RELATION_TYPES.has(r.type)) {
      diagnostics.push({ severity: 'error', stage: 'load', file: '(extraction)', message: `relation ${key}: unknown type "${r.type}"` });
      continue;
    }
    if (!a || !b || source === target) {
      warn(fileOf(r.evidence[0]?.documentId ?? '(extraction)'), `relation ${key} ${source === target ? 'links an entity to itself' : 'names an unknown entity'}: skipped`);
      continue;
    }
    for (const [docId, evidence] of evidenceByDocument(r.evidence)) {
      if (!docs.has(docId)) {
        warn(docId, `evidence of ${key} cites a document that is not being imported: skipped`);
        continue;
      }
      claim(docId, a);
      claim(docId, b);
      const dates = r.dates?.filter((t) => t.evidence.documentId === docId);
      const part: RelationPart = { confidence: documentConfidence(evidence, r.confidence), evidence: evidence.sort((x, y) => x.start - y.start || x.end - y.end) };
      if (dates?.length) part.dates = dates;
      docs.get(docId)!.relations.push({ id: key, type: r.type, source, target, part });
    }
    if (r.evidence.length === 0) warn('(extraction)', `relation ${key} has no evidence: skipped`);
  }
  for (const c of extraction.coMentions) {
    const [source, target] = c.source < c.target ? [c.source, c.target] : [c.target, c.source];
    const [a, b] = [entities.get(source), entities.get(target)];
    const known = [...new Set(c.documentIds)].filter((d) => docs.has(d)).sort();
    if (!a || !b || source === target || known.length === 0) continue;
    const id = `${source}>CO_MENTIONED>${target}`;
    for (const [docId, weight] of documentWeights(c, known)) {
      claim(docId, a);
      claim(docId, b);
      docs.get(docId)!.coMentions.push({ id, source, target, weight });
    }
  }

  const contributions = [...docs.values()].map(({ doc, claims, relations, coMentions }) => {
    const facts = {
      document: documentProps(doc),
      mentions: [...claims.values()].sort((x, y) => (x.entityId < y.entityId ? -1 : 1)),
      relations: relations.sort(byId),
      coMentions: coMentions.sort(byId),
    };
    return { ...facts, factsHash: createHash('sha256').update(JSON.stringify(facts)).digest('hex') };
  });
  return { contributions: contributions.sort((x, y) => byId(x.document, y.document)), diagnostics };
}
