/**
 * Groups a document's accepted mentions into its entities: same normalised name, acronym and expansion, one
 * gazetteer or alias entry, a name and the same name with a type word ("FutureLAB" / "FutureLAB Summit"),
 * spelling variants ("Program" / "Programme"), a surname and the full name, a short name and the name it begins
 * ("Laurea" / "Laurea University of Applied Sciences"). Then decides each entity's type.
 */
import type { EntityType } from '../../src/model/index.js';
import { foldKey } from '../lexicon/fold.js';
import type { AliasGroup, Place } from '../lexicon/knowledge.js';
import type { KnownEntity } from '../lexicon/lexiconSchema.js';
import { normaliseName } from '../resolve/normaliseName.js';
import type { Candidate, DocumentContext } from './candidate.js';
import { isLegalFormText } from './legalForms.js';
import { checkDeadline } from './deadline.js';
import { UnionFind } from './unionFind.js';

export interface MentionGroup {
  index: number;
  name: string;
  type: EntityType;
  aliases: string[];
  mentions: Candidate[];
  place?: Place;
  known?: KnownEntity | AliasGroup;
}

/** Same words, each equal or one a short extension of the other ("program"/"programme"); keys given split in words. */
function variantKeys(a: string, wa: string[], b: string, wb: string[]): boolean {
  // Each word differs by at most two letters, so keys further apart in length cannot be variants.
  if (wa.length !== wb.length || a.length < 8 || Math.abs(a.length - b.length) > 2 * wa.length) return false;
  return wa.every((x, i) => {
    const y = wb[i]!;
    const [s, l] = x.length <= y.length ? [x, y] : [y, x];
    return s === l || (s.length >= 4 && l.startsWith(s) && l.length - s.length <= 2);
  });
}

function lookups(ctx: DocumentContext, c: Candidate) {
  const key = foldKey(c.name);
  return {
    place: ctx.knowledge.places.get(key),
    known: ctx.knowledge.curatedAliases.get(key) ?? ctx.knowledge.knownEntities.get(key),
  };
}

function decideType(mentions: Candidate[]): EntityType {
  const totals = new Map<EntityType, number>();
  for (const m of mentions) for (const v of m.votes) totals.set(v.type, (totals.get(v.type) ?? 0) + v.weight);
  let best: EntityType = 'Organisation';
  let score = 0;
  for (const [type, total] of totals) if (total > score) [best, score] = [type, total];
  return best;
}

/** The most frequent name, but a full name before an acronym ("Nordic Makers Network", not "NMN") and a person's longest. */
function canonicalName(mentions: Candidate[], type: EntityType): string {
  const counts = new Map<string, number>();
  for (const m of mentions) counts.set(m.name, (counts.get(m.name) ?? 0) + 1);
  const spelledOut = (n: string) => (/\s/.test(n) ? 1 : 0);
  const byPreference = [...counts].sort((a, b) =>
    type === 'Person' ? b[0].length - a[0].length : spelledOut(b[0]) - spelledOut(a[0]) || b[1] - a[1] || b[0].length - a[0].length,
  );
  return byPreference[0]![0];
}

export function groupMentions(ctx: DocumentContext, mentions: Candidate[], acronymPairs: [number, number][]): MentionGroup[] {
  const uf = new UnionFind(mentions.length);
  const keys = mentions.map((m) => normaliseName(m.name, ctx.knowledge));
  const info = mentions.map((m) => lookups(ctx, m));
  const firstWithKey = new Map<string, number>();
  const firstWithEntry = new Map<object, number>();
  mentions.forEach((_, i) => {
    const k = keys[i]!;
    if (firstWithKey.has(k)) uf.union(i, firstWithKey.get(k)!);
    else firstWithKey.set(k, i);
    const entry = info[i]!.place ?? info[i]!.known;
    if (entry && firstWithEntry.has(entry)) uf.union(i, firstWithEntry.get(entry)!);
    else if (entry) firstWithEntry.set(entry, i);
  });
  for (const [a, b] of acronymPairs) uf.union(a, b);
  linkExtensionsAndVariants(ctx, [...firstWithKey], info, uf);
  linkSurnames(mentions, keys, uf);
  linkShortNames(ctx, mentions, keys, info, uf);
  const byRoot = new Map<number, number[]>();
  mentions.forEach((_, i) => {
    const members = byRoot.get(uf.find(i));
    if (members) members.push(i);
    else byRoot.set(uf.find(i), [i]);
  });
  return [...byRoot.values()].map((members, index) => {
    const ms = members.map((i) => mentions[i]!);
    const place = members.map((i) => info[i]!.place).find(Boolean);
    const known = members.map((i) => info[i]!.known).find(Boolean);
    const type = decideType(ms);
    const name = place && type === 'Place' ? place.name : (known?.name ?? canonicalName(ms, type));
    const extra = type === 'Place' && place ? place.aliases : (known?.aliases ?? []);
    const aliases = [...new Map([...ms.map((m) => m.name), ...extra].map((a) => [foldKey(a), a])).values()].filter(
      (a) => foldKey(a) !== foldKey(name),
    );
    return { index, name, type, aliases, mentions: ms, place: type === 'Place' ? place : undefined, known };
  });
}

