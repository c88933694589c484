/** A readable summary of an extraction for `--format table`: documents, entities and relations with their evidence. */
import type { Extraction } from '../../src/model/index.js';

function table(header: string[], rows: string[][]): string[] {
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c]!.length)));
  const line = (r: string[]) => r.map((v, c) => v.padEnd(widths[c]!)).join('  ').trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)];
}

export function formatExtractionTable(x: Extraction): string {
  const names = new Map(x.entities.map((e) => [e.id, e.name]));
  const name = (id: string) => names.get(id) ?? id;
  return [
    `${x.documents.length} documents, ${x.entities.length} entities, ${x.relations.length} relations, ` +
      `${x.coMentions.length} co-mentions, ${x.diagnostics.length} diagnostics`,
    '',
    ...table(
      ['document', 'language', 'mentions', 'title'],
      x.documents.map((d) => [d.id, d.language, String(d.mentions.length), d.title]),
    ),
    '',
    ...table(
      ['entity', 'type', 'id', 'aliases'],
      x.entities.map((e) => [e.name, e.type, e.id, e.aliases.join('; ')]),
    ),
    '',
    ...table(
      ['source', 'relation', 'target', 'confidence', 'trigger', 'evidence'],
      x.relations.map((r) => [
        name(r.source),
        r.type,
        name(r.target),
        r.confidence.toFixed(2),
        r.evidence[0]?.trigger ?? '',
        `${r.evidence.length} × ${r.evidence[0]?.documentId ?? ''}`,
      ]),
    ),
  ].join('\n');
}
