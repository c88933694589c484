/** Capitalised spans of a sentence as name candidates: "Room for Growth", "Universitetet i Agder", "Vestland fylkeskommune". */
import { foldKey } from '../lexicon/fold.js';
import { isCommonWord, spanCandidate, type Candidate, type DocumentContext } from './candidate.js';
import { endsInApostropheS, inLanguageOrEnglish, isArticle, isContentWord, isLowerWord, isNameToken, isWord, scanLowercaseWords } from './nameTokens.js';
import { legalFormEnd, runEndsInLegalForm } from './legalForms.js';
import type { Tok } from './tokenize.js';
import { contextVotes, internalVotes, isPersonTitle } from './typeEvidence.js';

const MAX_LOWERCASE_TAIL = 8;

/** Whether the words i..j (articles aside) are one word, or hold a word naming a kind of body ("Association"). */
function namesABody(ctx: DocumentContext, toks: Tok[], i: number, j: number): boolean {
  const words = toks.slice(i, j).filter((t) => !isArticle(ctx, t.lower));
  // "… Forsknings- og Analysecenter for Velfærd": the last word may be a compound of a cue noun.
  const last = words.at(-1);
  if (last && ctx.lang.cueNouns.get(last.lower)?.type === 'Organisation') return true;
  return words.length < 2 || words.some((t) => !!ctx.lang.nameHeads.getExact(t.lower) || !!ctx.lang.cueNouns.getExact(t.lower));
}

/** Whether a connector ("for", "of", "til") stands between words i and j: "Center for …", not "Universitetet i …". */
function hasConnector(ctx: DocumentContext, toks: Tok[], i: number, j: number): boolean {
  for (let k = i + 1; k < j; k++) if (isLowerWord(toks[k]) && inLanguageOrEnglish(ctx, (l) => l.connectors, toks[k]!.lower)) return true;
  return false;
}

/**
 * Whether the coordinator at j joins one more field to an institution's name ("… for Entreprenørskab og
 * Relationsledelse"): the span has a connector, and one capitalised word follows that is no name of its own (not
 * "… og Københavns Kommune", "… og Vestfold fylkeskommune", "… og Roskilde").
 */
function joinsField(ctx: DocumentContext, toks: Tok[], i: number, j: number, taken: boolean[]): boolean {
  const field = toks[j + 1];
  if (!isNameToken(field) || field!.glued || taken[j + 1] || !hasConnector(ctx, toks, i, j)) return false;
  const after = toks[j + 2];
  if (isNameToken(after) || (isLowerWord(after) && ctx.lang.postHeads.get(after!.lower))) return false;
  return !ctx.knowledge.places.has(foldKey(field!.text));
}

/** Capitalised words of the person a fund is named after: "Poul Lauritsens", "Harald von Sydows". */
const MAX_NAME_WORDS = 3;

/**
 * "Ingeborg og Poul Lauritsens Fond", "Stiftelsen Ingrid och Harald Sjöbergs Minnesfond": a given name, a coordinator,
 * and a person's name in the genitive before a fund's or foundation's word name one body after a couple.
 */
function foundedByCouple(ctx: DocumentContext, toks: Tok[], j: number, taken: boolean[]): boolean {
  if (!ctx.knowledge.givenNames.has(toks[j - 1]!.text) || !ctx.knowledge.givenNames.has(toks[j + 1]?.text ?? '')) return false;
  for (let k = j + 2; k < j + 2 + MAX_NAME_WORDS && isNameToken(toks[k]) && !taken[k]; k++) {
    const head = toks[k + 1];
    if (/s$/u.test(toks[k]!.text) && isNameToken(head) && (ctx.lang.cueNouns.get(head!.lower) || ctx.lang.nameHeads.getExact(head!.lower))) return true;
  }
  return false;
}

/** The last part of a coordinated compound in a name: a capitalised word, or a lower-case one naming a body. */
function endsCompound(ctx: DocumentContext, t: Tok | undefined): boolean {
  if (isNameToken(t) && !t!.glued) return true;
  return isLowerWord(t) && (!!ctx.lang.nameSuffixes.get(t!.lower) || !!ctx.lang.postHeads.get(t!.lower));
}

