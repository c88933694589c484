/** POST /api/subgraph, POST /api/export and GET /api/overview: slices chosen by ids, as JSON or as a download. */
import { neighbourhood, overview } from '../../db/queries/slice.js';
import {
  EXPORT_FORMATS,
  ExportQuerySchema,
  GraphSliceSchema,
  OverviewQuerySchema,
  SubgraphSpecSchema,
  type GraphSlice,
  type SubgraphSpec,
} from '../../model/index.js';
import { exportSlice } from '../export/exportSlice.js';
import type { ServerContext } from '../route.js';

const sliceOf = (ctx: ServerContext, spec: SubgraphSpec): Promise<GraphSlice> =>
  neighbourhood(ctx.db, { ids: spec.ids, depth: spec.depth, filter: spec.filter, limit: spec.limit });

export function subgraphRoutes(ctx: ServerContext): void {
  const { db, route } = ctx;
  route(
    {
      method: 'POST',
      url: '/api/subgraph',
      write: false,
      summary: 'The given entities (unknown ids skipped), their neighbours up to depth, and the relations among them',
      body: SubgraphSpecSchema,
      response: GraphSliceSchema,
    },
    async ({ body }) => sliceOf(ctx, body),
  );

  route(
    {
      method: 'POST',
      url: '/api/export',
      write: false,
      summary: `The same slice as /api/subgraph as a download: ${EXPORT_FORMATS.join(', ')} (csv is a zip of nodes.csv and edges.csv)`,
      query: ExportQuerySchema,
      body: SubgraphSpecSchema,
      produces: ['application/gexf+xml', 'application/graphml+xml', 'application/json', 'application/zip', 'text/plain'],
    },
    async ({ query, body }, reply) => {
      const file = await exportSlice(db, await sliceOf(ctx, body), query.format);
      return reply
        .type(file.contentType)
        .header('content-disposition', `attachment; filename="${file.fileName}"`)
        .send(file.body);
    },
  );

  route(
    {
      method: 'GET',
      url: '/api/overview',
      summary: 'A first view: the best-connected entities (by degree) and the relations among them',
      query: OverviewQuerySchema,
      response: GraphSliceSchema,
    },
    async ({ query }) =>
      overview(db, {
        limit: query.limit,
        filter: { types: query.types, relations: query.relations, includeWeak: query.includeWeak, minConfidence: 0, reviewStates: query.reviewStates },
      }),
  );
}
