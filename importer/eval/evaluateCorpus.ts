/** Extracts each gold-annotated document on its own and scores it; micro-averages over all documents. */
import fs from 'node:fs';
import path from 'node:path';
import { extractCorpus } from '../extractCorpus.js';
import { loadKnowledge } from '../pipeline.js';
import { DataFileError } from '../read/loadDataFile.js';
import { goldSide, loadGoldFolder } from './loadGold.js';
import { NameMatcher } from './matchNames.js';
import { predictedSide } from './predictedSide.js';
import { breakdown, type RelationBreakdown } from './relationJudgements.js';
import { scoreDocument, type DocumentScore } from './scoreDocument.js';
import { METRICS, microAverage, type Metric, type Score } from './scores.js';
import type { Diagnostic } from '../../src/model/index.js';

export interface Evaluation {
  curated: boolean;
  documents: DocumentScore[];
  micro: Record<Metric, Score>;
  /** Typed relations per relation type, per mechanism and per confidence bin, over all documents. */
  relations: RelationBreakdown;
  diagnostics: Diagnostic[];
}

export interface EvaluateOptions {
  goldFolder: string;
  documentsFolder: string;
  curated: boolean;
  leadingWords: ReadonlySet<string>;
}

export async function evaluateCorpus(options: EvaluateOptions): Promise<Evaluation> {
  const matcher = new NameMatcher(options.leadingWords);
  const knowledge = loadKnowledge({ curated: options.curated });
  const documents: DocumentScore[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const gold of loadGoldFolder(options.goldFolder)) {
    const file = path.join(options.documentsFolder, gold.doc);
    if (!fs.existsSync(file)) throw new DataFileError(options.goldFolder, undefined, `gold file for "${gold.doc}" has no document ${file}`);
    const extraction = await extractCorpus([file], { curated: options.curated, knowledge });
    diagnostics.push(...extraction.diagnostics);
    documents.push(scoreDocument(gold.doc, predictedSide(extraction), goldSide(gold, matcher), matcher));
  }
  const micro = Object.fromEntries(METRICS.map((m) => [m, microAverage(documents.map((d) => d.scores[m]))])) as Record<Metric, Score>;
  const relations = breakdown(documents.flatMap((d) => d.judgements), documents.flatMap((d) => d.goldTypes));
  return { curated: options.curated, documents, micro, relations, diagnostics };
}
