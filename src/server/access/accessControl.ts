/**
 * One onRequest hook decides, on the route fastify matched, whether a request may run: the request target is a plain
 * path; without API_TOKEN, `Host` names this server and write routes run only on loopback; with it, every /api route
 * not declared public needs the token. Routes declare `public`/`write` through `defineRoute` (see routeAccess.ts).
 */
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { Config } from '../../config.js';
import type { ErrorBody } from '../../model/index.js';
import { bearerTokenCheck } from './bearerToken.js';
import { allowedHostNames, hostName, isLoopback } from './hostHeader.js';
import { requestTargetProblem } from './requestTarget.js';
import { isApiRoute } from './routeAccess.js';

const refuse = (reply: FastifyReply, status: number, error: string, message: string) =>
  reply.code(status).type('application/json').send({ error, message } satisfies ErrorBody);

/** Lines the CLIs print at start about how the server is exposed. */
export function accessNotices(config: Config): string[] {
  const { host, apiToken } = config.server;
  if (apiToken) return [`access: every /api route but health and openapi.json needs "Authorization: Bearer <API_TOKEN>"`];
  if (isLoopback(host)) return [];
  return [
    `access: HOST=${host} is reachable beyond this machine and API_TOKEN is not set: the API reads for anyone who can reach it, ` +
      'and write routes answer 403 until API_TOKEN is set',
  ];
}

export function installAccessControl(app: FastifyInstance, config: Config): void {
  const { host, apiToken, allowedHosts } = config.server;
  const tokenOk = apiToken ? bearerTokenCheck(apiToken) : null;
  const hostNames = allowedHostNames(host, allowedHosts);
  const writesOpen = isLoopback(host);

  app.addHook('onRequest', async (request, reply) => {
    const target = requestTargetProblem(request);
    if (target) return refuse(reply, 400, 'BadRequestTarget', target);
    const { url, config: route } = request.routeOptions;
    if (!tokenOk) {
      const name = hostName(request.headers.host ?? '');
      if (!hostNames.has(name)) {
        return refuse(reply, 421, 'MisdirectedRequest', `Host "${name}" is not a name of this server; set API_TOKEN or API_ALLOWED_HOSTS to serve other names`);
      }
      if (route?.write && !writesOpen) {
        return refuse(reply, 403, 'Forbidden', `${request.method} ${url} changes data: set API_TOKEN to allow writes on a server listening on ${host}`);
      }
      return;
    }
    if (!isApiRoute(url) || route?.public) return;
    if (tokenOk(request.headers.authorization)) return;
    reply.header('www-authenticate', 'Bearer');
    return refuse(reply, 401, 'Unauthorized', 'this API needs "Authorization: Bearer <token>" with the server\'s API_TOKEN');
  });
}
