/**
 * Documents added from the browser: names made safe (no folders, no hidden files, no odd characters), content
 * checked, everything checked before anything is written, and content the corpus already holds left alone.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import { SIDECAR_SUFFIX } from '../../../importer/read/listDocumentFiles.js';
import type { PastedDocument } from '../../model/index.js';

export const UPLOAD_EXTENSIONS = ['.txt', '.md', '.html', '.htm', '.pdf'] as const;

/** A refused upload; fastify's error handler answers with its status and code. */
export class UploadRejected extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export interface Upload {
  /** The name as sent. */
  name: string;
  bytes: Buffer;
  /** Title and language of pasted text, written to a sidecar. */
  meta?: { title: string; language?: string };
}

export interface StoredUpload {
  name: string;
  /** Absolute path in the corpus folder. */
  file: string;
  /** True when the corpus already held this content: nothing was written. */
  unchanged: boolean;
}

const sha256 = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex');

/** The file name a document is stored under: the last path segment, letters, digits, '-' and '_' only. */
export function safeFileName(name: string): { stem: string; ext: string } {
  const base = name.split(/[\\/]/).pop() ?? '';
  const ext = path.extname(base).toLowerCase();
  if (!(UPLOAD_EXTENSIONS as readonly string[]).includes(ext)) {
    throw new UploadRejected(415, 'UnsupportedFileType', `"${name}": only ${UPLOAD_EXTENSIONS.join(', ')} files can be added`);
  }
  const stem = base
    .slice(0, base.length - ext.length)
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}_-]+/gu, '-')
    .replace(/^[-_]+|[-_]+$/g, '')
    .slice(0, 80);
  return { stem: stem || 'document', ext };
}

/** Text formats must be text: a NUL byte means a binary file (an image, a zip, UTF-16) under a text name. */
function checkContent(name: string, ext: string, bytes: Buffer): void {
  if (bytes.length === 0) throw new UploadRejected(400, 'EmptyFile', `"${name}" is empty`);
  if (ext === '.pdf') {
    if (bytes.subarray(0, 5).toString('latin1') !== '%PDF-') throw new UploadRejected(415, 'NotAPdf', `"${name}" does not start like a PDF file`);
  } else if (bytes.includes(0)) {
    throw new UploadRejected(415, 'BinaryFile', `"${name}" holds binary data, not ${ext.slice(1)} text`);
  }
}

export function pastedUpload(doc: PastedDocument): Upload {
  return { name: `${doc.title}.txt`, bytes: Buffer.from(doc.text, 'utf8'), meta: { title: doc.title, language: doc.language } };
}

/** Every document file of the corpus by content hash, and the ids (file names without extension) already taken. */
function corpusIndex(folder: string): { byHash: Map<string, string>; ids: Set<string> } {
  const byHash = new Map<string, string>();
  const ids = new Set<string>();
  if (!fs.existsSync(folder)) return { byHash, ids };
  for (const e of fs.readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (!e.isFile() || e.name.startsWith('.') || e.name.endsWith(SIDECAR_SUFFIX)) continue;
    const file = path.join(e.parentPath, e.name);
    byHash.set(sha256(fs.readFileSync(file)), file);
    ids.add(e.name.replace(/\.[^.]+$/, ''));
  }
  return { byHash, ids };
}

/** Checks every upload, then writes the new ones into `folder` (each in one rename: no half-written file). */
export function storeUploads(folder: string, uploads: Upload[]): StoredUpload[] {
  if (uploads.length === 0) throw new UploadRejected(400, 'NoFiles', 'no document in the request: send files (multipart) or {title, text}');
  const root = path.resolve(folder);
  const { byHash, ids } = corpusIndex(root);
  const planned = uploads.map((u) => {
    const { stem, ext } = safeFileName(u.name);
    checkContent(u.name, ext, u.bytes);
    const hash = sha256(u.bytes);
    const existing = byHash.get(hash);
    if (existing) return { name: u.name, file: existing, unchanged: true, upload: u };
    let id = stem;
    for (let n = 2; ids.has(id); n++) id = `${stem}-${n}`;
    ids.add(id);
    const file = path.join(root, `${id}${ext}`);
    // safeFileName leaves no separator; this is the last guard that nothing lands outside the corpus folder.
    if (path.dirname(file) !== root) throw new UploadRejected(400, 'InvalidName', `"${u.name}" is not a file name`);
    byHash.set(hash, file);
    return { name: u.name, file, unchanged: false, upload: u };
  });
  fs.mkdirSync(root, { recursive: true });
  for (const p of planned.filter((p) => !p.unchanged)) {
    if (p.upload.meta) writeAtomically(p.file.replace(/\.[^.]+$/, SIDECAR_SUFFIX), stringify(p.upload.meta));
    writeAtomically(p.file, p.upload.bytes);
  }
  return planned.map(({ name, file, unchanged }) => ({ name, file, unchanged }));
}

function writeAtomically(file: string, data: Buffer | string): void {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.upload`);
  fs.writeFileSync(temp, data);
  fs.renameSync(temp, file);
}
