/** The workbench routes: documents added from the browser, reviews of claims, corrections, what needs attention. */
import {
  AttentionSchema,
  CorrectionListSchema,
  CorrectionPreviewSchema,
  CorrectionResultSchema,
  ImportJobAcceptedSchema,
  ImportJobSchema,
  ReviewQueueSchema,
  ReviewResultSchema,
  ReviewSummarySchema,
  type CorrectionBody,
  type PastedDocument,
  type ReviewBody,
  type ReviewQueueQuery,
} from '../../model/index.js';
import { getJson, postJson, query } from './request.js';

export const workbenchApi = {
  /** Files go as multipart (the browser sets the boundary); pasted text as JSON. */
  addDocuments: (input: File[] | PastedDocument) => {
    if (!Array.isArray(input)) return getJson(ImportJobAcceptedSchema, '/api/documents', postJson(input));
    const form = new FormData();
    for (const file of input) form.append('files', file, file.name);
    return getJson(ImportJobAcceptedSchema, '/api/documents', { method: 'POST', body: form });
  },
  importJob: (jobId: string) => getJson(ImportJobSchema, `/api/imports/${encodeURIComponent(jobId)}`),
  review: (body: ReviewBody) => getJson(ReviewResultSchema, '/api/reviews', postJson(body)),
  reviewSummary: () => getJson(ReviewSummarySchema, '/api/reviews/summary'),
  reviewQueue: (q: Partial<ReviewQueueQuery>) => getJson(ReviewQueueSchema, `/api/review-queue?${query(q)}`),
  correct: (body: CorrectionBody) => getJson(CorrectionResultSchema, '/api/corrections', postJson(body)),
  undoCorrection: (id: string) => getJson(CorrectionResultSchema, `/api/corrections/${encodeURIComponent(id)}/undo`, { method: 'POST' }),
  corrections: () => getJson(CorrectionListSchema, '/api/corrections'),
  mergePreview: (from: string, into: string) => getJson(CorrectionPreviewSchema, `/api/corrections/preview?${query({ kind: 'merge', from, into })}`),
  attention: () => getJson(AttentionSchema, '/api/attention'),
};
