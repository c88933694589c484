/** Finds the mentions, entities and stated relations of one segmented document. */
import type { EntityType, Evidence, RelationType, StatedTime } from '../../src/model/index.js';
import type { Knowledge } from '../lexicon/loadKnowledge.js';
import type { ReadDocument, SegmentedDocument } from '../types.js';
import { acceptNames, initialsPairs } from './acceptNames.js';
import type { Candidate, DocumentContext } from './candidate.js';
import { entityKey } from './entityKey.js';
import { extendRepeatedNames } from './extendRepeatedNames.js';
import { findAcronyms } from './findAcronyms.js';
import { findCapitalisedNames } from './findCapitalisedNames.js';
import { findDemonymPlaces } from './findDemonymPlaces.js';
import { findLowercaseNames } from './findLowercaseNames.js';
import { findQuotedNames } from './findQuotedNames.js';
import { groupMentions, type MentionGroup } from './groupMentions.js';
import { checkDeadline } from './deadline.js';
import { attachDates, type FoundDate } from './dates/attachDates.js';
import { dateContext } from './dates/dateContext.js';
import { documentPartialDate } from './dates/documentPartialDate.js';
import { documentSubject } from './frames/documentSubject.js';
import { gatherings } from './frames/gatheringFrame.js';
import { listFrames } from './frames/listFrames.js';
import { moneyRelations } from './frames/moneyFrame.js';
import { listLineLocations } from './frames/locationFrame.js';
import { partOfRelations } from './frames/partOfFrame.js';
import { peopleRelations } from './frames/peopleRelations.js';
import { addBackReferences } from './relations/backReferences.js';
import { branchRelations } from './relations/branchRelations.js';
import type { FoundRelation, SentenceView } from './relations/sentenceMentions.js';
import { structuralRelations } from './relations/structuralRelations.js';
import { triggerRelations } from './relations/triggerRelations.js';
import { tokenizeSentence, type Tok } from './tokenize.js';

export interface ExtractedEntity {
  /** Names the entity across documents (see entityKey). */
  key: string;
  name: string;
  type: EntityType;
  aliases: string[];
  mentions: { start: number; end: number; sentence: number }[];
  /** An event's dates, as its sentences state them; absent when none does. */
  dates?: StatedTime[];
}

export interface ExtractedRelation {
  source: string;
  target: string;
  type: RelationType;
  confidence: number;
  evidence: Evidence;
  /** When its clause says it began, ended or happened; absent when it says nothing. */
  dates?: StatedTime[];
}

export interface DocumentExtraction {
  /** The document without its sentences: a corpus's tokens would otherwise stay in memory until resolve. */
  document: ReadDocument;
  entities: ExtractedEntity[];
  relations: ExtractedRelation[];
  /** Pairs of entity keys named in one sentence with no relation stated between them. */
  coMentions: [string, string][];
}

function lowerWordsOf(sentences: Tok[][]): Set<string> {
  const words = new Set<string>();
  for (const toks of sentences) for (const t of toks) if (t.kind === 'word' && !t.cap && !t.initial) words.add(t.lower);
  return words;
}

function findCandidates(ctx: DocumentContext): Candidate[] {
  return ctx.sentences.flatMap((toks, s) => {
    checkDeadline('find names');
    const taken = toks.map(() => false);
    const special = [...findQuotedNames(ctx, s, toks, taken), ...findLowercaseNames(ctx, s, toks, taken)];
    const all = [...special, ...findCapitalisedNames(ctx, s, toks, taken), ...findDemonymPlaces(ctx, s, toks)];
    return all.sort((a, b) => a.start - b.start);
  });
}

/** Each sentence's mentions, back-references included, and the actor the document is about. */
function sentenceViews(ctx: DocumentContext, groups: MentionGroup[], title: string): { views: SentenceView[]; subject?: MentionGroup } {
  const views: SentenceView[] = ctx.sentences.map((toks, index) => ({ index, toks, mentions: [] }));
  for (const group of groups) {
    for (const m of group.mentions) views[m.sentence]!.mentions.push({ group, first: m.first, last: m.last, start: m.start, end: m.end, backReference: false });
  }
  for (const v of views) v.mentions.sort((a, b) => a.first - b.first);
  const subject = documentSubject(ctx.text, views, title);
  addBackReferences(ctx, views, subject);
  return { views, subject };
}

