/** Requests to the API: the token, errors as ApiError with a hint, answers parsed with the shared zod schemas. */
import type { z } from 'zod';
import { ErrorBodySchema } from '../../model/index.js';
import { ApiError, hintFor } from './apiError.js';

/** The bearer token, when the server requires one, comes from `?token=` once and is kept for the tab. */
export function authHeaders(): Record<string, string> {
  const fromUrl = new URLSearchParams(location.search).get('token');
  if (fromUrl) sessionStorage.setItem('impact-atlas-token', fromUrl);
  const token = fromUrl ?? sessionStorage.getItem('impact-atlas-token');
  return token ? { Authorization: `Bearer ${token}` } : {};
}

export async function send(path: string, init: RequestInit = {}): Promise<Response> {
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

export async function getJson<T>(schema: z.ZodType<T>, path: string, init?: RequestInit): Promise<T> {
  const response = await send(path, init);
  const parsed = schema.safeParse(await response.json());
  if (!parsed.success) throw new ApiError(`Unexpected answer from ${path.split('?')[0]}: ${parsed.error.issues[0]?.message}`, 500, hintFor(500));
  return parsed.data;
}

export const postJson = (body: unknown): RequestInit => ({
  method: 'POST',
  headers: { 'Content-Type': 'application/json' },
  body: JSON.stringify(body),
});

export const query = (params: Record<string, string | number | boolean | readonly string[] | undefined>): string => {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v === undefined || (Array.isArray(v) && v.length === 0)) continue;
    p.set(k, Array.isArray(v) ? v.join(',') : String(v));
  }
  return p.toString();
};
