/**
 * A workbench test world: temp copies of the sample corpus and the curated folder (tests never write into the
 * repository's graph-data), the corpus imported afresh, and the API over them.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { importCorpus } from '../../../importer/importCorpus.js';
import { PROJECT_ROOT } from '../../../src/config.js';
import { QueuedClaimSchema, ReviewQueueSchema, type QueuedClaim } from '../../../src/model/index.js';
import { startApiServer, type ApiServer } from '../../support/apiServer.js';
import { openTestDatabase, wipe } from '../../support/testDatabase.js';
import { ok } from './http.js';

export interface World {
  api: ApiServer;
  dir: string;
  corpusDir: string;
  correctionsFile: string;
  /** `npm run import` over the world's corpus and corrections. */
  reimport(reset?: boolean): ReturnType<typeof importCorpus>;
  close(): Promise<void>;
}

export async function startWorld(env: Record<string, string> = {}): Promise<World> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'workbench-'));
  const corpusDir = path.join(dir, 'documents');
  const curatedDir = path.join(dir, 'curated');
  fs.cpSync(path.join(PROJECT_ROOT, 'graph-data', 'documents'), corpusDir, { recursive: true });
  fs.cpSync(path.join(PROJECT_ROOT, 'graph-data', 'curated'), curatedDir, { recursive: true });
  const correctionsFile = path.join(curatedDir, 'corrections.yaml');
  const db = await openTestDatabase();
  await wipe(db);
  const reimport = (reset = false) => importCorpus(db, { paths: [corpusDir], correctionsFile, reset });
  await reimport();
  const api = await startApiServer({ db, uiDir: null, env: { CORPUS_DIR: corpusDir, CURATED_DIR: curatedDir, ...env } });
  return {
    api,
    dir,
    corpusDir,
    correctionsFile,
    reimport,
    async close() {
      await api.close();
      await db.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Proposed claims of one kind from the review queue, least confident first. */
export async function proposed(api: ApiServer, kind: 'relation' | 'entity', limit = 50): Promise<QueuedClaim[]> {
  const queue = await ok(api, ReviewQueueSchema, 'GET', `/api/review-queue?kind=${kind}&limit=${limit}`);
  return queue.claims.map((c) => QueuedClaimSchema.parse(c));
}

export const relationClaim = (c: QueuedClaim) => ({ kind: 'relation' as const, source: c.source!, type: c.type as never, target: c.target! });
