/** Renders an evaluation as a plain-text table (P/R/F1 per metric, per document and micro-averaged). */
import type { Evaluation } from './evaluateCorpus.js';
import type { DocumentScore } from './scoreDocument.js';
import { METRICS, type Metric, type Score } from './scores.js';

const LABELS: Record<Metric, string> = {
  entities: 'entities',
  typedEntities: 'typed entities',
  links: 'links',
  relations: 'typed relations',
};

const cell = (s: Score) => `${s.precision.toFixed(2)} ${s.recall.toFixed(2)} ${s.f1.toFixed(2)} (${s.tp}/${s.predicted}/${s.gold})`;

export function formatEvaluation(evaluation: Evaluation, details = false): string {
  const rows: string[][] = [
    ['document', ...METRICS.map((m) => LABELS[m])],
    ['', ...METRICS.map(() => 'P    R    F1   (tp/pred/gold)')],
    ...evaluation.documents.map((d) => [d.doc, ...METRICS.map((m) => cell(d.scores[m]))]),
    ['micro-average', ...METRICS.map((m) => cell(evaluation.micro[m]))],
  ];
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  const line = (r: string[]) => r.map((v, c) => v.padEnd(widths[c]!)).join('  ').trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  const table = [line(rows[0]!), line(rows[1]!), rule, ...rows.slice(2, -1).map(line), rule, line(rows.at(-1)!)];
  const title = `Evaluation${evaluation.curated ? '' : ' (--no-curated)'}: precision, recall, F1`;
  return [title, '', ...table, ...(details ? evaluation.documents.flatMap(formatErrors) : [])].join('\n');
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
  ];
}
