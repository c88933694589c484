/** The workbench routes: documents added from the browser, reviews, corrections; one Workbench shared by them. */
import type { ServerContext } from '../route.js';
import { Workbench } from '../workbench/workbench.js';
import { correctionRoutes } from './corrections.js';
import { reviewRoutes } from './reviews.js';
import { uploadRoutes } from './uploads.js';

export function workbenchRoutes(ctx: ServerContext): void {
  const workbench = new Workbench(ctx.db, ctx.config.workbench);
  for (const routes of [uploadRoutes, reviewRoutes, correctionRoutes]) routes(ctx, workbench);
}
