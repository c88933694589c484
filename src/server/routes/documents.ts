/** GET /api/documents and /api/documents/:id: the reader's list and one text with its mentions. */
import { getDocument, listDocuments } from '../../db/queries/documents.js';
import {
  DocumentDetailSchema,
  DocumentListQuerySchema,
  DocumentListSchema,
  DocumentParamsSchema,
} from '../../model/index.js';
import type { ServerContext } from '../route.js';

export function documentRoutes({ db, route }: ServerContext): void {
  route(
    {
      method: 'GET',
      url: '/api/documents',
      summary: 'Imported documents by title, with their mention counts',
      query: DocumentListQuerySchema,
      response: DocumentListSchema,
    },
    async ({ query }) => listDocuments(db, query),
  );
  route(
    {
      method: 'GET',
      url: '/api/documents/:id',
      summary: "A document's text and the offsets of each entity mention, in reading order",
      params: DocumentParamsSchema,
      response: DocumentDetailSchema,
      errors: [404],
    },
    async ({ params }) => getDocument(db, params.id),
  );
}
