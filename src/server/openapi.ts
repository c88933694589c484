/** The OpenAPI 3.1 description of the API, generated from the zod schemas the routes enforce. */
import { z } from 'zod';
import { ErrorBodySchema } from '../model/index.js';
import { routeAccess } from './access/routeAccess.js';
import type { AnyRouteSpec } from './route.js';

type JsonSchema = Record<string, unknown>;

const STATUS_TEXT: Record<number, string> = {
  400: 'invalid input (the message names each field and what is wrong)',
  401: 'missing or wrong bearer token (when API_TOKEN is set)',
  404: 'not found',
  403: 'a write route on a server listening beyond loopback without API_TOKEN',
  413: 'request body larger than BODY_LIMIT_BYTES, or an answer larger than its budget',
  421: 'Host header names another server (checked when API_TOKEN is not set)',
  429: 'too many of these requests at once; see Retry-After',
  503: 'Neo4j unavailable or busy (one-line message saying what to do; see Retry-After)',
};

const toSchema = (schema: z.ZodType, io: 'input' | 'output'): JsonSchema =>
  z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'draft-2020-12' }) as JsonSchema;

/** Query and path parameters, one per property of the object schema. */
function parameters(schema: z.ZodType | undefined, where: 'query' | 'path'): JsonSchema[] {
  if (!schema) return [];
  const json = toSchema(schema, 'input') as { properties?: Record<string, JsonSchema>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, s]) => ({
    name,
    in: where,
    required: where === 'path' || (json.required ?? []).includes(name),
    schema: s,
  }));
}

/** Files sent as multipart/form-data, any field name, one or more. */
const MULTIPART = {
  'multipart/form-data': { schema: { type: 'object', additionalProperties: { type: 'string', contentMediaType: 'application/octet-stream' } } },
};

function operation(spec: AnyRouteSpec): JsonSchema {
  const errorBody = { 'application/json': { schema: toSchema(ErrorBodySchema, 'output') } };
  const ok = spec.response
    ? { 'application/json': { schema: toSchema(spec.response, 'output') } }
    : Object.fromEntries((spec.produces ?? []).map((type) => [type, {}]));
  const statuses = [...new Set([400, 401, 503, ...(spec.body ? [413] : []), ...(spec.errors ?? [])])].sort();
  const access = routeAccess(spec);
  return {
    summary: spec.summary,
    // Open routes need no token; write routes change data (refused beyond loopback without API_TOKEN).
    ...(access.public ? { security: [{}] } : {}),
    ...(access.write ? { 'x-write': true } : {}),
    parameters: [...parameters(spec.params, 'path'), ...parameters(spec.query, 'query')],
    ...(spec.body ? { requestBody: { required: true, content: { 'application/json': { schema: toSchema(spec.body, 'input') }, ...(spec.multipart ? MULTIPART : {}) } } } : {}),
    responses: {
      200: { description: 'OK', content: ok },
      ...Object.fromEntries(statuses.map((s) => [s, { description: STATUS_TEXT[s] ?? 'error', content: errorBody }])),
    },
  };
}

export function openApiDocument(routes: readonly AnyRouteSpec[], version: string): JsonSchema {
  const paths: Record<string, Record<string, JsonSchema>> = {};
  for (const spec of routes) {
    const url = spec.url.replace(/:(\w+)/g, '{$1}');
    (paths[url] ??= {})[spec.method.toLowerCase()] = operation(spec);
  }
  return {
    openapi: '3.1.0',
    info: { title: 'Impact Atlas API', version, description: 'Knowledge graph of social-innovation ecosystems, on Neo4j.' },
    components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
    security: [{}, { bearer: [] }],
    paths,
  };
}
