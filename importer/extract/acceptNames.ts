/**
 * Document-level decisions on candidates: a weak candidate stands when the same name is strong elsewhere; genitives
 * lose their ending ("Nordstjernans" → "Nordstjernan", "Natos" → "NATO"); a concatenation of two names found elsewhere is split.
 */
import { foldKey } from '../lexicon/fold.js';
import type { Candidate, DocumentContext } from './candidate.js';
import { findAcronyms } from './findAcronyms.js';
import { internalVotes } from './typeEvidence.js';

/** The name without a genitive ending when that base is itself a known name; otherwise undefined. */
function genitiveBase(ctx: DocumentContext, name: string, known: ReadonlySet<string>): string | undefined {
  const m = /^(.*\S)(?:'s|’s|'|’|s)$/u.exec(name);
  if (!m || ctx.knowledge.places.has(foldKey(name)) || ctx.knowledge.knownEntities.has(foldKey(name))) return undefined;
  // An apostrophe marks the genitive beyond doubt: "Latvia's", "SØFF's".
  const marked = /^(.*[^\s'’])['’]s?$/u.exec(name);
  if (marked) return marked[1]!;
  const base = m[1]!;
  if (known.has(foldKey(base)) || ctx.knowledge.places.has(foldKey(base)) || ctx.knowledge.knownEntities.has(foldKey(base))) return base;
  // "Natos": the genitive of an acronym written in title case.
  const upper = base.toUpperCase();
  if (base.length <= 4 && (known.has(foldKey(upper)) || ctx.knowledge.knownEntities.has(foldKey(upper)))) return upper;
  return undefined;
}

function withName(ctx: DocumentContext, c: Candidate, name: string, end: number): Candidate {
  const next = { ...c, name, end };
  const toks = ctx.sentences[c.sentence]!;
  return { ...next, votes: [...internalVotes(ctx, toks, next), ...c.votes.filter((v) => v.why !== 'head word' && v.why !== 'gazetteer')] };
}

/**
 * Runs longer than this are not tried as two names joined: two names run together are a few words each, and trying
 * every cut of a long title-case run (a list, a heading) costs time in the square of its length.
 */
const MAX_SPLIT_TOKENS = 24;

/** "The Brightfield Fellows Program" → "Brightfield" + "Fellows Program" when both stand alone elsewhere. */
function split(ctx: DocumentContext, c: Candidate, standalone: ReadonlySet<string>): Candidate[] {
  const toks = ctx.sentences[c.sentence]!;
  for (let k = c.first + 1; k < c.last; k++) {
    const left = ctx.text.slice(toks[c.first]!.start, toks[k - 1]!.end);
    const right = ctx.text.slice(toks[k]!.start, toks[c.last - 1]!.end);
    if (!standalone.has(foldKey(left)) || !standalone.has(foldKey(right)) || ctx.knowledge.places.has(foldKey(right))) continue;
    const a = { ...c, last: k, end: toks[k - 1]!.end, name: left };
    const b = { ...c, first: k, start: toks[k]!.start, name: right };
    return [withName(ctx, a, left, a.end), withName(ctx, b, right, b.end)];
  }
  return [c];
}

/** "Forum Social Ekonomi" and "FSE": an all-capitals name spelling the initials of a longer one. */
function initialsOf(name: string): string {
  const words = name.split(/\s+/);
  return words.length >= 2 && words.every((w) => /^\p{Lu}/u.test(w)) ? words.map((w) => w[0]).join('') : '';
}

export function acceptNames(ctx: DocumentContext, candidates: Candidate[]): Candidate[] {
  // An expansion next to its acronym is a name whatever its words ("BLUEFIN (Blue Finance Forum …)").
  for (const [a, b] of findAcronyms(ctx, candidates)) candidates[a]!.strong = candidates[b]!.strong = true;
  const strong = new Set(candidates.filter((c) => c.strong).map((c) => foldKey(c.name)));
  const accepted: Candidate[] = [];
  for (const c of candidates) {
    const base = genitiveBase(ctx, c.name, strong);
    const named = base ? withName(ctx, c, base, c.end - (c.name.length - base.length)) : c;
    if (named.strong || strong.has(foldKey(named.name)) || base) accepted.push(named);
  }
  const standalone = new Set(accepted.map((c) => foldKey(c.name)));
  return accepted.flatMap((c) => (c.last - c.first > 1 && c.last - c.first <= MAX_SPLIT_TOKENS ? split(ctx, c, standalone) : [c]));
}

/** Pairs of mentions where one is the initials of the other, when those initials fit one name only. */
export function initialsPairs(mentions: Candidate[]): [number, number][] {
  const byInitials = new Map<string, Set<string>>();
  const firstWithName = new Map<string, number>();
  mentions.forEach((m, i) => {
    if (!firstWithName.has(m.name)) firstWithName.set(m.name, i);
    const initials = initialsOf(m.name);
    if (initials.length < 2) return;
    const names = byInitials.get(initials);
    if (names) names.add(m.name);
    else byInitials.set(initials, new Set([m.name]));
  });
  const pairs: [number, number][] = [];
  mentions.forEach((m, a) => {
    const names = byInitials.get(m.name);
    if (names?.size === 1) pairs.push([a, firstWithName.get([...names][0]!)!]);
  });
  return pairs;
}
