/** Correction routes: rename, retype, alias, merge, split, add a relation; undo; the list; what a merge would move. */
import { entitiesPresent, mergePreview } from '../../db/queries/corrections.js';
import { InvalidInputError, NotFoundError } from '../../errors.js';
import {
  CorrectionBodySchema,
  CorrectionListSchema,
  CorrectionParamsSchema,
  CorrectionPreviewQuerySchema,
  CorrectionPreviewSchema,
  CorrectionResultSchema,
  type CorrectionBody,
  type CorrectionResult,
} from '../../model/index.js';
import type { ServerContext } from '../route.js';
import type { Workbench } from '../workbench/workbench.js';

/** Entity ids a correction names. */
function namedIds(body: Record<string, unknown>): string[] {
  return ['entity', 'from', 'into', 'source', 'target'].flatMap((k) => (typeof body[k] === 'string' ? [body[k]] : []));
}

const affected = (named: string[], changed: { added: string[]; removed: string[] }) => ({
  entityIds: [...new Set([...named, ...changed.added, ...changed.removed])].sort(),
});

export function correctionRoutes({ db, route }: ServerContext, workbench: Workbench): void {
  route(
    {
      method: 'POST',
      url: '/api/corrections',
      summary: 'Rename, retype, alias, merge, split or add a relation; stored in the curated corrections file and applied at once',
      body: CorrectionBodySchema,
      response: CorrectionResultSchema,
      errors: [404, 409],
    },
    async ({ body }): Promise<CorrectionResult> => {
      const { kind, ...fields } = body as CorrectionBody & Record<string, unknown>;
      const ids = namedIds(fields);
      if (body.kind === 'merge' && body.from === body.into) throw new InvalidInputError('body: an entity cannot be merged into itself');
      if (body.kind === 'add' && body.source === body.target) throw new InvalidInputError('body: a relation needs two different entities');
      const present = await entitiesPresent(db, ids);
      const missing = ids.filter((id) => !present.has(id));
      if (missing.length) throw new NotFoundError(`no entity with id ${missing.map((id) => `"${id}"`).join(', ')}`);
      const item = { ...fields, at: new Date().toISOString() };
      return workbench.queue.run(async () => {
        const id = await workbench.edit(() => workbench.curated.addCorrection(kind, item));
        return { correction: { id, kind, ...item }, affected: affected(ids, await workbench.reapply(kind)) };
      });
    },
  );

  route(
    {
      method: 'POST',
      url: '/api/corrections/:id/undo',
      summary: 'Takes a correction out of the curated file and re-applies the rest',
      params: CorrectionParamsSchema,
      response: CorrectionResultSchema,
      errors: [404, 409],
    },
    async ({ params }): Promise<CorrectionResult> =>
      workbench.queue.run(async () => {
        const removed = await workbench.edit(() => workbench.curated.removeCorrection(params.id));
        if (!removed) throw new NotFoundError(`no correction with id "${params.id}"`);
        const item = removed.item as Record<string, unknown>;
        return { correction: { id: removed.id, kind: removed.kind, ...item }, affected: affected(namedIds(item), await workbench.reapply(removed.kind)) };
      }),
  );

  route(
    { method: 'GET', url: '/api/corrections', summary: 'Every correction of the curated file, with the id undo takes', response: CorrectionListSchema, errors: [409] },
    async () => ({ corrections: workbench.corrections() && workbench.curated.list().map((c) => ({ id: c.id, kind: c.kind, ...c.item })) }),
  );

  route(
    {
      method: 'GET',
      url: '/api/corrections/preview',
      summary: 'What a merge would move: the names the kept entity gains and the relations that move to it',
      query: CorrectionPreviewQuerySchema,
      response: CorrectionPreviewSchema,
      errors: [404],
    },
    async ({ query }) => {
      const row = await mergePreview(db, query.from, query.into);
      if (!row) throw new NotFoundError(`no entity with id "${query.from}" or "${query.into}"`);
      const kept = new Set([row.into.name, ...row.into.aliases].map((n) => n.toLocaleLowerCase()));
      const names = [row.from.name, ...row.from.aliases].filter((n) => !kept.has(n.toLocaleLowerCase()));
      return { ...row, names };
    },
  );
}
