/**
 * Declares an API route once: fastify registration, zod checking of query, params and body, and the entry of the
 * OpenAPI document (built from the same schemas, so the description cannot drift from what is enforced).
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { Config } from '../config.js';
import type { Database } from '../db/database.js';
import { routeAccess } from './access/routeAccess.js';
import { parseInput } from './input.js';

export interface RouteSpec<Q extends z.ZodType, P extends z.ZodType, B extends z.ZodType> {
  method: 'GET' | 'POST';
  /** fastify path syntax: `/api/entities/:id`. */
  url: string;
  summary: string;
  query?: Q;
  params?: P;
  body?: B;
  /** Schema of the 200 JSON answer; omitted when the route answers with a file (`produces`). */
  response?: z.ZodType;
  produces?: string[];
  /** HTTP statuses besides 200 this route answers with on purpose. */
  errors?: number[];
  /** Open without API_TOKEN (default false: every /api route needs the token when one is set). */
  public?: boolean;
  /**
   * Changes data (default: every method but GET). A tokenless server listening beyond loopback refuses writes with
   * 403; a POST that only reads (a query in the body) says `write: false`.
   */
  write?: boolean;
  /** Also takes multipart/form-data, whose files the handler reads; `body` then checks JSON requests only. */
  multipart?: boolean;
}

export type AnyRouteSpec = RouteSpec<z.ZodType, z.ZodType, z.ZodType>;

export interface Input<Q extends z.ZodType, P extends z.ZodType, B extends z.ZodType> {
  query: z.output<Q>;
  params: z.output<P>;
  body: z.output<B>;
}

/** The routes declared so far, in order: what /api/openapi.json describes. */
export type RouteRegistry = AnyRouteSpec[];

export function defineRoute<Q extends z.ZodType, P extends z.ZodType, B extends z.ZodType>(
  app: FastifyInstance,
  registry: RouteRegistry,
  spec: RouteSpec<Q, P, B>,
  handler: RouteHandler<Q, P, B>,
): void {
  registry.push(spec as unknown as AnyRouteSpec);
  app.route({
    method: spec.method,
    url: spec.url,
    config: routeAccess(spec),
    handler: async (request, reply) => {
      const input = {
        query: spec.query ? parseInput(spec.query, request.query, 'query') : undefined,
        params: spec.params ? parseInput(spec.params, request.params, 'params') : undefined,
        body: spec.body && !(spec.multipart && request.isMultipart()) ? parseInput(spec.body, request.body, 'body') : undefined,
      } as Input<Q, P, B>;
      return handler(input, reply, request);
    },
  });
}

export type RouteHandler<Q extends z.ZodType, P extends z.ZodType, B extends z.ZodType> = (
  input: Input<Q, P, B>,
  reply: FastifyReply,
  request: FastifyRequest,
) => Promise<unknown>;

/** What each route file gets: the database, the settings, and `route` to declare its routes. */
export interface ServerContext {
  db: Database;
  config: Config;
  route: <Q extends z.ZodType, P extends z.ZodType, B extends z.ZodType>(
    spec: RouteSpec<Q, P, B>,
    handler: RouteHandler<Q, P, B>,
  ) => void;
  /** Work to do when the server closes (threads, timers a route file started). */
  onClose: (fn: () => Promise<void>) => void;
}
