/** Votes on the type of a candidate from its own words and from the words around it. */
import type { Candidate, DocumentContext, TypeVote } from './candidate.js';
import { foldKey } from '../lexicon/fold.js';
import { endsInApostropheS, isLowerWord, isNameToken, isQuote } from './nameTokens.js';
import type { Tok } from './tokenize.js';

/** Weights: a gazetteer or a cue noun right before the name speak louder than a word inside it. */
const W = { gazetteer: 6, cueBefore: 4, person: 4, nameHead: 3, appositive: 2.5, speech: 2 } as const;

export function isPersonTitle(ctx: DocumentContext, lower: string): boolean {
  return ctx.lang.personTitles.has(lower) || ctx.lang.personTitleSuffixes.some((s) => lower.length > s.length && lower.endsWith(s));
}

/** Votes from the name's own words: heads ("Summit"), endings ("-verket"), gazetteers, a given name first. */
export function internalVotes(ctx: DocumentContext, toks: Tok[], c: Candidate): TypeVote[] {
  const votes: TypeVote[] = [];
  const key = foldKey(c.name);
  const place = ctx.knowledge.places.get(key);
  if (place) votes.push({ type: 'Place', weight: W.gazetteer, why: 'gazetteer' });
  const known = ctx.knowledge.knownEntities.get(key) ?? ctx.knowledge.curatedAliases.get(key);
  if (known?.type) votes.push({ type: known.type, weight: W.gazetteer + 1, why: 'known entity' });
  const words = toks.slice(c.first, c.last).filter((t) => t.kind === 'word');
  const heads = words.flatMap((t, i) => {
    const hit = ctx.lang.nameHeads.getExact(t.lower);
    const suffix = hit ? undefined : ctx.lang.nameSuffixes.get(t.lower);
    const type = hit?.type ?? suffix;
    return type ? [{ type, i }] : [];
  });
  // The last head decides ("Impact Lab Network"); an institution word first counts too ("Senter for …").
  const last = heads.at(-1);
  if (last) votes.push({ type: last.type, weight: W.nameHead + (last.i === words.length - 1 ? 0.5 : 0), why: 'head word' });
  // A double given name counts as one: "Ole-Martin", "Anne-Sofie".
  const givenName = (w: string) => ctx.knowledge.givenNames.has(w) || (w.includes('-') && ctx.knowledge.givenNames.has(w.split('-')[0]!));
  const personShaped = words.length >= 2 && words.length <= 4 && words.every((w) => w.cap && !w.allCaps);
  if (personShaped && givenName(words[0]!.text)) {
    votes.push({ type: 'Person', weight: W.person, why: 'given name' });
  } else if (personShaped && !last && ctx.knowledge.surnameEndings.some((e) => words.at(-1)!.lower.endsWith(e) && words.at(-1)!.lower.length > e.length + 1)) {
    votes.push({ type: 'Person', weight: W.person, why: 'surname ending' });
  }
  return votes;
}

/** The word before the name, skipping articles, adjectives of origin and one adjective ("den sosiale entreprenøren X"). */
function cueBefore(ctx: DocumentContext, toks: Tok[], first: number): Tok | undefined {
  const i = first - 1;
  const t = toks[i];
  // A capitalised word counts at a sentence start ("Forskaren Ahmed Hassan").
  if (!(isLowerWord(t) || (t?.kind === 'word' && t.initial))) return undefined;
  // "a peer-learning programme called X": look past the naming word.
  // "forskare vid Lunds universitet": "vid" names only in "vid namn", as a preposition it ties a person to a body.
  if (ctx.lang.namingWords.has(t!.lower) && !ctx.lang.prepositions.has(t!.lower) && isLowerWord(toks[i - 1])) return toks[i - 1];
  return t;
}

/** Words between a cue noun and the naming word after it: "Satsningen har fått namnet X". */
const MAX_NAMING_REACH = 4;

/**
 * "Satsningen har fått namnet Kraftsamling Nord", "Projektet hedder 'X'": a name given by a naming word takes the type
 * of the cue noun that the phrase names, a few words before it.
 */
