/**
 * People's roles stated in running text: "Camilla Berg er daglig leder i X" and "Y is a partner at Z" (a name, a
 * copula, a title), "Verkställande direktör är Y" and "Nätverkets samordnare är Z" (a title, a copula, a name), the
 * body named after the title or, when none is, the document's subject. A title decides the relation (peopleRoles).
 */
import type { DocumentContext } from '../candidate.js';
import type { MentionGroup } from '../groupMentions.js';
import { inLanguageOrEnglish, isLowerWord } from '../nameTokens.js';
import { governedByPreposition, inGenitive, mechanismOf, type FoundRelation, type SentenceMention, type SentenceView } from '../relations/sentenceMentions.js';
import { isPersonTitle } from '../typeEvidence.js';
import { subjectMention } from './initiativeFrame.js';
import { bodyAt, heldRoles, roleEnds, type PersonRole } from './peopleRoles.js';

/** Words a title phrase may hold ("er nå daglig leder", "is a founding partner"). */
const TITLE_REACH = 4;
const CONFIDENCE = 0.7;

const isCopula = (ctx: DocumentContext, word: string) => inLanguageOrEnglish(ctx, (l) => l.copulas, word);
const isAffiliation = (ctx: DocumentContext, word: string) => inLanguageOrEnglish(ctx, (l) => l.affiliationPrepositions, word);

/** Whether the clause ends at token `i`: the sentence, a comma or a coordinator ("…, mens Y er styreleder"). */
const clauseEnds = (ctx: DocumentContext, view: SentenceView, i: number) => {
  const t = view.toks[i];
  return !t || t.text === ',' || t.text === '.' || ctx.lang.coordinators.has(t.lower) || ctx.lang.clauseStarts.has(t.lower);
};

/** The body a title is held at, named right after "i/på/at/of" (an article may stand between). */
function bodyAfter(ctx: DocumentContext, view: SentenceView, i: number): SentenceMention | undefined {
  const prep = view.toks[i];
  if (!prep || !isAffiliation(ctx, prep.lower)) return undefined;
  const body = bodyAt(ctx, view, i + 1, true);
  return body && body.group.type !== 'Person' && body.group.type !== 'Place' ? body : undefined;
}

/** "X er daglig leder i Y", "X is a founding partner of Y", "…, mens X er styreleder i selskapet". */
function nameIsTitle(ctx: DocumentContext, view: SentenceView, p: SentenceMention, subject: MentionGroup | undefined, add: Add): void {
  const copula = view.toks[p.last];
  if (!copula || !isCopula(ctx, copula.lower)) return;
  const words: string[] = [];
  let i = p.last + 1;
  for (; i < view.toks.length && words.length < TITLE_REACH && isLowerWord(view.toks[i]); i++) {
    const w = view.toks[i]!.lower;
    if (words.length && isAffiliation(ctx, w)) break;
    words.push(w);
  }
  if (!words.some((w) => isPersonTitle(ctx, w)) || words.some((w) => isCopula(ctx, w))) return;
  const found = bodyAfter(ctx, view, i);
  const body = found ?? (subject && clauseEnds(ctx, view, i) ? subjectMention(view, subject, i) : undefined);
  if (body) for (const role of heldRoles(ctx, words, p, body)) add(p, body, role, `${copula.text} ${words.join(' ')}`, 'people:role-clause');
}

/** "Verkställande direktör är X", "Nätverkets samordnare är X": the owner in the genitive, else the subject. */
function titleIsName(ctx: DocumentContext, view: SentenceView, p: SentenceMention, subject: MentionGroup | undefined, add: Add): void {
  const copula = view.toks[p.first - 1];
  // "Projektledare är X, lektor vid Y": an apposition names where X works; the title may belong to a project.
  const end = view.toks[p.last];
  if (!copula || !isCopula(ctx, copula.lower) || (end && end.text !== '.')) return;
  let i = p.first - 1;
  while (i > 0 && p.first - 1 - i < TITLE_REACH && view.toks[i - 1]!.kind === 'word' && !view.mentions.some((m) => m.last === i)) i--;
  const words = view.toks.slice(i, p.first - 1);
  if (!words.length || !isPersonTitle(ctx, words.at(-1)!.lower)) return;
  const owner = view.mentions.find((m) => m.last === i);
  const opens = i === 0 && words.every((w, k) => k === 0 || isLowerWord(w));
  const owned = owner && (inGenitive(ctx, view, owner) || (owner.backReference && view.toks[owner.last - 1]!.lower.endsWith('s'))) && owner.first === 0;
  const body = owned ? owner : opens && subject ? subjectMention(view, subject, 0) : undefined;
  const trigger = `${words.map((w) => w.text).join(' ')} ${copula.text}`;
  if (body) for (const role of heldRoles(ctx, words.map((w) => w.lower), p, body)) add(p, body, role, trigger, 'people:title-clause');
}

