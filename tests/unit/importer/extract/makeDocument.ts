/** Builds a segmented document from a text, as the read and segment stages would hand it to extraction. */
import type { Language } from '../../../../src/model/index.js';
import { segmentDocument } from '../../../../importer/segment/segmentDocument.js';
import type { SegmentedDocument } from '../../../../importer/types.js';

export function makeDocument(text: string, language: Language, id = 'doc'): SegmentedDocument {
  return segmentDocument({ id, path: `${id}.txt`, title: id, language, source: null, date: null, contentHash: id, text, diagnostics: [], fatal: false });
}
