/**
 * Typed client of the Impact Atlas API: every response is parsed with the shared zod schemas from src/model. (This
 * folder is not named api/: the dev server proxies every path that starts with /api to the API server.)
 */
import {
  ConnectResultSchema,
  DocumentDetailSchema,
  DocumentListSchema,
  EntityDetailSchema,
  GraphSliceSchema,
  HealthSchema,
  PathsResultSchema,
  REVIEW_STATES,
  SearchResultSchema,
  type ConnectBody,
  type EntityType,
  type ExportFormat,
  type PathsQuery,
  type RelationType,
  type SubgraphSpec,
} from '../../model/index.js';
import { ApiError, hintFor } from './apiError.js';
import { authHeaders, getJson, postJson, query, send } from './request.js';
import { workbenchApi } from './workbenchClient.js';

export interface NeighbourOptions {
  depth: number;
  relations?: readonly RelationType[];
  types?: readonly EntityType[];
  limit?: number;
}

export const api = {
  /** Health answers 503 with a body when Neo4j is down: that body is still a health report. */
  async health() {
    const response = await fetch('/api/health', { headers: authHeaders() }).catch(() => null);
    if (!response) throw new ApiError('No answer from the server.', 0, hintFor(0));
    const parsed = HealthSchema.safeParse(await response.json().catch(() => null));
    if (!parsed.success) throw new ApiError(`Health check failed (${response.status}).`, response.status, hintFor(response.status));
    return parsed.data;
  },
  search: (q: string, limit = 8, signal?: AbortSignal) => getJson(SearchResultSchema, `/api/search?${query({ q, limit })}`, { signal }),
  entity: (id: string) => getJson(EntityDetailSchema, `/api/entities/${encodeURIComponent(id)}`),
  neighbours: (id: string, o: NeighbourOptions) =>
    getJson(
      GraphSliceSchema,
      `/api/entities/${encodeURIComponent(id)}/neighbours?${query({ depth: o.depth, relations: o.relations, types: o.types, limit: o.limit, includeWeak: true, reviewStates: REVIEW_STATES })}`,
    ),
  paths: (from: string, to: string, mode: PathsQuery['mode'], k: number, maxHops: number) =>
    getJson(PathsResultSchema, `/api/paths?${query({ from, to, mode, k, maxHops })}`),
  connect: (body: ConnectBody) => getJson(ConnectResultSchema, '/api/connect', postJson(body)),
  /** The scene holds claims in every review state: the filters decide which are drawn. */
  subgraph: (spec: Partial<SubgraphSpec> & Pick<SubgraphSpec, 'ids'>) =>
    getJson(GraphSliceSchema, '/api/subgraph', postJson({ ...spec, filter: { minConfidence: 0, includeWeak: false, reviewStates: REVIEW_STATES, ...spec.filter } })),
  overview: (limit: number) => getJson(GraphSliceSchema, `/api/overview?${query({ limit, includeWeak: true, reviewStates: REVIEW_STATES })}`),
  documents: () => getJson(DocumentListSchema, '/api/documents'),
  document: (id: string) => getJson(DocumentDetailSchema, `/api/documents/${encodeURIComponent(id)}`),
  /** The export as a file: its name from Content-Disposition, else one made from the format. */
  async exportSlice(spec: Partial<SubgraphSpec> & Pick<SubgraphSpec, 'ids'>, format: ExportFormat) {
    const response = await send(`/api/export?format=${format}`, postJson(spec));
    const disposition = response.headers.get('Content-Disposition') ?? '';
    const name = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(disposition)?.[1];
    const fallback = `impact-atlas.${format === 'csv' ? 'zip' : format === 'cypher' ? 'cypher' : format}`;
    return { blob: await response.blob(), fileName: name ? decodeURIComponent(name) : fallback };
  },
  ...workbenchApi,
};