/** Relations read inside one sentence, by every sentence-level frame. */
function sentenceRelations(ctx: DocumentContext, v: SentenceView, subject: MentionGroup | undefined): FoundRelation[] {
  checkDeadline('relations');
  return [...triggerRelations(ctx, v, subject), ...structuralRelations(ctx, v), ...moneyRelations(ctx, v, subject), ...partOfRelations(ctx, v), ...listLineLocations(ctx, v)];
}

export function extractDocument(document: SegmentedDocument, knowledge: Knowledge): DocumentExtraction {
  const sentences = document.sentences.map(tokenizeSentence);
  const ctx: DocumentContext = { text: document.text, knowledge, lang: knowledge.forLanguage(document.language), lowerWords: lowerWordsOf(sentences), sentences };
  const mentions = acceptNames(ctx, extendRepeatedNames(ctx, findCandidates(ctx)));
  const acronyms = [...findAcronyms(ctx, mentions), ...initialsPairs(mentions)];
  const groups = groupMentions(ctx, mentions, acronyms);
  const { views, subject } = sentenceViews(ctx, groups, document.title);
  const found: FoundRelation[] = [
    ...views.flatMap((v) => sentenceRelations(ctx, v, subject)),
    ...branchRelations(ctx, groups),
    ...listFrames(ctx, views, subject),
    ...peopleRelations(ctx, views, subject),
  ];
  const dates = dateContext(ctx.lang, documentPartialDate(document.date));
  const gathered = gatherings(ctx, views, groups, dates);
  found.push(...gathered.flatMap((g) => g.relations));
  const dated = attachDates(ctx, views, found, dates);
  for (const g of gathered) dated.events.set(g.group, g.dates);
  // Places count only where the text ties an actor to them.
  const related = new Set(found.flatMap((r) => [r.source, r.target]));
  const kept = [...groups, ...gathered.map((g) => g.group)].filter((g) => g.type !== 'Place' || related.has(g));
  const keys = new Map(kept.map((g) => [g, entityKey(g, knowledge)]));
  const evidence = (r: Pick<FoundRelation, 'sentence' | 'trigger' | 'mechanism'>): Evidence => {
    const s = document.sentences[r.sentence]!;
    return { documentId: document.id, sentence: s.text, start: s.start, end: s.end, language: document.language, trigger: r.trigger, mechanism: r.mechanism };
  };
  const stated = (found: FoundDate[] | undefined): { dates?: StatedTime[] } => {
    if (!found?.length) return {};
    return { dates: found.map((d) => ({ ...d.span, evidence: evidence({ sentence: d.sentence, trigger: d.trigger, mechanism: 'date' }) })) };
  };
  const relations: ExtractedRelation[] = found.map((r) => {
    const confidence = knowledge.calibration(r.mechanism, r.type) ?? r.confidence;
    return { source: keys.get(r.source)!, target: keys.get(r.target)!, type: r.type, confidence, evidence: { ...evidence(r), confidence }, ...stated(dated.relations.get(r)) };
  });
  const { sentences: _sentences, ...read } = document;
  return {
    document: read,
    entities: kept.map((g) => ({
      key: keys.get(g)!,
      name: g.name,
      type: g.type,
      aliases: g.aliases,
      mentions: g.mentions.map((m) => ({ start: m.start, end: m.end, sentence: m.sentence })),
      ...stated(dated.events.get(g)),
    })),
    relations,
    coMentions: coMentions(views, keys, relations),
  };
}

function coMentions(views: SentenceView[], keys: Map<MentionGroup, string>, relations: ExtractedRelation[]): [string, string][] {
  const related = new Set(relations.flatMap((r) => [`${r.source}\u0000${r.target}`, `${r.target}\u0000${r.source}`]));
  const pairs: [string, string][] = [];
  for (const v of views) {
    const ks = [...new Set(v.mentions.filter((m) => !m.backReference).map((m) => keys.get(m.group)).filter((k): k is string => !!k))].sort();
    ks.forEach((a, i) => ks.slice(i + 1).forEach((b) => !related.has(`${a}\u0000${b}`) && pairs.push([a, b])));
  }
  return pairs;
}
