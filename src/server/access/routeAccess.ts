/**
 * What a route declares about its access, carried in its fastify route config so every check reads the route the
 * router matched, never the raw URL (which may be percent-encoded or absolute-form and still match).
 */
declare module 'fastify' {
  interface FastifyContextConfig {
    /** Open without the token: health, the OpenAPI description, the explorer's files. */
    public?: boolean;
    /** Changes data: refused on a tokenless server reachable beyond loopback. */
    write?: boolean;
  }
}

export interface RouteAccess {
  public: boolean;
  write: boolean;
}

/** Defaults: every /api route needs the token when API_TOKEN is set; every method but GET is a write. */
export function routeAccess(spec: { method: string; public?: boolean; write?: boolean }): RouteAccess {
  return { public: spec.public ?? false, write: spec.write ?? spec.method !== 'GET' };
}

export const isApiRoute = (url: string | undefined): url is string => url !== undefined && /^\/api(\/|$)/.test(url);
