/** Prints diagnostics to stderr, one line each: `error read: file:line: message`. */
import type { Diagnostic } from '../../src/model/index.js';

export function formatDiagnostic(d: Diagnostic): string {
  const where = d.line !== undefined ? `:${d.line}` : d.offset !== undefined ? ` (offset ${d.offset})` : '';
  return `${d.severity} ${d.stage}: ${d.file}${where}: ${d.message}`;
}

export function printDiagnostics(diagnostics: Diagnostic[], out: { write(text: string): unknown }): void {
  for (const d of diagnostics) out.write(`${formatDiagnostic(d)}\n`);
}

export const hasErrors = (diagnostics: Diagnostic[]) => diagnostics.some((d) => d.severity === 'error');
