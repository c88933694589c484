/** A span of a sentence that may name an entity, with the clues about its type found around it. */
import type { EntityType } from '../../src/model/index.js';
import type { Knowledge, LanguageKnowledge } from '../lexicon/knowledge.js';
import type { Tok } from './tokenize.js';

export interface TypeVote {
  type: EntityType;
  weight: number;
  why: string;
}

export interface Candidate {
  sentence: number;
  /** Token range in the sentence, end exclusive. */
  first: number;
  last: number;
  /** Document offsets, end exclusive. */
  start: number;
  end: number;
  name: string;
  /** Evidence enough on its own; a weak candidate needs the same name confirmed elsewhere in the document. */
  strong: boolean;
  votes: TypeVote[];
}

/** What the name finders need about the document being read. */
export interface DocumentContext {
  text: string;
  knowledge: Knowledge;
  lang: LanguageKnowledge;
  /** Words seen in lower case in the middle of a sentence: a capitalised one at a sentence start is no name. */
  lowerWords: ReadonlySet<string>;
  sentences: Tok[][];
}

export function spanCandidate(ctx: DocumentContext, sentence: number, toks: Tok[], first: number, last: number): Candidate {
  const start = toks[first]!.start;
  const end = toks[last - 1]!.end;
  return { sentence, first, last, start, end, name: ctx.text.slice(start, end), strong: false, votes: [] };
}

/** A word of the document's language or of English (English phrases are common in Nordic texts). */
export function isCommonWord(ctx: DocumentContext, lower: string, compounds: boolean): boolean {
  if (ctx.lang.calendarWords.has(lower) || ctx.lang.stopWords.has(lower)) return true;
  if (ctx.lowerWords.has(lower)) return true;
  for (const s of ctx.lang.commonWords.stemsOf(lower)) if (ctx.lowerWords.has(s)) return true;
  const check = (k: LanguageKnowledge) => (compounds ? k.commonWords.isCommon(lower) : k.commonWords.isWord(lower));
  return check(ctx.lang) || (ctx.lang !== ctx.knowledge.english && ctx.knowledge.english.commonWords.isWord(lower));
}
