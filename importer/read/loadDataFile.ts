/** Loads a YAML (or JSON, which is YAML) data file from graph-data/ and validates it with zod; errors name file:line. */
import fs from 'node:fs';
import { LineCounter, isNode, parseDocument } from 'yaml';
import type { z } from 'zod';

/** A data file that does not parse or validate; `file` and `line` let callers turn it into a diagnostic. */
export class DataFileError extends Error {
  override name = 'DataFileError';
  constructor(
    readonly file: string,
    readonly line: number | undefined,
    readonly detail: string,
  ) {
    super(`${file}${line === undefined ? '' : `:${line}`}: ${detail}`);
  }
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
    throw new DataFileError(file, undefined, `cannot read: ${(error as Error).message}`);
  }
  return parseDataText(file, source, schema);
}

/** `firstLine` is where `source` starts in its file (front matter starts on line 2). */
export function parseDataText<S extends z.ZodType>(file: string, source: string, schema: S, firstLine = 1): z.infer<S> {
  return parseDataDocument(file, source, schema, firstLine).data;
}

/** Parses and validates once, and keeps the document so callers can name the line of any path in it later. */
export function parseDataDocument<S extends z.ZodType>(
  file: string,
  source: string,
  schema: S,
  firstLine = 1,
): { data: z.infer<S>; lineAt: (at: PropertyKey[]) => number } {
  const lines = new LineCounter();
  const doc = parseDocument(source, { lineCounter: lines, prettyErrors: false });
  const syntax = doc.errors[0];
  if (syntax) {
    const line = lines.linePos(syntax.pos[0]).line;
    throw new DataFileError(file, line + firstLine - 1, syntax.message.split('\n')[0]!);
  }
  const lineAt = (at: PropertyKey[]) => lineOf(doc, lines, at) + firstLine - 1;
  const parsed = schema.safeParse(doc.toJS());
  if (parsed.success) return { data: parsed.data, lineAt };
  const issue = parsed.error.issues[0]!;
  // An unknown key is reported on its parent by zod; point at the key itself.
  const at = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]!] : issue.path;
  const where = issue.path.length ? `"${issue.path.join('.')}"` : '';
  throw new DataFileError(file, lineAt(at), `${where} ${issue.message}`.trim());
}
