/**
 * The marker of a neo4j-admin import in progress on a local instance. It is written before the server stops and
 * removed only after the server came back with the imported store verified, so an import killed in between (the
 * store half written, or the server down) is found by the next start, which discards the store rather than serve it,
 * and by the next import, which loads the graph again.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Neo4jConfig } from '../../config.js';
import { instancePaths } from './neo4jHome.js';

type Local = NonNullable<Neo4jConfig['local']>;

export interface AdminImportMarker {
  startedAt: string;
  database: string;
  /** The neo4j-admin process, once launched: a killed importer leaves it running, and it must end before a start. */
  toolPid?: number;
  /** Set once a start has discarded the half-written store, so later starts leave the (empty) database alone. */
  storeDiscarded?: boolean;
}

export const adminImportMarkerFile = (local: Local): string => path.join(instancePaths(local).run, 'admin-import.json');

export function readAdminImportMarker(local: Local): AdminImportMarker | undefined {
  const file = adminImportMarkerFile(local);
  if (!fs.existsSync(file)) return undefined;
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as AdminImportMarker;
  } catch {
    // A marker cut short while being written still means an import was under way.
    return { startedAt: 'unknown', database: '' };
  }
}

export function writeAdminImportMarker(local: Local, marker: AdminImportMarker): void {
  const file = adminImportMarkerFile(local);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  // Written whole and renamed, so a reader never sees half a marker.
  fs.writeFileSync(`${file}.tmp`, JSON.stringify(marker));
  fs.renameSync(`${file}.tmp`, file);
}

export function clearAdminImportMarker(local: Local): void {
  fs.rmSync(adminImportMarkerFile(local), { force: true });
}

/** True when pid is alive and is a neo4j-admin of this instance (a recycled pid of another program is not). */
function isOurAdminTool(pid: number, local: Local): boolean {
  try {
    process.kill(pid, 0);
    const cmdline = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    return cmdline.includes('org.neo4j.cli.AdminTool') && cmdline.includes(local.home);
  } catch {
    return false;
  }
}

/**
 * Before a start: when an admin import was cut short, ends its tool if it still runs and deletes the database's
 * store and transaction logs, so the server comes up with an empty database instead of a half-written one (the
 * database was empty, or being reset, when the import began, so nothing of value goes). Returns true if it did.
 */
export async function discardUnfinishedAdminImport(local: Local, database: string, log: (line: string) => void): Promise<boolean> {
  const marker = readAdminImportMarker(local);
  if (!marker || marker.storeDiscarded) return false;
  if (marker.toolPid !== undefined && isOurAdminTool(marker.toolPid, local)) {
    process.kill(marker.toolPid, 'SIGKILL');
    while (isOurAdminTool(marker.toolPid, local)) await new Promise((r) => setTimeout(r, 100));
  }
  const { data } = instancePaths(local);
  for (const dir of ['databases', 'transactions']) fs.rmSync(path.join(data, dir, marker.database || database), { recursive: true, force: true });
  writeAdminImportMarker(local, { ...marker, storeDiscarded: true });
  log(`neo4j: an admin import started ${marker.startedAt} did not finish; its half-written store was discarded (the next import loads the graph again)`);
  return true;
}