/** Extends a span over capitalised words, connectors ("for", "of the") and institution connectors ("Universitetet i"). */
function extendSpan(ctx: DocumentContext, toks: Tok[], i: number, taken: boolean[]): number {
  const institution = !!ctx.lang.cueNouns.getExact(toks[i]!.lower) || !!ctx.lang.nameHeads.getExact(toks[i]!.lower);
  let j = i + 1;
  while (j < toks.length && !taken[j]) {
    const t = toks[j]!;
    // "the European Commission's Single Market Programme": an owner ends at its genitive.
    if (endsInApostropheS(toks[j - 1])) break;
    // "Genbyg Danmark A/S", "Kvarnbacken Service ek. för.", "Holm & Co. Revision": a legal form is inside the name.
    const form = legalFormEnd(ctx, toks, j);
    if (form > j) {
      j = form;
      continue;
    }
    if (isNameToken(t) && !t.glued) {
      j++;
      continue;
    }
    // "A.P. Møller Fonden", "Kari L. Berg": the full stop of an initial is inside the name.
    const initial = toks[j - 1]!;
    if (t.text === '.' && initial.text.length === 1 && initial.cap && initial.end === t.start && isNameToken(toks[j + 1]) && !taken[j + 1]) {
      j++;
      continue;
    }
    // "Nål & Tråd", "Arbeid & Inkludering": an ampersand between two single words is inside a name; between longer
    // names it lists two ("Gröna Gården & Odla tillsammans").
    const oneWord = () => j === i + 1 || (j === i + 2 && !!ctx.lang.cueNouns.get(toks[i]!.lower));
    if (t.text === '&' && oneWord() && isNameToken(toks[j + 1]) && !taken[j + 1] && !isNameToken(toks[j + 2])) {
      j += 2;
      continue;
    }
    // "Strand & Partners AB", "Lindqvist & Aho Attorneys Ltd": a legal form after the ampersand ends one company's
    // name, unless the name before it had its own ("Nord AB & Syd AB" are two).
    if (t.text === '&' && !taken[j + 1] && legalFormEnd(ctx, toks, j - 1) === j - 1 && runEndsInLegalForm(ctx, toks, j + 1)) {
      j++;
      continue;
    }
    // "Arbeids- og inkluderingsdepartementet", "Social- og Boligministeriet": a compound's first part, its hyphen and a
    // coordinator before the compound that ends the name.
    if (t.text === '-' && toks[j - 1]!.end === t.start && ctx.lang.coordinators.has(toks[j + 1]?.lower ?? '') && endsCompound(ctx, toks[j + 2])) {
      j += 3;
      continue;
    }
    if (!isLowerWord(t)) break;
    if (ctx.lang.coordinators.has(t.lower) && foundedByCouple(ctx, toks, j, taken)) {
      j++;
      continue;
    }
    // "Institut for Entreprenørskab og Relationsledelse": after an institution word and "for" a coordinator joins two
    // fields.
    if (institution && j > i + 2 && ctx.lang.coordinators.has(t.lower) && joinsField(ctx, toks, i, j, taken)) {
      j += 2;
      continue;
    }
    // "University of X" and "Association of X" join; "Omar Haddad of Kystnett" does not: before "of" or "for", a run
    // of several words needs a word naming a kind of body.
    const affiliation = inLanguageOrEnglish(ctx, (l) => l.affiliationPrepositions, t.lower);
    if (affiliation && !namesABody(ctx, toks, i, j)) break;
    // "Institut for Entreprenørskab på SDU": a name has one connector; a second ties it to another body, unless a
    // place follows ("Netværk for Socialøkonomi på Fyn").
    if (affiliation && hasConnector(ctx, toks, i, j) && !ctx.knowledge.places.has(foldKey(toks[j + 1]?.text ?? ''))) break;
    // English names run through Nordic texts ("Room for Growth"): English connectors count everywhere.
    // An institution connector follows the institution word itself: "Universitetet i Agder", not "Region Gotland i Visby".
    const connects =
      inLanguageOrEnglish(ctx, (l) => l.connectors, t.lower) ||
      (institution && j === i + 1 && ctx.lang.headConnectors.has(t.lower));
    let k = j + 1;
    if (connects && ctx.lang.articles.has(toks[k]?.lower ?? '') && isLowerWord(toks[k])) k++;
    if (connects && isNameToken(toks[k]) && !toks[k]!.glued && !taken[k]) {
      j = k + 1;
      continue;
    }
    break;
  }
  return j;
}

