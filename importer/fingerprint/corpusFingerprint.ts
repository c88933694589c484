/**
 * What an import's outcome depends on, hashed from the files alone (no knowledge loaded): each document's bytes as
 * Document.contentHash stores them, and one hash of everything else the import reads — sidecars, the language
 * knowledge and curated data, the importer's code and the locked library versions. Equal fingerprints mean an
 * import would change nothing, so it can stop before loading the lexicon and the dictionaries.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { dataDirs, PROJECT_ROOT } from '../../src/config.js';
import { listDocumentFiles, SIDECAR_SUFFIX } from '../read/listDocumentFiles.js';
import { filesUnder } from './filesUnder.js';

export interface FingerprintedDocument {
  id: string;
  /** Absolute. */
  path: string;
  contentHash: string;
}

export interface CorpusFingerprint {
  documents: FingerprintedDocument[];
  /** Folders the import covers: a stored document inside one whose file is gone means a deletion. */
  folders: string[];
  /** Hash of the import's other inputs (see the file comment). */
  inputs: string;
}

/** Code and data the import reads besides the documents, relative to the project. */
const INPUT_TREES = ['graph-data', 'importer', 'src/model', 'src/db', 'src/config.ts', 'package-lock.json'];

const sha256 = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex');

function hashInputs(documents: string[], folders: string[], options: { curated: boolean; correctionsFile: string }): string {
  const hash = createHash('sha256').update(`fingerprint 1\0curated ${options.curated}\0`);
  // Documents are hashed on their own; an input tree that holds them (graph-data/documents) leaves them out.
  const skip = new Set(folders.map((f) => path.resolve(f)));
  const files: string[] = [];
  for (const tree of [...INPUT_TREES.map((t) => path.join(PROJECT_ROOT, t)), dataDirs().curatedDir, path.resolve(options.correctionsFile)]) filesUnder(tree, files, skip);
  for (const file of [...new Set(files)]) hash.update(`${path.relative(PROJECT_ROOT, file)}\0${sha256(fs.readFileSync(file))}\0`);
  for (const file of documents) {
    const sidecar = file.replace(/\.[^.]+$/, SIDECAR_SUFFIX);
    hash.update(`document ${path.resolve(file)}\0${fs.existsSync(sidecar) ? sha256(fs.readFileSync(sidecar)) : '-'}\0`);
  }
  return hash.digest('hex');
}

/**
 * Undefined when the files cannot be fingerprinted the way the read stage would see them (a missing path, an
 * unreadable file, two files of one id): the full import then reports the problem.
 */
export function corpusFingerprint(paths: string[], options: { curated: boolean; correctionsFile: string }): CorpusFingerprint | undefined {
  const listed = listDocumentFiles(paths);
  if (listed.diagnostics.length > 0) return undefined;
  const documents: FingerprintedDocument[] = [];
  const ids = new Set<string>();
  for (const file of listed.files) {
    // As the read stage names documents. A file it cannot read is never stored, so the graph check fails on it.
    const id = path.basename(file).slice(0, -path.extname(file).length);
    if (ids.has(id)) return undefined;
    ids.add(id);
    let bytes: Buffer;
    try {
      bytes = fs.readFileSync(file);
    } catch {
      return undefined;
    }
    documents.push({ id, path: path.resolve(file), contentHash: sha256(bytes) });
  }
  const folders = paths.filter((p) => fs.statSync(p).isDirectory()).map((p) => path.resolve(p));
  return { documents, folders, inputs: hashInputs(listed.files, folders, options) };
}
