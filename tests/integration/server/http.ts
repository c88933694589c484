/** Small HTTP helpers for the API tests: real requests over the network to the in-process server. */
import type { z } from 'zod';
import { ErrorBodySchema, type ErrorBody } from '../../../src/model/index.js';
import type { ApiServer } from '../../support/apiServer.js';

export interface Answer {
  status: number;
  headers: Headers;
  json: unknown;
}

export async function call(api: ApiServer, method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Answer> {
  const res = await fetch(api.url + path, {
    method,
    headers: body === undefined ? headers : { 'content-type': 'application/json', ...headers },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await res.text();
  let json: unknown = text;
  try {
    json = JSON.parse(text);
  } catch {
    // not JSON: keep the text
  }
  return { status: res.status, headers: res.headers, json };
}

/** A 200 answer checked against the route's response schema (the contract the explorer codes against). */
export async function ok<S extends z.ZodType>(api: ApiServer, schema: S, method: string, path: string, body?: unknown): Promise<z.output<S>> {
  const answer = await call(api, method, path, body);
  if (answer.status !== 200) throw new Error(`${method} ${path}: ${answer.status} ${JSON.stringify(answer.json)}`);
  return schema.parse(answer.json);
}

/** An error answer: its status and its `{error, message}` body. */
export async function fails(api: ApiServer, method: string, path: string, body?: unknown): Promise<{ status: number } & ErrorBody> {
  const answer = await call(api, method, path, body);
  return { status: answer.status, ...ErrorBodySchema.parse(answer.json) };
}
