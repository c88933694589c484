/**
 * The structure of public bodies and groups: "Styrelsen for X under Beskæftigelsesministeriet", "Seksjon for Y, en
 * enhet under Avdeling for Z", "X, an organisation under the Council of Y", "KS Vest er
 * regionkontoret til KS", "Hagen Gruppens datterselskaper A og B": the part is PART_OF the whole. Words per language
 * (`partOf` in graph-data/lexicon/<language>.yaml).
 */
import type { DocumentContext } from '../candidate.js';
import { isArticle, isLowerWord } from '../nameTokens.js';
import { coordinatedList } from '../relations/coordination.js';
import { inGenitive, mechanismOf, mentionAt, type FoundRelation, type SentenceMention, type SentenceView } from '../relations/sentenceMentions.js';

/** Lower-case words between an apposition's comma or copula and its unit noun ("en ny regional", "the philanthropic"). */
const DESCRIBING = 3;
const CONFIDENCE = 0.7;

export function partOfRelations(ctx: DocumentContext, view: SentenceView): FoundRelation[] {
  const words = ctx.lang.partOf;
  if (!words.unitNouns.size && !words.under.size) return [];
  const roles = ctx.knowledge.relationRoles.PART_OF;
  const found: FoundRelation[] = [];
  const add = (part: SentenceMention, whole: SentenceMention, rule: string, trigger: string) => {
    if (part.group === whole.group || !roles.source.has(part.group.type) || !roles.target.has(whole.group.type)) return;
    if (found.some((r) => r.source === part.group && r.target === whole.group)) return;
    found.push({ source: part.group, target: whole.group, type: 'PART_OF', confidence: CONFIDENCE, sentence: view.index, trigger, mechanism: mechanismOf(rule, part, whole) });
  };
  const isUnit = (i: number) => isLowerWord(view.toks[i]) && words.unitNouns.has(view.toks[i]!.lower);
  for (const m of view.mentions) {
    if (m.backReference) continue;
    const next = view.toks[m.last];
    // "X under Y".
    const below = next && words.under.has(next.lower) ? mentionAt(view, m.last + 1) : undefined;
    if (below && !below.backReference) add(m, below, 'part-of:under', next!.text);
    // "X, en enhet under Y" / "X er regionkontoret til Y": a unit noun after a comma or copula, then the whole.
    if (next && (next.text === ',' || ctx.lang.copulas.has(next.lower))) {
      let i = m.last + 1;
      for (let d = 0; d < DESCRIBING && isLowerWord(view.toks[i]) && !isUnit(i); d++) i++;
      const prep = view.toks[i + 1];
      if (isUnit(i) && prep && words.prepositions.has(prep.lower)) {
        const skip = isArticle(ctx, view.toks[i + 2]?.lower ?? '') ? 1 : 0;
        const whole = mentionAt(view, i + 2 + skip);
        if (whole) add(m, whole, 'part-of:unit-apposition', `${view.toks[i]!.text} ${prep.text}`);
      }
    }
    // "Hagen Gruppens datterselskaper A og B": the owner in the genitive, a unit noun, its parts.
    if (inGenitive(ctx, view, m) && isUnit(m.last)) {
      const first = mentionAt(view, m.last + 1);
      if (first) for (const part of coordinatedList(ctx, view, first, (x) => roles.source.has(x.group.type))) add(part, m, 'part-of:owner-units', view.toks[m.last]!.text);
    }
  }
  return found;
}
