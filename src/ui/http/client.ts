/**
 * Typed client of the Impact Atlas API: every response is parsed with the shared zod schemas from src/model. (This
 * folder is not named api/: the dev server proxies every path that starts with /api to the API server.)
 */
import type { z } from 'zod';
import {
  ConnectResultSchema,
  DocumentDetailSchema,
  DocumentListSchema,
  EntityDetailSchema,
  ErrorBodySchema,
  GraphSliceSchema,
  HealthSchema,
  PathsResultSchema,
  SearchResultSchema,
  type ConnectBody,
  type EntityType,
  type ExportFormat,
  type PathsQuery,
  type RelationType,
  type SubgraphSpec,
} from '../../model/index.js';
import { ApiError, hintFor } from './apiError.js';

/** The bearer token, when the server requires one, comes from `?token=` once and is kept for the tab. */
function authHeaders(): Record<string, string> {
  const fromUrl = new URLSearchParams(location.search).get('token');
  if (fromUrl) sessionStorage.setItem('impact-atlas-token', fromUrl);
  const token = fromUrl ?? sessionStorage.getItem('impact-atlas-token');
  return token ? { Authorization: `Bearer ${token}` } : {};
}

async function send(path: string, init: RequestInit = {}): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(path, { ...init, headers: { ...authHeaders(), ...init.headers } });
  } catch {
    throw new ApiError('No answer from the server.', 0, hintFor(0));
  }
  if (response.ok) return response;
  const body = ErrorBodySchema.safeParse(await response.json().catch(() => null));
  const message = body.success ? body.data.message : `${response.status} ${response.statusText}`;
  throw new ApiError(message, response.status, hintFor(response.status));
}

async function getJson<T>(schema: z.ZodType<T>, path: string, init?: RequestInit): Promise<T> {
  const response = await send(path, init);
  const parsed = schema.safeParse(await response.json());
  if (!parsed.success) throw new ApiError(`Unexpected answer from ${path.split('?')[0]}: ${parsed.error.issues[0]?.message}`, 500, hintFor(500));
  return parsed.data;
}

const postJson = (body: unknown): RequestInit => ({
  method: 'POST',
  headers: { 'Content-Type': 'application/json' },
  body: JSON.stringify(body),
});

const query = (params: Record<string, string | number | boolean | readonly string[] | undefined>): string => {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v === undefined || (Array.isArray(v) && v.length === 0)) continue;
    p.set(k, Array.isArray(v) ? v.join(',') : String(v));
  }
  return p.toString();
};

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
      `/api/entities/${encodeURIComponent(id)}/neighbours?${query({ depth: o.depth, relations: o.relations, types: o.types, limit: o.limit, includeWeak: true })}`,
    ),
  paths: (from: string, to: string, mode: PathsQuery['mode'], k: number, maxHops: number) =>
    getJson(PathsResultSchema, `/api/paths?${query({ from, to, mode, k, maxHops })}`),
  connect: (body: ConnectBody) => getJson(ConnectResultSchema, '/api/connect', postJson(body)),
  subgraph: (spec: Partial<SubgraphSpec> & Pick<SubgraphSpec, 'ids'>) => getJson(GraphSliceSchema, '/api/subgraph', postJson(spec)),
  overview: (limit: number) => getJson(GraphSliceSchema, `/api/overview?${query({ limit, includeWeak: true })}`),
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
};