/** Kinds of actor a cue noun after a name may make it: an organisation, not a workshop's owner ("Sybras verkstad"). */
const POST_CUE_TYPES = new Set(['Organisation', 'Network', 'Funding', 'Event']);

/**
 * "Nordnorsk gründerkonferanse", "Nordens välfärdscenter": a compound ending in a cue noun after a name is part of
 * it; "Familjen Kamprads stiftelse": so is a cue noun itself after a name of several words ending in a genitive.
 */
function isPostCue(ctx: DocumentContext, toks: Tok[], first: number, j: number): boolean {
  const lower = toks[j]!.lower;
  const compound = ctx.lang.cueNouns.get(lower);
  if (!compound || !POST_CUE_TYPES.has(compound.type)) return false;
  if (!ctx.lang.cueNouns.getExact(lower)) return true;
  return j - first >= 2 && /s$/u.test(toks[j - 1]!.text);
}

/**
 * "Vestland fylkeskommune", "Chalmers tekniska högskola": up to two adjectives and a head noun after the name; or one
 * lower-case word with a name ending ("Allmänna arvsfonden", "Norges fiskerihøgskole").
 */
function extendPostHead(ctx: DocumentContext, toks: Tok[], first: number, j: number): number {
  if (isLowerWord(toks[j]) && ctx.lang.nameSuffixes.get(toks[j]!.lower)) return j + 1;
  if (isLowerWord(toks[j]) && isPostCue(ctx, toks, first, j)) return j + 1;
  for (let k = j, adjectives = 0; k < toks.length && adjectives <= 2; k++, adjectives++) {
    const t = toks[k];
    if (isLowerWord(t) && ctx.lang.postHeads.get(t!.lower)) return k + 1;
    // "Europeiska regionala utvecklingsfonden": adjectives, then a word with a name ending.
    if (k > j && isLowerWord(t) && ctx.lang.nameSuffixes.get(t!.lower)) return k + 1;
    if (!isContentWord(ctx, t) || !ctx.lang.adjectiveEndings.some((e) => t!.lower.endsWith(e))) return j;
  }
  return j;
}

/**
 * "Institutt for grønn omstilling og lokal verdiskaping", "Verket för innovationssystem": an institution word, a
 * connector, lower-case words.
 */
/** The first word from `from` to `end` that opens a relation phrase ("deltar i", "driver"): a verb, not a field. */
function beforeVerb(ctx: DocumentContext, toks: Tok[], from: number, end: number): number {
  const lowers = toks.slice(from, end + 3).map((t) => t.lower);
  for (let k = 0; k < end - from; k++) {
    const trigger = ctx.lang.triggers.match(lowers, k);
    if (trigger && !trigger.words[0]!.includes('*')) return from + k;
  }
  return end;
}

function extendLowercaseTail(ctx: DocumentContext, toks: Tok[], i: number, j: number): number {
  const head = toks[i]!.lower;
  // "Landsforeningen for …", "Enhet for …", "Seksjon for …": compounds of a cue noun and words for units head such names too.
  const institution = !!ctx.lang.cueNouns.get(head) || !!ctx.lang.nameHeads.getExact(head) || ctx.lang.subunitWords.has(head);
  if (j !== i + 1 || !institution || !ctx.lang.connectors.has(toks[j]?.lower ?? '')) return j;
  let end = beforeVerb(ctx, toks, j + 1, scanLowercaseWords(ctx, toks, j + 1, MAX_LOWERCASE_TAIL).end);
  if (end === j + 1) return j;
  // "Institutionen för ekonomi, teknik och samhälle": a list of fields, closed by a coordinator.
  while (toks[end]?.text === ',') {
    const more = scanLowercaseWords(ctx, toks, end + 1, MAX_LOWERCASE_TAIL);
    if (!more.words || !toks.slice(end + 1, more.end).some((t) => ctx.lang.coordinators.has(t.lower))) break;
    end = more.end;
  }
  // "Nettverk for sosiale virksomheter i Agder": a place the unit serves ends the name.
  const place = toks[end + 1];
  const placeEnds = !isNameToken(toks[end + 2]) && !(isLowerWord(toks[end + 2]) && ctx.lang.postHeads.get(toks[end + 2]!.lower));
  if (ctx.lang.headConnectors.has(toks[end]?.lower ?? '') && isNameToken(place) && ctx.knowledge.places.has(foldKey(place!.text)) && placeEnds) end += 2;
  return end;
}

