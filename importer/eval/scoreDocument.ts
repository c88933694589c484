/** Scores one document's predictions against its gold: entities, typed entities, links and typed relations. */
import { isSymmetric, type RelationType } from '../../src/model/index.js';
import type { NamedRelation, ScoredSide } from './goldSchema.js';
import { matchEntities } from './matchEntities.js';
import type { Judgement } from './relationJudgements.js';
import type { NameMatcher } from './matchNames.js';
import { scoreDates } from './scoreDates.js';
import { score, type Metric, type Score } from './scores.js';

export interface DocumentScore {
  doc: string;
  scores: Record<Metric, Score>;
  /** Every predicted relation, right or wrong, and the types of the gold relations: for per-type and per-mechanism scores. */
  judgements: Judgement[];
  goldTypes: RelationType[];
  /** What went wrong, for people tuning the extractor. */
  errors: {
    missedEntities: string[];
    spuriousEntities: string[];
    wrongTypes: string[];
    missedRelations: string[];
    spuriousRelations: string[];
    missedDates: string[];
    spuriousDates: string[];
  };
}

const linkKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);
const relationKey = (a: string, b: string, r: NamedRelation) => (isSymmetric(r.type) ? `${linkKey(a, b)}|${r.type}` : `${a}>${r.type}>${b}`);

export function scoreDocument(doc: string, predicted: ScoredSide, gold: ScoredSide, matcher: NameMatcher): DocumentScore {
  const toGold = matchEntities(predicted.entities, gold.entities, matcher);
  // A matched prediction takes its gold entity's key, so relations compare across the two sides.
  const predKey = (p: number) => (toGold[p] === undefined ? `p${p}` : `g${toGold[p]}`);
  const goldKey = (g: number) => `g${g}`;
  const matched = toGold.filter((g) => g !== undefined).length;
  const typed = toGold.filter((g, p) => g !== undefined && gold.entities[g]!.type === predicted.entities[p]!.type).length;

  const goldLinks = new Set(gold.relations.map((r) => linkKey(goldKey(r.source), goldKey(r.target))));
  const predLinks = new Set(predicted.relations.map((r) => linkKey(predKey(r.source), predKey(r.target))));
  const goldRelations = new Map(gold.relations.map((r) => [relationKey(goldKey(r.source), goldKey(r.target), r), r]));
  const predRelations = new Map(predicted.relations.map((r) => [relationKey(predKey(r.source), predKey(r.target), r), r]));
  const overlap = (a: Set<string> | Map<string, unknown>, b: Set<string> | Map<string, unknown>) =>
    [...a.keys()].filter((k) => b.has(k)).length;

  const nE = predicted.entities.length;
  const gE = gold.entities.length;
  const matchedGold = new Set(toGold);
  const describe = (side: ScoredSide, r: NamedRelation) =>
    `${side.entities[r.source]!.name} ${r.type} ${side.entities[r.target]!.name}`;
  const dates = scoreDates(
    [
      ...[...predRelations].map(([k, r]) => ({ predicted: r, gold: goldRelations.get(k), label: describe(predicted, r) })),
      ...predicted.entities.map((e, p) => ({ predicted: e, gold: toGold[p] === undefined ? undefined : gold.entities[toGold[p]], label: e.name })),
    ],
    gold,
    (x) => ('source' in x ? describe(gold, x) : x.name),
  );
  return {
    doc,
    scores: {
      entities: score({ tp: matched, predicted: nE, gold: gE }),
      typedEntities: score({ tp: typed, predicted: nE, gold: gE }),
      links: score({ tp: overlap(predLinks, goldLinks), predicted: predLinks.size, gold: goldLinks.size }),
      relations: score({ tp: overlap(predRelations, goldRelations), predicted: predRelations.size, gold: goldRelations.size }),
      dates: score(dates.counts),
    },
    judgements: [...predRelations].map(([k, r]) => ({
      relation: describe(predicted, r),
      type: r.type,
      mechanisms: r.mechanisms ?? [],
      confidence: r.confidence ?? 0,
      correct: goldRelations.has(k),
    })),
    goldTypes: [...goldRelations.values()].map((r) => r.type),
    errors: {
      missedEntities: gold.entities.filter((_, g) => !matchedGold.has(g)).map((e) => `${e.name} (${e.type})`),
      spuriousEntities: predicted.entities.filter((_, p) => toGold[p] === undefined).map((e) => `${e.name} (${e.type})`),
      wrongTypes: toGold.flatMap((g, p) => {
        const e = predicted.entities[p]!;
        const want = g === undefined ? undefined : gold.entities[g]!;
        return want && want.type !== e.type ? [`${e.name}: ${e.type}, gold ${want.type}`] : [];
      }),
      missedRelations: [...goldRelations].filter(([k]) => !predRelations.has(k)).map(([, r]) => describe(gold, r)),
      spuriousRelations: [...predRelations].filter(([k]) => !goldRelations.has(k)).map(([, r]) => describe(predicted, r)),
      missedDates: dates.missed,
      spuriousDates: dates.spurious,
    },
  };
}
