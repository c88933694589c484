/** CSV export: nodes.csv and edges.csv (RFC 4180) in one zip. */
import { strToU8, zipSync } from 'fflate';
import type { GraphSlice } from '../../model/index.js';

/**
 * Text cells a spreadsheet would run as a formula (=, +, -, @ first) get a leading apostrophe (OWASP's advice);
 * ids are slugs and numbers are numbers, so only free text can start that way.
 */
function textCell(value: string): string {
  return csvCell(/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);
}

function csvCell(value: string | number): string {
  const s = String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const csv = (header: string[], rows: string[][]) => [header, ...rows].map((r) => r.join(',')).join('\r\n') + '\r\n';

export function nodesCsv(slice: GraphSlice): string {
  return csv(
    ['id', 'name', 'type', 'aliases', 'degree', 'documentCount'],
    slice.nodes.map((n) => [
      csvCell(n.id),
      textCell(n.name),
      csvCell(n.type),
      textCell(n.aliases.join('; ')),
      csvCell(n.degree),
      csvCell(n.documentCount),
    ]),
  );
}

export function edgesCsv(slice: GraphSlice): string {
  return csv(
    ['id', 'source', 'target', 'type', 'confidence', 'documentCount', 'evidenceCount'],
    slice.edges.map((e) => [
      csvCell(e.id),
      csvCell(e.source),
      csvCell(e.target),
      csvCell(e.type),
      csvCell(e.confidence),
      csvCell(e.documentCount),
      csvCell(e.evidenceCount),
    ]),
  );
}

export function csvZip(slice: GraphSlice): Uint8Array {
  return zipSync({ 'nodes.csv': strToU8(nodesCsv(slice)), 'edges.csv': strToU8(edgesCsv(slice)) });
}
