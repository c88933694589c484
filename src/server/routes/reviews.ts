/** Review routes: verify or reject a claim, the review queue, counts by state, and what needs attention. */
import { reviewQueue } from '../../db/queries/reviewQueue.js';
import { reviewClaim, reviewSummary } from '../../db/queries/reviews.js';
import { NotFoundError } from '../../errors.js';
import {
  AttentionSchema,
  ReviewBodySchema,
  ReviewQueueQuerySchema,
  ReviewQueueSchema,
  ReviewResultSchema,
  ReviewSummarySchema,
  type Claim,
  type Review,
  type ReviewResult,
} from '../../model/index.js';
import type { ServerContext } from '../route.js';
import type { Workbench } from '../workbench/workbench.js';

const named = (c: Claim) => (c.kind === 'entity' ? `entity "${c.id}"` : `relation ${c.source} ${c.type} ${c.target}`);

export function reviewRoutes({ db, route }: ServerContext, workbench: Workbench): void {
  route(
    {
      method: 'POST',
      url: '/api/reviews',
      summary: 'Verify or reject a relation or an entity (or set it back to proposed); the last review of a claim wins',
      body: ReviewBodySchema,
      response: ReviewResultSchema,
      errors: [404, 409],
    },
    async ({ body }): Promise<ReviewResult> =>
      workbench.queue.run(async () => {
        workbench.checkCorrections();
        const review: Review = { state: body.state, by: body.by, at: new Date().toISOString(), ...(body.note ? { note: body.note } : {}) };
        if (!(await reviewClaim(db, body.claim, review))) throw new NotFoundError(`the graph has no ${named(body.claim)}`);
        await workbench.edit(() => workbench.curated.setReview(body.claim, review));
        return body.state === 'proposed' ? { claim: body.claim } : { claim: body.claim, review };
      }),
  );

  route(
    { method: 'GET', url: '/api/reviews/summary', summary: 'How many relations and entities are proposed, verified and rejected', response: ReviewSummarySchema },
    async () => reviewSummary(db),
  );

  route(
    {
      method: 'GET',
      url: '/api/review-queue',
      summary: 'Claims in one review state, least confident (or best connected) first, with evidence and progress',
      query: ReviewQueueQuerySchema,
      response: ReviewQueueSchema,
    },
    async ({ query }) => reviewQueue(db, query),
  );

  route(
    {
      method: 'GET',
      url: '/api/attention',
      summary: 'Corrections and reviews that match nothing in the corpus any more, with file, line and reason',
      response: AttentionSchema,
    },
    async () => ({ items: await workbench.attention() }),
  );
}
