/**
 * What read → segment → extract made of each file, kept on disk so that an import of a corpus in which a few files
 * changed extracts only those (resolve, which needs every document, still runs over all). A file's entry is found by
 * a hash of its path, its bytes and its sidecar's; the entries live in a folder named by a hash of everything else
 * extraction reads (the language knowledge, the curated aliases when they are on, the importer's code, the locked
 * library versions), so changing any of those starts a new folder and the old one is removed.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/config.js';
import type { FileExtraction } from '../extractFile.js';
import { filesUnder } from '../fingerprint/filesUnder.js';
import { SIDECAR_SUFFIX } from '../read/listDocumentFiles.js';

/** The data extraction reads, relative to the knowledge's root; the curated aliases are added when curated. */
const DATA_TREES = ['graph-data/lexicon', 'graph-data/segment', 'graph-data/read', 'graph-data/eval/calibration.yaml'];
/** The code, relative to the project. */
const CODE_TREES = ['importer', 'src/model', 'package-lock.json'];
/** Bump when the entry format changes. */
const FORMAT = 'v1';
const GENERATION = new RegExp(`^${FORMAT}-[0-9a-f]{16}$`);

const sha256 = (...parts: (Buffer | string)[]) => {
  const h = createHash('sha256');
  for (const p of parts) h.update(p).update('\0');
  return h.digest('hex');
};

/** Hash of what extraction reads besides the documents. */
export function extractionInputsHash(options: { curated: boolean; root?: string }): string {
  const root = options.root ?? PROJECT_ROOT;
  const files: string[] = [];
  for (const tree of DATA_TREES) filesUnder(path.join(root, tree), files);
  if (options.curated) {
    const curated = path.join(root, 'graph-data/curated');
    if (fs.existsSync(curated)) files.push(...fs.readdirSync(curated).filter((f) => /^aliases.*\.ya?ml$/.test(f)).sort().map((f) => path.join(curated, f)));
  }
  for (const tree of CODE_TREES) filesUnder(path.join(PROJECT_ROOT, tree), files);
  const h = createHash('sha256').update(`${FORMAT}\0curated ${options.curated}\0`);
  for (const file of files) h.update(`${path.relative(root, file)}\0${sha256(fs.readFileSync(file))}\0`);
  return h.digest('hex');
}

export interface CacheStats {
  hits: number;
  misses: number;
}

export class ExtractionCache {
  readonly stats: CacheStats = { hits: 0, misses: 0 };

  private constructor(readonly folder: string) {}

  /** The generation of `dir` for today's inputs; other generations there are deleted. */
  static open(dir: string, options: { curated: boolean; root?: string }): ExtractionCache {
    const name = `${FORMAT}-${extractionInputsHash(options).slice(0, 16)}`;
    fs.mkdirSync(path.join(dir, name), { recursive: true });
    // Only folders this cache named: IMPORT_CACHE_DIR may point somewhere shared.
    for (const entry of fs.readdirSync(dir)) if (entry !== name && GENERATION.test(entry)) fs.rmSync(path.join(dir, entry), { recursive: true, force: true });
    return new ExtractionCache(path.join(dir, name));
  }

  /** Undefined when the file cannot be read (the read stage then reports it). */
  keyOf(file: string): string | undefined {
    try {
      const sidecar = file.replace(/\.[^.]+$/, SIDECAR_SUFFIX);
      // The path as given too: the extraction records it as given.
      return sha256(file, path.resolve(file), fs.readFileSync(file), fs.existsSync(sidecar) ? fs.readFileSync(sidecar) : '-');
    } catch {
      return undefined;
    }
  }

  private entry(key: string): string {
    return path.join(this.folder, key.slice(0, 2), `${key}.json`);
  }

  /** An entry that is missing or unreadable (a disk full half-way, an edit) counts as a miss. */
  get(key: string | undefined): FileExtraction | undefined {
    if (!key) return undefined;
    try {
      const found = JSON.parse(fs.readFileSync(this.entry(key), 'utf8')) as FileExtraction;
      if (found && typeof found === 'object' && found.extracted && Array.isArray(found.diagnostics)) {
        this.stats.hits++;
        return found;
      }
    } catch {
      // A miss: extracted again and rewritten.
    }
    this.stats.misses++;
    return undefined;
  }

  /**
   * Keeps what a file gave unless it failed: a fatal read is cheap to repeat and a document over its time budget may
   * fit next time. Written to a temporary name and renamed, so an entry is whole or absent.
   */
  put(key: string | undefined, value: FileExtraction): void {
    if (!key || !value.extracted || value.diagnostics.some((d) => d.severity === 'error')) return;
    const file = this.entry(key);
    const temporary = `${file}.${process.pid}.tmp`;
    try {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(temporary, JSON.stringify(value));
      fs.renameSync(temporary, file);
    } catch {
      // A cache that cannot be written (disk full, read-only) only costs the next import its time.
      fs.rmSync(temporary, { force: true });
    }
  }
}