/** Words a name given after "fått navnet", "called" may hold: "Sosialt entreprenørskap i distriktene". */
const MAX_NAMED_WORDS = 6;

/**
 * After a naming word ("har fått navnet", "kallat", "called"), the name runs on over lower-case words to the end of
 * the phrase: the text says a name follows, so its words in sentence case are the name's.
 */
function extendNamedTail(ctx: DocumentContext, toks: Tok[], first: number, end: number): number {
  const naming = toks[first - 1];
  // "ved navn" and "vid namn" name too, but "ved" alone is a preposition before any name.
  if (!isLowerWord(naming) || !ctx.lang.namingWords.has(naming!.lower) || ctx.lang.prepositions.has(naming!.lower)) return end;
  let k = end;
  while (k < toks.length && k - first < MAX_NAMED_WORDS && (isLowerWord(toks[k]) || isNameToken(toks[k]))) {
    // "Arbeid og inkludering." is one name; in "hedder Køkkenvejen og bygger på …" the coordinator starts a clause.
    if (ctx.lang.coordinators.has(toks[k]!.lower) && toks[k + 2] && toks[k + 2]!.kind !== 'punct') break;
    k++;
  }
  const closes = k >= toks.length || toks[k]!.kind === 'punct';
  return closes && k > end && isContentWord(ctx, toks[k - 1]) ? k : end;
}

/** Kinds of name a cue noun introduces that may be a phrase in sentence case ("projektet Ensamhetens geografi"). */
const PHRASE_NAME_TYPES = new Set(['Programme', 'Event', 'Publication']);

/** "forskningsprojektet Ensamhetens geografi": after a programme's cue noun, a genitive and the noun it owns. */
function extendGenitiveTail(ctx: DocumentContext, toks: Tok[], first: number, end: number): number {
  const cue = isLowerWord(toks[first - 1]) ? ctx.lang.cueNouns.get(toks[first - 1]!.lower) : undefined;
  if (!cue || !PHRASE_NAME_TYPES.has(cue.type) || end !== first + 1 || !/s$/u.test(toks[first]!.text)) return end;
  return isContentWord(ctx, toks[end]) ? end + 1 : end;
}

/** Leading words that belong to the sentence, not the name: "The", "Fredag", a cue noun or title ("Föreningen X"). */
function trimStart(ctx: DocumentContext, toks: Tok[], first: number, last: number): number {
  while (first < last) {
    const t = toks[first]!;
    const rest = last - first > 1 && isNameToken(toks[first + 1]);
    const noise = [ctx.lang, ctx.knowledge.english].some((l) => l.stopWords.has(t.lower) || l.calendarWords.has(t.lower));
    // At a sentence start a cue noun or a compound ending in one is the sentence's ("Föreningen X har …"); mid-sentence
    // a capital makes it part of the name ("arrangeras av Region Gotland"), since Nordic nouns are written in lower case.
    const cueWord = t.initial && !!ctx.lang.cueNouns.get(t.lower);
    const cue = rest && !t.allCaps && (cueWord || isPersonTitle(ctx, t.lower));
    // "CEO of Brúin Kitchen", "Director at X": a title and its preposition before the name.
    const next = toks[first + 1];
    const titleOf = isPersonTitle(ctx, t.lower) && isLowerWord(next) && last - first > 2 && [ctx.lang, ctx.knowledge.english].some((l) => l.connectors.has(next!.lower) || l.affiliationPrepositions.has(next!.lower));
    if (titleOf) {
      first += 2;
      continue;
    }
    if (!(noise && t.initial) && !cue) break;
    first++;
  }
  return first;
}

/** Votes that prove a name, not only its type: a gazetteer, a cue noun or title before it, a given name. */
const PROOF = /^(?:gazetteer|known entity|given name|title before|speech verb|cue )/;

