/**
 * The importer, stage by stage: read → segment → extract → resolve (→ curate → load, in the import command).
 * Each stage is a plain function of the work so far; this file is the table of contents.
 */
export { loadKnowledge, type Knowledge } from './lexicon/loadKnowledge.js';
export { readDocuments } from './read/readDocuments.js';
export { readDocument } from './read/readDocument.js';
export { listDocumentFiles } from './read/listDocumentFiles.js';
export { segmentDocument } from './segment/segmentDocument.js';
export { extractDocument, type DocumentExtraction } from './extract/extractDocument.js';
export { resolveExtractions } from './resolve/resolveExtractions.js';