/**
 * "FutureLAB" and "FutureLAB Summit" are one (a name and the same name with a head word); "Aarhus" (a place) and
 * "Aarhus Kommune" are not; "Gemensam Grund" and "Gemensam Grund ekonomisk förening" are (a legal form adds nothing
 * to who is named); so are spelling variants ("Program" / "Programme"). Looked up by each name's leading words and
 * in a VariantIndex, not by comparing every two names of the document.
 */
function linkExtensionsAndVariants(ctx: DocumentContext, distinct: [string, number][], info: { place?: Place }[], uf: UnionFind): void {
  const byKey = new Map(distinct);
  const variants = new VariantIndex();
  // A legal form has no more words than tokens, so only the last few cuts of a long name can leave one.
  const restWords = Math.max(1, ...[...ctx.knowledge.legalForms.values()].flat().map((form) => form.length));
  for (const [k, i] of distinct) {
    checkDeadline('group mentions');
    const words = k.split(' ');
    for (let cut = Math.max(1, words.length - restWords); cut < words.length; cut++) {
      const short = byKey.get(words.slice(0, cut).join(' '));
      if (short === undefined || info[short]!.place) continue;
      const rest = words.slice(cut).join(' ');
      if ((cut === words.length - 1 && ctx.lang.nameHeads.getExact(rest)) || isLegalFormText(ctx, rest)) uf.union(i, short);
    }
    variants.link(k, i, words, uf);
  }
}

/** The forms under which a word is indexed for variantKeys: itself, and without one or two final letters when four remain. */
function variantForms(word: string): string[] {
  const forms = [word];
  for (let cut = 1; cut <= 2 && word.length - cut >= 4; cut++) forms.push(word.slice(0, -cut));
  return forms;
}

/**
 * Names indexed by word count, word position and the forms of the word there: two variants (variantKeys) share the
 * shorter of two matching words as a form at every position. A new name is compared only with the names found at its
 * most selective position.
 */
class VariantIndex {
  private readonly byForm = new Map<string, [string, number, string[]][]>();

  link(k: string, i: number, words: string[], uf: UnionFind): void {
    const slots = words.map((w, p) => variantForms(w).map((f) => `${words.length} ${p} ${f}`));
    let fewest: [string, number, string[]][][] = [];
    let size = Infinity;
    for (const forms of slots) {
      const lists = forms.map((f) => this.byForm.get(f) ?? []);
      const n = lists.reduce((sum, l) => sum + l.length, 0);
      if (n < size) [fewest, size] = [lists, n];
    }
    const compared = new Set<number>();
    for (const list of fewest) {
      for (const [k0, i0, words0] of list) {
        if (compared.has(i0)) continue;
        compared.add(i0);
        if (variantKeys(k0, words0, k, words)) uf.union(i0, i);
      }
    }
    for (const forms of slots) {
      for (const f of forms) {
        const list = this.byForm.get(f);
        if (list) list.push([k, i, words]);
        else this.byForm.set(f, [[k, i, words]]);
      }
    }
  }
}

/**
 * Joins a lone word to the one longer name whose `word` it is, when exactly one longer name has it there. `long` and
 * `short` say which mentions may stand on each side.
 */
function linkLoneWords(
  keys: string[],
  uf: UnionFind,
  word: (words: string[]) => string,
  long: (i: number, words: string[]) => boolean,
  short: (i: number) => boolean,
): void {
  const byWord = new Map<string, Set<string>>();
  const firstWithKey = new Map<string, number>();
  keys.forEach((k, i) => {
    if (!firstWithKey.has(k)) firstWithKey.set(k, i);
    const words = k.split(' ');
    if (words.length < 2 || !long(i, words)) return;
    const longer = byWord.get(word(words));
    if (longer) longer.add(k);
    else byWord.set(word(words), new Set([k]));
  });
  keys.forEach((k, i) => {
    const longer = byWord.get(k);
    if (!k.includes(' ') && longer?.size === 1 && short(i)) uf.union(i, firstWithKey.get([...longer][0]!)!);
  });
}

const votesFor = (m: Candidate, type: EntityType) => m.votes.some((v) => v.type === type);

/** "Lindqvist" after "Tom Lindqvist": a lone capitalised word equal to the last word of exactly one longer name. */
function linkSurnames(mentions: Candidate[], keys: string[], uf: UnionFind): void {
  linkLoneWords(keys, uf, (words) => words.at(-1)!, (i) => votesFor(mentions[i]!, 'Person'), () => true);
}

/**
 * "Kvarnen" after "Kvarnen Återbruk": a lone word equal to the first word of exactly one longer name that is not a
 * person's. Places, given names and branches are left alone ("Umeå" / "Umeå kommun", "Silje" / "Silje Mathisen",
 * "Reach" / "Reach Nordic").
 */
function linkShortNames(ctx: DocumentContext, mentions: Candidate[], keys: string[], info: { place?: Place }[], uf: UnionFind): void {
  const isBranch = (rest: string[]) => rest.length === 1 && (ctx.knowledge.branchWords.has(rest[0]!) || ctx.knowledge.places.has(rest[0]!));
  linkLoneWords(
    keys,
    uf,
    (words) => words[0]!,
    (i, words) => !votesFor(mentions[i]!, 'Person') && !isBranch(words.slice(1)),
    (i) => !info[i]!.place && !votesFor(mentions[i]!, 'Person') && !votesFor(mentions[i]!, 'Place') && !ctx.knowledge.givenNames.has(mentions[i]!.name),
  );
}