function isStrong(ctx: DocumentContext, toks: Tok[], c: Candidate): boolean {
  const words = toks.slice(c.first, c.last).filter(isWord);
  if (c.votes.some((v) => PROOF.test(v.why))) return true;
  if (words.length === 1) {
    const t = words[0]!;
    // "the Latvian partner", "a Nordic network": an adjective of origin names nothing by itself.
    if (ctx.knowledge.demonyms.has(t.lower) || ctx.knowledge.nonNames.has(t.text)) return false;
    if (t.allCaps || t.mixedCase || ctx.lang.nameSuffixes.get(t.lower)) return true;
    // At a sentence start, a lone word needs support: type evidence, or the same name mid-sentence elsewhere
    // (acceptNames). Page headings and buttons ("Godkänn", "Afmeld", "Budsjett") are otherwise taken for names.
    if (t.initial) return c.votes.length > 0 && !isCommonWord(ctx, t.lower, true);
    // Nouns are not capitalised in Nordic languages, so a capital mid-sentence makes a name ("Smagsløget"),
    // unless the word is English only ("Startups" in a Norwegian text).
    const english = ctx.knowledge.english.commonWords;
    if (ctx.lang !== ctx.knowledge.english) return !(english.isWord(t.lower) && !ctx.lang.commonWords.isWord(t.lower));
    return !isCommonWord(ctx, t.lower, false);
  }
  // "Communications Officer", "Project Manager": a role in title case, not a name.
  if (isPersonTitle(ctx, words.at(-1)!.lower) && words.every((w) => isCommonWord(ctx, w.lower, false))) return false;
  if (c.votes.some((v) => v.why === 'head word')) return true;
  // A connector inside a capitalised run makes a name ("Room for Growth").
  if (toks.slice(c.first, c.last).some((t) => isLowerWord(t))) return true;
  // A title-case run of common words at a sentence start ("Related Posts") names nothing by itself, nor does an
  // English phrase in title case inside a Nordic text ("the Impact Economy").
  if (words[0]!.initial && words.every((w) => w.allCaps || isCommonWord(ctx, w.lower, false))) return false;
  const english = ctx.knowledge.english;
  return ctx.lang === english || !words.every((w) => english.commonWords.isWord(w.lower) && !ctx.lang.commonWords.isCommon(w.lower));
}

/**
 * "Storgatan", "Frederiks Allé", "Harbour Street": an address on a page names no actor. Street endings of every
 * language count, since addresses keep their own language in any text.
 */
function isStreet(ctx: DocumentContext, toks: Tok[], first: number, end: number): boolean {
  const last = toks[end - 1]!.lower;
  for (const lang of ctx.knowledge.languages.values()) {
    if (lang.streetSuffixes.some((s) => last.endsWith(s) && (last.length > s.length || end - first >= 2))) return true;
  }
  return false;
}

export function findCapitalisedNames(ctx: DocumentContext, s: number, toks: Tok[], taken: boolean[]): Candidate[] {
  const found: Candidate[] = [];
  for (let i = 0; i < toks.length; i++) {
    if (taken[i] || !isNameToken(toks[i])) continue;
    let end = extendSpan(ctx, toks, i, taken);
    const first = trimStart(ctx, toks, i, end);
    if (first < end) end = extendNamedTail(ctx, toks, first, end);
    if (first < end) end = extendGenitiveTail(ctx, toks, first, extendLowercaseTail(ctx, toks, first, extendPostHead(ctx, toks, first, end)));
    // "Holding Örebro universitet AB": a legal form after a head word closes the name too.
    if (first < end && end > i + 1) end = legalFormEnd(ctx, toks, end);
    const next = end;
    const single = end - first === 1 ? toks[first]!.lower : undefined;
    // "ISK 3 million", "SEK 500": a currency or unit code before an amount.
    const unit = single !== undefined && toks[first]!.allCaps && toks[end]?.kind === 'number';
    // A lone cue word ("Programmet …") refers back to a name; it is not one.
    const lone = single !== undefined && (ctx.lang.calendarWords.has(single) || !!ctx.lang.cueNouns.getExact(single) || !!ctx.lang.nameHeads.getExact(single));
    if (first >= end || lone || unit || isStreet(ctx, toks, first, end)) {
      i = next - 1;
      continue;
    }
    const c = spanCandidate(ctx, s, toks, first, end);
    c.votes = [...internalVotes(ctx, toks, c), ...contextVotes(ctx, toks, c)];
    c.strong = isStrong(ctx, toks, c) || ctx.knowledge.places.has(foldKey(c.name));
    found.push(c);
    i = next - 1;
  }
  return found;
}
