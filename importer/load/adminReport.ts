/**
 * Turns neo4j-admin's import report (one line per skipped entry) into diagnostics naming the CSV row that caused it,
 * found among the suspect rows the CSV writer recorded.
 */
import fs from 'node:fs';
import type { Diagnostic } from '../../src/model/index.js';
import type { AdminCsv, RowLocation } from './adminCsv.js';

const DUPLICATE = /^Id '(.*)' is defined more than once in group '(.*)'$/;
const DANGLING = /^(.*) \((\w+)\)-\[(\w+)\]->(.*) \((\w+)\) referring to missing node (.*)$/;

const diagnostic = (at: RowLocation | undefined, reportFile: string, message: string): Diagnostic => ({
  severity: 'error',
  stage: 'load',
  file: at?.file ?? reportFile,
  ...(at ? { line: at.line } : {}),
  message,
});

export interface ImportReport {
  diagnostics: Diagnostic[];
  skippedNodes: number;
  skippedRelationships: number;
}

export function readImportReport(reportFile: string, csv: AdminCsv): ImportReport {
  const report: ImportReport = { diagnostics: [], skippedNodes: 0, skippedRelationships: 0 };
  if (!fs.existsSync(reportFile)) return report;
  const diagnostics = report.diagnostics;
  // A key reported again (the same relationship twice) names its next row.
  const taken = new Map<string, number>();
  const next = (rows: Map<string, RowLocation[]>, key: string) => {
    const i = taken.get(key) ?? 0;
    taken.set(key, i + 1);
    return rows.get(key)?.[i];
  };
  for (const line of fs.readFileSync(reportFile, 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    const dup = DUPLICATE.exec(line);
    if (dup) {
      const [, id, group] = dup;
      const at = next(csv.duplicates, `${group}\t${id}`);
      report.skippedNodes++;
      diagnostics.push(diagnostic(at, reportFile, `neo4j-admin skipped ${at?.what ?? 'a node'}: id "${id}" is defined more than once in group ${group}`));
      continue;
    }
    const bad = DANGLING.exec(line);
    if (bad) {
      const [, source, , type, target, , missing] = bad;
      const at = next(csv.danglingRelationships, `${type}\t${source}\t${target}`);
      report.skippedRelationships++;
      diagnostics.push(diagnostic(at, reportFile, `neo4j-admin skipped ${at?.what ?? `${source}-[${type}]->${target}`}: it refers to the missing node "${missing}"`));
      continue;
    }
    diagnostics.push(diagnostic(undefined, reportFile, `neo4j-admin: ${line}`));
  }
  return report;
}
