/**
 * One CSV file for `neo4j-admin database import`: a typed header, rows written as they come, and what the import
 * needs to know about them afterwards (which lines hold a record, which lists were empty, the longest field).
 */
import fs from 'node:fs';

/** Column types of neo4j-admin headers; `ID(…)`, `START_ID(…)`, `END_ID(…)` name the id groups. */
export type ColumnType =
  | 'string' | 'long' | 'double' | 'boolean' | 'date' | 'point{crs:WGS-84}' | 'string[]' | 'long[]' | 'double[]'
  | `ID(${string})` | `START_ID(${string})` | `END_ID(${string})`;

export interface Column {
  /** Property name; empty for START_ID/END_ID. */
  name: string;
  type: ColumnType;
}

/** Lists are joined with the ASCII unit separator: JSON evidence escapes it, and names and ids do not hold it. */
export const ARRAY_DELIMITER = '\u001f';

/** A value this CSV dialect cannot carry: the load goes through UNWIND instead. */
export class AdminCsvUnsupported extends Error {}

const FLUSH_BYTES = 1 << 20;

const quoted = (s: string) => `"${s.includes('"') ? s.replaceAll('"', '""') : s}"`;

const header = (c: Column) => (c.type === 'string' ? c.name : `${c.name}:${c.type}`);

export class CsvTable {
  readonly header: string;
  rows = 0;
  /** Physical line the next record starts on (fields may hold line breaks). */
  private line = 2;
  multiline = false;
  longestField = 0;
  /** Per list column: how many rows had an empty list (neo4j-admin stores no property for one). */
  readonly emptyLists = new Map<string, number>();
  private buffer: string[] = [];
  private bytes = 0;
  private readonly fd: number;

  constructor(
    readonly file: string,
    readonly columns: Column[],
  ) {
    this.header = columns.map(header).join(',');
    this.fd = fs.openSync(file, 'w');
    fs.writeSync(this.fd, `${this.header}\n`);
  }

  /** Writes one record; returns the line it starts on. */
  write(values: readonly unknown[]): number {
    const fields = values.map((v, i) => this.field(this.columns[i]!, v));
    const record = fields.join(',');
    const at = this.line;
    for (let i = record.indexOf('\n'); i !== -1; i = record.indexOf('\n', i + 1)) this.line++;
    this.line++;
    this.rows++;
    this.buffer.push(record);
    this.bytes += record.length;
    if (this.bytes >= FLUSH_BYTES) this.flush();
    return at;
  }

  private field(c: Column, v: unknown): string {
    if (v === null || v === undefined) return '';
    if (Array.isArray(v)) {
      if (v.length === 0) {
        this.emptyLists.set(c.name, (this.emptyLists.get(c.name) ?? 0) + 1);
        return '';
      }
      const items = v.map(String);
      if (items.some((s) => s.includes(ARRAY_DELIMITER))) throw new AdminCsvUnsupported(`a list in ${c.name} holds U+001F, the list delimiter`);
      const joined = items.join(ARRAY_DELIMITER);
      if (joined === '') throw new AdminCsvUnsupported(`a list in ${c.name} holds only an empty string, which neo4j-admin reads as no list`);
      return this.text(joined);
    }
    if (typeof v === 'string') return this.text(v);
    if (c.type.startsWith('point')) {
      const { latitude, longitude } = v as { latitude: number; longitude: number };
      return `"{latitude:${latitude},longitude:${longitude}}"`;
    }
    return String(v);
  }

  private text(s: string): string {
    if (s.length > this.longestField) this.longestField = s.length;
    if (!this.multiline && (s.includes('\n') || s.includes('\r'))) this.multiline = true;
    return quoted(s);
  }

  private flush(): void {
    if (this.buffer.length === 0) return;
    fs.writeSync(this.fd, this.buffer.join('\n') + '\n');
    this.buffer = [];
    this.bytes = 0;
  }

  close(): void {
    this.flush();
    fs.closeSync(this.fd);
  }
}
