/** Loads a YAML (or JSON, which is YAML) data file from graph-data/ and validates it with zod; errors name file:line. */
import fs from 'node:fs';
import { LineCounter, isNode, parseDocument } from 'yaml';
import type { z } from 'zod';

export class DataFileError extends Error {
  override name = 'DataFileError';
}

/** Line of the deepest node that exists along `at` (a missing key is reported where its parent is). */
function lineOf(doc: ReturnType<typeof parseDocument>, lines: LineCounter, at: PropertyKey[]): number {
  for (let depth = at.length; depth >= 0; depth--) {
    const node = doc.getIn(at.slice(0, depth) as unknown[], true);
    if (isNode(node) && node.range) return lines.linePos(node.range[0]).line;
  }
  return 1;
}

export function loadDataFile<S extends z.ZodType>(file: string, schema: S): z.infer<S> {
  let source: string;
  try {
    source = fs.readFileSync(file, 'utf8');
  } catch (error) {
    throw new DataFileError(`${file}: cannot read: ${(error as Error).message}`);
  }
  return parseDataText(file, source, schema);
}

export function parseDataText<S extends z.ZodType>(file: string, source: string, schema: S): z.infer<S> {
  const lines = new LineCounter();
  const doc = parseDocument(source, { lineCounter: lines, prettyErrors: false });
  const syntax = doc.errors[0];
  if (syntax) {
    const line = lines.linePos(syntax.pos[0]).line;
    throw new DataFileError(`${file}:${line}: ${syntax.message.split('\n')[0]}`);
  }
  const parsed = schema.safeParse(doc.toJS());
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const where = issue.path.length ? ` "${issue.path.join('.')}"` : '';
  throw new DataFileError(`${file}:${lineOf(doc, lines, issue.path)}:${where} ${issue.message}`);
}
