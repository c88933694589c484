/** "Add documents": upload files or pasted text, follow the import job document by document, then show what it found. */
import type { ImportJob, PastedDocument } from '../../model/index.js';
import { errorStatus, type ActionContext } from './context.js';
import type { SceneActions } from './sceneActions.js';

/** How often the job is asked for its progress. */
const POLL_MS = 400;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function documentActions(ctx: ActionContext, scene: SceneActions) {
  const { store } = ctx;
  const setAdding = (change: Partial<ReturnType<typeof store.get>['adding']>) =>
    store.update((s) => ({ ...s, adding: { ...s.adding, ...change } }));

  async function follow(jobId: string): Promise<ImportJob> {
    for (;;) {
      const job = await ctx.api.importJob(jobId);
      setAdding({ job });
      if (job.state !== 'running') return job;
      await sleep(POLL_MS);
    }
  }

  return {
    open(): void {
      setAdding({ open: true });
    },

    /** Closing keeps a finished job's summary out of the next opening; a running one goes on in the background. */
    close(): void {
      store.update((s) => ({ ...s, adding: { open: false, job: s.adding.job?.state === 'running' ? s.adding.job : null, status: { state: 'idle' } } }));
    },

    async add(input: File[] | PastedDocument): Promise<void> {
      setAdding({ job: null, status: { state: 'loading', what: 'Sending…' } });
      try {
        const { jobId } = await ctx.api.addDocuments(input);
        setAdding({ status: { state: 'loading', what: 'Importing…' } });
        const job = await follow(jobId);
        const ids = job.summary?.entityIds ?? [];
        // The new entities join the graph in view, with the edges that tie them to what is there.
        if (ids.length > 0) await scene.bringIn(ids);
        const health = await ctx.api.health().catch(() => null);
        if (health) store.update((s) => ({ ...s, health: { state: 'ok', health } }));
        store.update((s) => ({ ...s, dataVersion: s.dataVersion + 1, adding: { ...s.adding, status: { state: 'idle' } } }));
      } catch (e) {
        setAdding({ status: errorStatus(e) });
      }
    },
  };
}
