/**
 * Refuses request targets that name a route in another spelling than the plain path: absolute-form
 * (`GET http://x/api/… HTTP/1.1`) and percent-encoded letters, digits and `-._~`, which RFC 3986 says are the same
 * as the plain characters and which the router decodes. Nothing but a proxy sends either to this server.
 */
import type { FastifyRequest } from 'fastify';

const UNRESERVED = /^[A-Za-z0-9\-._~]$/;

/** The reason the target is refused, or null when it is a plain origin-form path. */
export function unusualTarget(rawUrl: string): string | null {
  if (rawUrl === '*') return null;
  if (!rawUrl.startsWith('/')) return 'the request target must be a path (origin-form), not an absolute URL';
  const path = rawUrl.split('?')[0]!;
  for (const m of path.matchAll(/%([0-9A-Fa-f]{2})/g)) {
    const char = String.fromCharCode(parseInt(m[1]!, 16));
    if (UNRESERVED.test(char)) return `the path spells "${char}" as ${m[0]}; send it unencoded`;
  }
  return null;
}

export const requestTargetProblem = (request: FastifyRequest): string | null => unusualTarget(request.raw.url ?? '/');
