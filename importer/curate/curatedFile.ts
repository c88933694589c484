/**
 * Writes review states and corrections into the corrections file, keeping what a person wrote there (comments,
 * order). Writes go through one queue, each reads the file afresh, and a new version replaces the old in one rename,
 * so concurrent writers lose nothing and a reader never sees half a file. A file that does not validate is never
 * written over: the error names its file and line.
 */
import fs from 'node:fs';
import path from 'node:path';
import { isMap, isSeq, parseDocument, YAMLSeq, type Document } from 'yaml';
import { claimKey, relationKey, type Claim, type Review } from '../../src/model/index.js';
import { correctionId, listCorrections, type EditKind, type ListedCorrection } from './correctionIds.js';
import { CorrectionsFileSchema, type ClaimItem, type CorrectionKind, type Corrections, type CorrectionsFile } from './correctionsSchema.js';
import { loadCorrections } from './loadCorrections.js';

const REVIEW_LISTS = { verified: 'verify', rejected: 'reject' } as const;

const itemKey = (c: ClaimItem): string => ('entity' in c ? c.entity : relationKey(c));
const claimItem = (claim: Claim): Record<string, string> =>
  claim.kind === 'entity' ? { entity: claim.id } : { source: claim.source, type: claim.type, target: claim.target };
const defined = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));

export class CuratedFile {
  private tail: Promise<unknown> = Promise.resolve();
  private counter = 0;
  /** The last read, kept while the file's size and modification time stay the same (a hand edit changes them). */
  private cached?: { stamp: string; corrections: Corrections };
  /** The document last written, to edit again without parsing while nobody else changed the file. */
  private edited?: { stamp: string; doc: Document; data: CorrectionsFile };

  constructor(readonly file: string) {}

  /** The file as the importer reads it (throws DataFileError naming file:line when it does not validate). */
  read(): Corrections {
    const stamp = this.stamp();
    if (this.cached?.stamp !== stamp) this.cached = { stamp, corrections: loadCorrections(this.file) };
    return this.cached.corrections;
  }

  /** Throws DataFileError when the file does not validate; free while the file is the one this writer last wrote. */
  check(): void {
    if (this.edited?.stamp !== this.stamp()) this.read();
  }

  private stamp(): string {
    const stat = fs.statSync(this.file, { throwIfNoEntry: false });
    return stat ? `${stat.size}:${stat.mtimeMs}:${stat.ino}` : 'absent';
  }

  list(): ListedCorrection[] {
    return listCorrections(this.read());
  }

  /** Last write wins: the claim's earlier review (in either list) goes; `proposed` leaves none. */
  setReview(claim: Claim, review: Review): Promise<void> {
    return this.edit((doc, data) => {
      const key = claimKey(claim);
      for (const list of ['verify', 'reject'] as const) removeWhere(doc, list, data[list], (c) => itemKey(c) === key);
      if (review.state !== 'proposed') append(doc, REVIEW_LISTS[review.state], { ...claimItem(claim), by: review.by, at: review.at, note: review.note });
    });
  }

  /** Adds a correction (or updates who/when/why of the same one) and returns its id. */
  addCorrection(kind: EditKind, item: Record<string, unknown>): Promise<string> {
    const id = correctionId(kind, item);
    return this.edit((doc, data) => {
      removeWhere<object>(doc, kind, data[kind], (c) => correctionId(kind, c) === id);
      append(doc, kind, item);
      return id;
    });
  }

  /** Takes a correction out; undefined when no item has that id. */
  removeCorrection(id: string): Promise<ListedCorrection | undefined> {
    return this.edit((doc, data) => {
      const found = listCorrections(data).find((c) => c.id === id);
      if (found) {
        doc.deleteIn([found.kind, found.index]);
        dropIfEmpty(doc, found.kind);
      }
      return found;
    });
  }

  private edit<T>(change: (doc: Document, data: CorrectionsFile) => T): Promise<T> {
    const run = this.tail.then(() => this.rewrite(change));
    this.tail = run.catch(() => undefined);
    return run;
  }

  private rewrite<T>(change: (doc: Document, data: CorrectionsFile) => T): T {
    const stamp = this.stamp();
    const { doc, data } = this.edited?.stamp === stamp ? this.edited : this.parse();
    // The document is changed in place: it is kept only once the file holds it.
    this.edited = undefined;
    const result = change(doc, data);
    // What is written must load again: check it before it replaces the file.
    const written = CorrectionsFileSchema.nullable().safeParse(doc.toJS());
    if (!written.success) throw new Error(`${this.file}: the edit would not validate: ${written.error.message}`);
    const text = doc.toString({ lineWidth: 0 });
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    const temp = path.join(path.dirname(this.file), `.${path.basename(this.file)}.${process.pid}.${++this.counter}.tmp`);
    fs.writeFileSync(temp, text);
    fs.renameSync(temp, this.file);
    this.edited = { stamp: this.stamp(), doc, data: written.data ?? CorrectionsFileSchema.parse({}) };
    return result;
  }

  private parse(): { doc: Document; data: CorrectionsFile } {
    const source = fs.existsSync(this.file) ? fs.readFileSync(this.file, 'utf8') : '';
    const doc: Document = parseDocument(source);
    const parsed = doc.errors.length ? undefined : CorrectionsFileSchema.nullable().safeParse(doc.toJS());
    // Only a broken file is read again the importer's way, for its error naming file and line.
    const data = parsed?.success ? (parsed.data ?? CorrectionsFileSchema.parse({})) : this.read();
    if (!isMap(doc.contents)) doc.contents = doc.createNode({});
    return { doc, data };
  }
}

function removeWhere<T>(doc: Document, kind: CorrectionKind, items: T[], match: (item: T) => boolean): void {
  for (let i = items.length - 1; i >= 0; i--) if (match(items[i]!)) doc.deleteIn([kind, i]);
  dropIfEmpty(doc, kind);
}

function dropIfEmpty(doc: Document, kind: CorrectionKind): void {
  const list = doc.get(kind, true);
  if (isSeq(list) && list.items.length === 0) doc.delete(kind);
}

/** One item per line, in flow style like the examples at the top of the file. */
function append(doc: Document, kind: CorrectionKind, item: Record<string, unknown>): void {
  const node = doc.createNode(defined(item));
  node.flow = true;
  const list = doc.get(kind, true);
  if (isSeq(list)) {
    list.flow = false;
    list.add(node);
  } else {
    const seq = new YAMLSeq();
    seq.items.push(node);
    doc.set(kind, seq);
  }
}
