/**
 * Funding stated through an amount: "Projektet er finansieret med 6 mio. kr. fra A og 3,5 mio. kr. fra B" (the
 * project FUNDED_BY A and B), "I 2023 fik X 850.000 kr. fra Y", and on a funder's page its grants: "X, der får
 * 2,5 mio. kr.", "Den største bevilling på 4 mio. kr. går til X" (X FUNDED_BY the page's subject). The words are data
 * (`money` in graph-data/lexicon/<language>.yaml).
 */
import type { EntityType } from '../../../src/model/index.js';
import type { DocumentContext } from '../candidate.js';
import type { MentionGroup } from '../groupMentions.js';
import { coordinatedList } from '../relations/coordination.js';
import { governedByPreposition, mechanismOf, phraseAt, type FoundRelation, type SentenceMention, type SentenceView } from '../relations/sentenceMentions.js';
import { isQuoted } from './clauseSubject.js';
import { subjectMention } from './initiativeFrame.js';

/** Tokens an amount may take after its number ("3,5 mio. kr."). */
const AMOUNT_REACH = 4;
/** Tokens between a receiving verb and its amount ("får i år 2,5 mio. kr."). */
const RECEIVE_REACH = 3;
const CONFIDENCE = 0.7;
const FUNDERS = new Set<EntityType>(['Organisation', 'Network', 'Funding', 'Programme']);

interface Amount {
  first: number;
  last: number;
}

/** Amounts in the sentence: a number with a currency or magnitude word next to it, or a sign before it ("€3 million"). */
function amounts(ctx: DocumentContext, view: SentenceView): Amount[] {
  const money = ctx.lang.money.words;
  const found: Amount[] = [];
  view.toks.forEach((t, i) => {
    if (t.kind !== 'number') return;
    let last = i + 1;
    let currency = money.has(view.toks[i - 1]?.lower ?? '');
    for (let k = i + 1; k < Math.min(view.toks.length, i + 1 + AMOUNT_REACH); k++) {
      const x = view.toks[k]!;
      if (money.has(x.lower)) [currency, last] = [true, k + 1];
      else if (x.text !== '.' && x.text !== ',') break;
    }
    // "kr." ends with its abbreviation's point.
    if (view.toks[last]?.text === '.' && last + 1 < view.toks.length) last++;
    if (currency) found.push({ first: money.has(view.toks[i - 1]?.lower ?? '') ? i - 1 : i, last });
  });
  return found;
}

/** Who gets an amount: the nearest actor before it not governed by a preposition, else the page's subject if the clause names none. */
function receiver(ctx: DocumentContext, view: SentenceView, amount: Amount, subject: MentionGroup | undefined): SentenceMention | undefined {
  const before = view.mentions.filter((m) => m.last <= amount.first && !governedByPreposition(ctx, view, m) && FUNDERS.has(m.group.type)).at(-1);
  if (before) return before;
  const named = view.mentions.some((m) => m.last <= amount.first && !m.backReference);
  return subject && !named && !isQuoted(ctx, view) ? subjectMention(view, subject, amount.first) : undefined;
}

export function moneyRelations(ctx: DocumentContext, view: SentenceView, subject: MentionGroup | undefined): FoundRelation[] {
  const money = ctx.lang.money;
  if (!money.words.size) return [];
  const found: FoundRelation[] = [];
  const roles = ctx.knowledge.relationRoles.FUNDED_BY;
  const add = (funded: SentenceMention, funder: SentenceMention, rule: string, amount: Amount) => {
    if (funded.group === funder.group || !roles.source.has(funded.group.type) || !roles.target.has(funder.group.type)) return;
    if (found.some((r) => r.source === funded.group && r.target === funder.group)) return;
    const trigger = ctx.text.slice(view.toks[amount.first]!.start, view.toks[amount.last - 1]!.end);
    found.push({ source: funded.group, target: funder.group, type: 'FUNDED_BY', confidence: CONFIDENCE, sentence: view.index, trigger, mechanism: mechanismOf(rule, funded, funder) });
  };
  const canFund = (m: SentenceMention) => roles.target.has(m.group.type);
  for (const amount of amounts(ctx, view)) {
    const from = view.toks[amount.last];
    // "6 mio. kr. fra A og B": the givers after the amount.
    if (from && money.from.has(from.lower)) {
      const first = view.mentions.find((m) => m.first === amount.last + 1 || (m.first === amount.last + 2 && ctx.lang.articles.has(view.toks[amount.last + 1]!.lower)));
      const funded = first && receiver(ctx, view, amount, subject);
      if (first && funded) for (const funder of coordinatedList(ctx, view, first, canFund)) add(funded, funder, 'frame:money-from', amount);
      continue;
    }
    if (!subject || !FUNDERS.has(subject.type) || isQuoted(ctx, view)) continue;
    const giver = subjectMention(view, subject, amount.first);
    // "… på 4 mio. kr. går til X": the page's subject gives to X.
    const goes = phraseAt(view, amount.last, money.goesTo);
    const to = goes && view.mentions.find((m) => m.first === amount.last + goes);
    if (to) {
      add(to, giver, 'frame:money-recipient', amount);
      continue;
    }
    // "X, der får 2,5 mio. kr.", "X får 1,2 mio. kr. til …": X gets the page's subject's money, unless someone else gives it.
    for (let v = Math.max(0, amount.first - RECEIVE_REACH - 2); v < amount.first; v++) {
      const len = phraseAt(view, v, money.receive);
      if (!len || v + len > amount.first || amount.first - (v + len) > RECEIVE_REACH) continue;
      const getter = view.mentions.filter((m) => m.last <= v && !governedByPreposition(ctx, view, m)).at(-1);
      if (getter && !view.mentions.some((m) => m.first >= amount.last && canFund(m))) add(getter, giver, 'frame:money-recipient', amount);
      break;
    }
  }
  return found;
}