/**
 * "som/as" and a title: "X sa opp jobben som innkjøpssjef i Y" (X worked at Y), "Y har ansatt X som prosjektleder" and
 * "the appointment of X as investment manager" at Y's (X works for the actor the sentence opens with).
 */
function asTitle(ctx: DocumentContext, view: SentenceView, at: number, add: Add): void {
  const words: string[] = [];
  let i = at + 1;
  for (; i < view.toks.length && words.length < TITLE_REACH && isLowerWord(view.toks[i]); i++) {
    const w = view.toks[i]!.lower;
    if (isAffiliation(ctx, w)) break;
    words.push(w);
  }
  // The title comes first, an article or a word like "ny" before it at most ("som ny daglig leder", "as the new CEO").
  if (!words.slice(0, 3).some((w) => isPersonTitle(ctx, w)) || isCopula(ctx, words[0] ?? '')) return;
  const before = view.mentions.filter((m) => m.last <= at && !m.backReference && !governedByPreposition(ctx, view, m));
  const person = before.filter((m) => m.group.type === 'Person').at(-1);
  if (!person) return;
  const named = bodyAfter(ctx, view, i);
  // Without a body after the title, the actor opening the sentence is the employer: "Y har ansatt X som …".
  const opener = before[0] && before[0] !== person && before[0].first <= 2 && before[0].group.type !== 'Person' ? before[0] : undefined;
  const body = named ?? (person.last === at ? opener : undefined);
  if (!body) return;
  for (const role of heldRoles(ctx, words, person, body)) add(person, body, role, `${view.toks[at]!.text} ${words.join(' ')}`, 'people:as-title');
}

/**
 * A title with no body, about the document's subject: a board title opening a sentence ("Formand Kasper Holm
 * fremlagde beretningen") or any title in brackets after the name ("Ida Berg (projektleder)").
 */
function titleForSubject(ctx: DocumentContext, view: SentenceView, p: SentenceMention, subject: MentionGroup | undefined, add: Add): void {
  if (!subject) return;
  const next = view.toks[p.last];
  let words: string[];
  if (next?.text === '(') {
    const close = view.toks.findIndex((t, k) => k > p.last && t.text === ')');
    const inside = view.toks.slice(p.last + 1, close);
    if (close < 0 || !inside.length || !inside.every((t) => isLowerWord(t)) || !inside.some((t) => isPersonTitle(ctx, t.lower))) return;
    words = inside.map((t) => t.lower);
  } else {
    // Only a board title alone before the name at the sentence's start, and a verb after it, not a body.
    const title = view.toks[p.first - 1];
    if (p.first !== 1 || !title || !isLowerWord(next) || bodyAfter(ctx, view, p.last)) return;
    if (!ctx.lang.boardTitles.has(title.lower)) return;
    words = [title.lower];
  }
  const s = subjectMention(view, subject, p.first);
  for (const role of heldRoles(ctx, words, p, s)) add(p, s, role, words.join(' '), 'people:title-subject');
}

type Add = (person: SentenceMention, body: SentenceMention, role: PersonRole, trigger: string, rule: string) => void;

export function peopleClauses(ctx: DocumentContext, views: SentenceView[], subject: MentionGroup | undefined): FoundRelation[] {
  const found: FoundRelation[] = [];
  for (const view of views) {
    const add: Add = (person, body, role, trigger, rule) => {
      const [source, target] = roleEnds(role, person, body);
      if (source.group === target.group) return;
      const back = source.backReference || target.backReference;
      found.push({ source: source.group, target: target.group, type: role, confidence: CONFIDENCE - (back ? 0.2 : 0), sentence: view.index, trigger, mechanism: mechanismOf(rule, source, target) });
    };
    view.toks.forEach((t, i) => {
      if (isLowerWord(t) && (ctx.lang.roleParticles.has(t.lower) || ctx.knowledge.english.roleParticles.has(t.lower))) asTitle(ctx, view, i, add);
    });
    for (const p of view.mentions) {
      if (p.group.type !== 'Person' || p.backReference) continue;
      nameIsTitle(ctx, view, p, subject, add);
      titleIsName(ctx, view, p, subject, add);
      titleForSubject(ctx, view, p, subject, add);
    }
  }
  return found;
}
