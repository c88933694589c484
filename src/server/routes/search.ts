/** GET /api/search: entities by name or alias, tolerant of case, diacritics, unfinished words and small typos. */
import { searchEntities } from '../../db/queries/search.js';
import { SearchQuerySchema, SearchResultSchema, type SearchResult } from '../../model/index.js';
import type { ServerContext } from '../route.js';

export function searchRoutes({ db, route }: ServerContext): void {
  route(
    { method: 'GET', url: '/api/search', summary: 'Search entities by name or alias', query: SearchQuerySchema, response: SearchResultSchema },
    async ({ query }): Promise<SearchResult> => ({
      hits: await searchEntities(db, query.q, { types: query.types, limit: query.limit }),
    }),
  );
}
