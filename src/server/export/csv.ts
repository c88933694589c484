/** CSV export: nodes.csv and edges.csv (RFC 4180) in one zip. */
import { strToU8, zipSync } from 'fflate';
import type { GraphSlice, TimeSpan } from '../../model/index.js';

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

/** Time and place columns are empty where a node or edge has none. */
const TIME_COLUMNS = ['from', 'to', 'at', 'precision'];
const timeCells = (t: TimeSpan | undefined) => [t?.from ?? '', t?.to ?? '', t?.at ?? '', t?.precision ?? ''].map(csvCell);

const csv = (header: string[], rows: string[][]) => [header, ...rows].map((r) => r.join(',')).join('\r\n') + '\r\n';

export function nodesCsv(slice: GraphSlice): string {
  return csv(
    ['id', 'name', 'type', 'aliases', 'degree', 'documentCount', 'latitude', 'longitude', 'locatedAt', ...TIME_COLUMNS],
    slice.nodes.map((n) => [
      csvCell(n.id),
      textCell(n.name),
      csvCell(n.type),
      textCell(n.aliases.join('; ')),
      csvCell(n.degree),
      csvCell(n.documentCount),
      csvCell(n.location?.latitude ?? ''),
      csvCell(n.location?.longitude ?? ''),
      csvCell(n.locatedAt ?? ''),
      ...timeCells(n.time),
    ]),
  );
}

export function edgesCsv(slice: GraphSlice): string {
  return csv(
    ['id', 'source', 'target', 'type', 'confidence', 'documentCount', 'evidenceCount', ...TIME_COLUMNS],
    slice.edges.map((e) => [
      csvCell(e.id),
      csvCell(e.source),
      csvCell(e.target),
      csvCell(e.type),
      csvCell(e.confidence),
      csvCell(e.documentCount),
      csvCell(e.evidenceCount),
      ...timeCells(e.time),
    ]),
  );
}

export function csvZip(slice: GraphSlice): Uint8Array {
  return zipSync({ 'nodes.csv': strToU8(nodesCsv(slice)), 'edges.csv': strToU8(edgesCsv(slice)) });
}