function namingCue(ctx: DocumentContext, toks: Tok[], first: number): { word: string; type: TypeVote['type'] } | undefined {
  let i = first - 1;
  while (i >= 0 && isQuote(toks[i])) i--;
  const naming = toks[i];
  // "ved navn" names, but "ved" alone is a preposition before any name.
  if (naming?.kind !== 'word' || !ctx.lang.namingWords.has(naming.lower) || ctx.lang.prepositions.has(naming.lower)) return undefined;
  for (let k = i - 1; k >= Math.max(0, i - MAX_NAMING_REACH); k--) {
    const t = toks[k]!;
    if (t.kind !== 'word') return undefined;
    const cue = ctx.lang.cueNouns.get(t.lower);
    if (cue) return { word: t.lower, type: cue.type };
  }
  return undefined;
}

/** The vote of a naming phrase before a name starting at `first` ("Projektet hedder 'X'"), if there is one. */
export function namingVotes(ctx: DocumentContext, toks: Tok[], first: number): TypeVote[] {
  const named = namingCue(ctx, toks, first);
  return named ? [{ type: named.type, weight: W.cueBefore, why: `cue ${named.word} named` }] : [];
}

/** Votes from the context: cue nouns and titles before, appositions and speech verbs around. */
export function contextVotes(ctx: DocumentContext, toks: Tok[], c: Candidate): TypeVote[] {
  const votes: TypeVote[] = [];
  votes.push(...namingVotes(ctx, toks, c.first));
  const before = cueBefore(ctx, toks, c.first);
  if (before) {
    const cue = ctx.lang.cueNouns.get(before.lower);
    const multiword = c.last - c.first >= 2;
    if (isPersonTitle(ctx, before.lower) || (ctx.knowledge.peopleNouns.has(before.lower) && multiword)) {
      votes.push({ type: 'Person', weight: W.cueBefore + 0.5, why: 'title before' });
    } else if (cue) votes.push({ type: cue.type, weight: W.cueBefore, why: `cue ${before.lower}` });
    if (ctx.lang.speechVerbs.has(before.lower) && multiword) votes.push({ type: 'Person', weight: W.speech, why: 'speech verb' });
  }
  // "besök i Hjärtby": an unknown single word after "i"/"in" is most likely a place.
  const prev = toks[c.first - 1];
  if (c.last - c.first === 1 && prev && ctx.lang.locativePrepositions.has(prev.lower)) votes.push({ type: 'Place', weight: 1, why: 'after locative' });
  const after = toks[c.last];
  // "Ieva Ozola, who founded …": only people are "who".
  if (after?.text === ',' && c.last - c.first >= 2 && ctx.lang.personRelatives.has(toks[c.last + 1]?.lower ?? '')) {
    votes.push({ type: 'Person', weight: W.appositive, why: 'person relative' });
  }
  if (after?.text === ',' || ctx.lang.copulas.has(after?.lower ?? '')) {
    const cue = appositiveCue(ctx, toks, c.last + 1);
    if (cue) votes.push({ ...cue, weight: after?.text === ',' ? W.appositive : W.appositive - 0.5 });
  }
  if (ctx.lang.speechVerbs.has(after?.lower ?? '') && c.last - c.first >= 2) votes.push({ type: 'Person', weight: W.speech, why: 'speech verb' });
  return votes;
}

/** ", en global plattform", ", a £12 million fund", " er verdens største organisation": the first cue noun within reach. */
function appositiveCue(ctx: DocumentContext, toks: Tok[], from: number): Omit<TypeVote, 'weight'> | undefined {
  for (let i = from; i < Math.min(toks.length, from + 5); i++) {
    const t = toks[i]!;
    // A title in title case ("Programme Director") counts; an owner in the genitive may precede it ("ESEN's director").
    if (t.kind === 'word' && isPersonTitle(ctx, t.lower)) return { type: 'Person', why: `title ${t.lower}` };
    if (isNameToken(t) && endsInApostropheS(t)) continue;
    if (isNameToken(t) && isNameToken(toks[i + 1])) continue;
    if (isNameToken(t) || t.text === ',' || t.text === '.' || ctx.lang.clauseStarts.has(t.lower)) return undefined;
    if (t.kind !== 'word') continue;
    const cue = ctx.lang.cueNouns.get(t.lower);
    if (cue) return { type: cue.type, why: `apposition ${t.lower}` };
  }
  return undefined;
}
