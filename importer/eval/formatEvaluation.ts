/** Renders an evaluation as a plain-text table (P/R/F1 per metric, per document and micro-averaged). */
import type { Evaluation } from './evaluateCorpus.js';
import { precisionAtOrAbove, type RelationBreakdown } from './relationJudgements.js';
import type { DocumentScore } from './scoreDocument.js';
import { METRICS, type Metric, type Score } from './scores.js';

const LABELS: Record<Metric, string> = {
  entities: 'entities',
  typedEntities: 'typed entities',
  links: 'links',
  relations: 'typed relations',
  dates: 'dates',
};

const cell = (s: Score) => `${s.precision.toFixed(2)} ${s.recall.toFixed(2)} ${s.f1.toFixed(2)} (${s.tp}/${s.predicted}/${s.gold})`;

export function formatEvaluation(evaluation: Evaluation, details = false): string {
  const rows: string[][] = [
    ['document', ...METRICS.map((m) => LABELS[m])],
    ['', ...METRICS.map(() => 'P    R    F1   (tp/pred/gold)')],
    ...evaluation.documents.map((d) => [d.doc, ...METRICS.map((m) => cell(d.scores[m]))]),
    ['micro-average', ...METRICS.map((m) => cell(evaluation.micro[m]))],
  ];
  const title = `Evaluation${evaluation.curated ? '' : ' (--no-curated)'}: precision, recall, F1`;
  return [
    title,
    '',
    ...tableOf(rows, 2),
    '',
    ...formatBreakdown(evaluation.relations),
    ...(details ? evaluation.documents.flatMap(formatErrors) : []),
  ].join('\n');
}

/** Rows padded to columns, a rule under the `head` first rows and above the last row when it is a total. */
function tableOf(rows: string[][], head: number, total = true): string[] {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  const line = (r: string[]) => r.map((v, c) => v.padEnd(widths[c]!)).join('  ').trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  const body = rows.slice(head, total ? -1 : undefined).map(line);
  return [...rows.slice(0, head).map(line), rule, ...body, ...(total ? [rule, line(rows.at(-1)!)] : [])];
}

const pct = (x: number) => x.toFixed(2);

/** Typed relations per relation type and per mechanism: where relations are lost and which rules mislead. */
export function formatBreakdown(b: RelationBreakdown): string[] {
  const types = Object.entries(b.byType).map(([type, s]) => [type, pct(s.precision), pct(s.recall), pct(s.f1), `${s.tp}/${s.predicted}/${s.gold}`]);
  const mechanisms = Object.entries(b.byMechanism).map(([m, s]) => [m, pct(s.precision), pct(s.recall), `${s.tp}/${s.predicted}`]);
  return [
    'Typed relations per relation type',
    ...tableOf([['type', 'P', 'R', 'F1', 'tp/pred/gold'], ...types], 1, false),
    '',
    'Typed relations per mechanism (R: share of all gold relations this mechanism found; a relation found by two counts for both)',
    ...tableOf([['mechanism', 'P', 'R', 'tp/pred'], ...mechanisms], 1, false),
  ];
}

/** How often relations are right at each confidence: whether the minimum-confidence filter means what it says. */
export function formatCalibration(evaluation: Evaluation, floor: number): string {
  const bins = evaluation.relations.bins.map((bin, i, all) => {
    const to = i === 0 ? '1.00' : all[i - 1]!.from.toFixed(2);
    return [`${bin.from.toFixed(2)}–${to}`, String(bin.predicted), bin.predicted ? pct(bin.precision) : '-'];
  });
  const judged = evaluation.documents.flatMap((d) => d.judgements);
  const above = precisionAtOrAbove(judged, floor);
  return [
    'Calibration: share of predicted relations that are right, per confidence',
    ...tableOf([['confidence', 'relations', 'right'], ...bins], 1, false),
    '',
    `at confidence ≥ ${floor.toFixed(2)}: ${above.correct} of ${above.predicted} right (${above.predicted ? (100 * above.precision).toFixed(0) : '-'} %)`,
  ].join('\n');
}

function formatErrors(d: DocumentScore): string[] {
  const section = (label: string, items: string[]) => (items.length ? [`  ${label}:`, ...items.map((i) => `    ${i}`)] : []);
  return [
    '',
    d.doc,
    ...section('missed entities', d.errors.missedEntities),
    ...section('spurious entities', d.errors.spuriousEntities),
    ...section('wrong types', d.errors.wrongTypes),
    ...section('missed relations', d.errors.missedRelations),
    ...section('spurious relations', d.errors.spuriousRelations),
    ...section('missed dates', d.errors.missedDates),
    ...section('spurious dates', d.errors.spuriousDates),
  ];
}
