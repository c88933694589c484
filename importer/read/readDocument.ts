/** Reads one source file into a ReadDocument: decoded, main text only, furniture removed, metadata and language set. */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { DocumentMetadataSchema, type Diagnostic, type DocumentMetadata } from '../../src/model/index.js';
import type { ReadDocument } from '../types.js';
import { decodeText } from './decodeText.js';
import { detectLanguage } from './detectLanguage.js';
import { readHtml } from './formats/html.js';
import { readMarkdown } from './formats/markdown.js';
import { readPdf } from './formats/pdf.js';
import type { FormatText } from './formats/types.js';
import { SIDECAR_SUFFIX } from './listDocumentFiles.js';
import { DataFileError, loadDataFile, parseDataText } from './loadDataFile.js';
import { loadReadingKnowledge, type ReadingKnowledge } from './readingKnowledge.js';
import { documentDate } from './documentDate.js';
import { removeFurniture } from './removeFurniture.js';

/**
 * Articles, even long reports as PDF, are well under this; a bigger file is almost surely not an article (a data
 * dump, a scanned book) and would hold a whole batch's memory for nothing.
 */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;
export const SUPPORTED_EXTENSIONS = ['.txt', '.md', '.html', '.htm', '.pdf'] as const;
/** A first line longer than this is a paragraph, not a title. */
const MAX_TITLE_CHARS = 200;

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

export function fatalDocument(file: string, diagnostic: Omit<Diagnostic, 'severity' | 'stage' | 'file'> & { file?: string }): ReadDocument {
  const id = path.basename(file).replace(/\.[^.]+$/, '');
  return {
    id, path: file, title: id, language: 'en', source: null, date: null, contentHash: '', text: '', fatal: true,
    diagnostics: [{ severity: 'error', stage: 'read', file, ...diagnostic }],
  };
}

class ReadProblem extends Error {
  constructor(readonly diagnostic: Omit<Diagnostic, 'severity' | 'stage'>) {
    super(diagnostic.message);
  }
}

async function formatText(file: string, ext: string, bytes: Buffer, k: ReadingKnowledge): Promise<FormatText> {
  if (ext === '.pdf') {
    try {
      return await readPdf(bytes);
    } catch (error) {
      throw new ReadProblem({ file, message: `not a readable PDF: ${(error as Error).message}` });
    }
  }
  const decoded = decodeText(bytes);
  if (!decoded.ok) throw new ReadProblem({ file, message: decoded.message, offset: decoded.offset, line: decoded.line });
  // One line-ending convention and composed characters ("ø", not "o" + combining stroke): offsets and names agree.
  const text = decoded.text.replace(/\r\n?/g, '\n').normalize('NFC');
  try {
    if (ext === '.html' || ext === '.htm') return readHtml(text, k);
    if (ext === '.md') return readMarkdown(text);
  } catch (error) {
    // A page the parser cannot take (nested past what any article needs) is that file's problem, not the batch's.
    throw new ReadProblem({ file, message: `not readable as ${ext.slice(1)}: ${(error as Error).message}` });
  }
  return { text };
}

/** Sidecar beats front matter beats what the page says about itself; the first two are the author's and must be valid. */
function metadataOf(file: string, format: FormatText): DocumentMetadata {
  const sidecar = file.replace(/\.[^.]+$/, SIDECAR_SUFFIX);
  const detected = DocumentMetadataSchema.safeParse(format.detected ?? {});
  try {
    const front = format.frontMatter ? parseDataText(file, format.frontMatter.yaml || '{}', DocumentMetadataSchema, format.frontMatter.line) : {};
    const side = fs.existsSync(sidecar) ? loadDataFile(sidecar, DocumentMetadataSchema) : {};
    return { ...(detected.success ? detected.data : {}), ...front, ...side };
  } catch (error) {
    if (!(error instanceof DataFileError)) throw error;
    throw new ReadProblem({ file: error.file, line: error.line, message: `invalid metadata: ${error.detail}` });
  }
}

export async function readDocument(file: string, k: ReadingKnowledge = loadReadingKnowledge()): Promise<ReadDocument> {
  const ext = path.extname(file).toLowerCase();
  if (!(SUPPORTED_EXTENSIONS as readonly string[]).includes(ext)) {
    return fatalDocument(file, { message: `unsupported file type "${ext || '(none)'}" (reads ${SUPPORTED_EXTENSIONS.join(', ')})` });
  }
  let bytes: Buffer;
  try {
    const size = fs.statSync(file).size;
    if (size > MAX_FILE_BYTES) return fatalDocument(file, { message: `too large (${mb(size)} > ${mb(MAX_FILE_BYTES)} limit)` });
    bytes = fs.readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return fatalDocument(file, { message: code === 'ENOENT' ? 'no such file' : `cannot read (${code ?? (error as Error).message})` });
  }
  if (bytes.length === 0) return fatalDocument(file, { message: 'empty file' });
  try {
    const format = await formatText(file, ext, bytes, k);
    const meta = metadataOf(file, format);
    const { text } = removeFurniture(format.text, k);
    if (!text) return fatalDocument(file, { message: 'no article text (empty once web furniture is removed)' });
    const diagnostics: Diagnostic[] = [];
    const detected = meta.language ? undefined : detectLanguage(text, k);
    if (detected && !detected.confident) {
      diagnostics.push({ severity: 'warning', stage: 'read', file, message: `language not recognised (too little text); assumed "${detected.language}"` });
    }
    const firstLine = text.split('\n', 1)[0]!.trim();
    return {
      id: path.basename(file).slice(0, -ext.length),
      path: file,
      title: meta.title ?? (firstLine.length <= MAX_TITLE_CHARS ? firstLine : path.basename(file)),
      language: meta.language ?? detected!.language,
      source: meta.source ?? null,
      date: documentDate(meta.date, format.text, meta.language ?? detected!.language, k.dateGrammars, meta.title ?? firstLine),
      contentHash: createHash('sha256').update(bytes).digest('hex'),
      text,
      diagnostics,
      fatal: false,
    };
  } catch (error) {
    if (error instanceof ReadProblem) return fatalDocument(file, error.diagnostic);
    throw error;
  }
}
