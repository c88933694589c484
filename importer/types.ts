/** What each importer stage hands to the next. The final shapes (Extraction, Document…) live in src/model. */
import type { Diagnostic, Language } from '../src/model/index.js';

/** A source document after `read`: its main text (boilerplate removed) and metadata. */
export interface ReadDocument {
  /** Stable id: the file's base name without extension, so a re-import of the same file keeps its id. */
  id: string;
  path: string;
  title: string;
  language: Language;
  source: string | null;
  date: string | null;
  /** sha256 of the raw bytes, to skip unchanged documents on re-import. */
  contentHash: string;
  text: string;
  diagnostics: Diagnostic[];
  /** A fatal diagnostic was recorded: later stages skip this document. */
  fatal: boolean;
}

export interface Token {
  start: number;
  end: number;
  text: string;
}

export interface Sentence {
  index: number;
  /** UTF-16 offsets into ReadDocument.text, end exclusive; text === doc.text.slice(start, end). */
  start: number;
  end: number;
  text: string;
  tokens: Token[];
}

export interface SegmentedDocument extends ReadDocument {
  sentences: Sentence[];
}
