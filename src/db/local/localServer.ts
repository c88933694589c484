/** Starts, stops and reports on the Neo4j server process that the project runs itself (pid file per instance). */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import type { Neo4jConfig } from '../../config.js';
import { AuthenticationError } from '../../errors.js';
import { Database } from '../database.js';
import { adoptPassword, confirmPassword } from './instancePassword.js';
import { discardUnfinishedAdminImport } from './adminImportMarker.js';
import { ensureInitialPassword, ensureJars, instancePaths, JAR_DIR, writeConf } from './neo4jHome.js';

type Local = NonNullable<Neo4jConfig['local']>;
export type Log = (line: string) => void;

export interface ServerStatus {
  running: boolean;
  pid?: number;
  boltAnswers: boolean;
  uri: string;
  logFile: string;
}

function readPid(local: Local): number | undefined {
  const { pidFile } = instancePaths(local);
  if (!fs.existsSync(pidFile)) return undefined;
  const pid = Number(fs.readFileSync(pidFile, 'utf8').trim());
  return Number.isInteger(pid) && pid > 0 ? pid : undefined;
}

/** True when pid is alive and is a Neo4j server of ours (a recycled pid of another program is not). */
function isOurServer(pid: number, local: Local): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    const cmdline = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    return cmdline.includes('CommunityEntryPoint') && cmdline.includes(local.home);
  } catch {
    return true;
  }
}

export function portOpen(port: number, host = '127.0.0.1', timeoutMs = 1000): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

export async function status(config: Neo4jConfig): Promise<ServerStatus> {
  const local = config.local!;
  const pid = readPid(local);
  const running = pid !== undefined && isOurServer(pid, local);
  return {
    running,
    pid: running ? pid : undefined,
    boltAnswers: await portOpen(local.boltPort),
    uri: config.uri,
    logFile: instancePaths(local).consoleLog,
  };
}

async function waitForBolt(config: Neo4jConfig, pid: number, deadlineMs: number): Promise<void> {
  const local = config.local!;
  const until = Date.now() + deadlineMs;
  while (Date.now() < until) {
    if (!isOurServer(pid, local)) {
      throw new Error(`neo4j: the server exited during start-up; see ${instancePaths(local).consoleLog} and ${instancePaths(local).logs}/neo4j.log`);
    }
    if (await portOpen(local.boltPort)) {
      const db = new Database(config);
      try {
        await db.verify();
        return;
      } catch (error) {
        // A refused password is an answer, and every further try counts towards Neo4j's lock-out; a lock-out ends by itself.
        if (error instanceof AuthenticationError && !error.rateLimited) throw error;
        // Otherwise Bolt listens before the databases are online; keep waiting.
      } finally {
        await db.close();
      }
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`neo4j: Bolt did not answer at ${config.uri} within ${deadlineMs / 1000}s; see ${instancePaths(local).consoleLog}`);
}

/** Waits for Bolt; when the instance refuses NEO4J_PASSWORD, changes the user's password to it (see instancePassword.ts). */
async function waitForReady(config: Neo4jConfig, pid: number, deadlineMs: number, log: Log): Promise<void> {
  try {
    await waitForBolt(config, pid, deadlineMs);
  } catch (error) {
    if (!(error instanceof AuthenticationError)) throw error;
    await adoptPassword(config, log);
    await waitForBolt(config, pid, deadlineMs);
  }
  confirmPassword(config);
}

/**
 * Starts the instance unless it already runs; resolves once Bolt answers queries. Idempotent. `importedStore`: the
 * caller's own admin import just wrote the store (its marker is still there), so the store is not discarded.
 */
export async function start(config: Neo4jConfig, log: Log, options: { importedStore?: boolean } = {}): Promise<{ started: boolean; pid: number }> {
  const local = config.local!;
  const p = instancePaths(local);
  const current = await status(config);
  if (current.running && current.pid) {
    await waitForReady(config, current.pid, 120_000, log);
    log(`neo4j: already running (pid ${current.pid}) at ${config.uri}; log ${p.consoleLog}`);
    return { started: false, pid: current.pid };
  }
  if (current.boltAnswers) {
    throw new Error(`neo4j: port ${local.boltPort} is taken by another process; stop it, or set NEO4J_BOLT_PORT, or set NEO4J_URI to use that server`);
  }
  if (await portOpen(local.httpPort)) {
    throw new Error(`neo4j: port ${local.httpPort} is taken by another process; stop it or set NEO4J_HTTP_PORT`);
  }
  ensureJars(log);
  if (!options.importedStore) await discardUnfinishedAdminImport(local, config.database, log);
  writeConf(local);
  ensureInitialPassword(local, config.password);
  const out = fs.openSync(p.consoleLog, 'a');
  const java = process.env.JAVA_HOME ? path.join(process.env.JAVA_HOME, 'bin', 'java') : 'java';
  const child = spawn(
    java,
    [
      `-Xms${local.heap}`,
      `-Xmx${local.heap}`,
      '-XX:+ExitOnOutOfMemoryError',
      '-Dfile.encoding=UTF-8',
      '--add-opens=java.base/java.nio=ALL-UNNAMED',
      '--add-opens=java.base/java.io=ALL-UNNAMED',
      '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
      '-cp',
      `${JAR_DIR}/*`,
      'org.neo4j.server.CommunityEntryPoint',
      `--home-dir=${local.home}`,
      `--config-dir=${p.conf}`,
    ],
    { detached: true, stdio: ['ignore', out, out], cwd: local.home },
  );
  child.on('error', (err) => log(`neo4j: could not run ${java}: ${err.message}`));
  child.unref();
  fs.closeSync(out);
  if (!child.pid) throw new Error(`neo4j: could not start ${java}; is Java 17 or 21 installed?`);
  fs.writeFileSync(p.pidFile, String(child.pid));
  log(`neo4j: starting (pid ${child.pid}), log ${p.consoleLog}`);
  try {
    await waitForReady(config, child.pid, 180_000, log);
  } catch (err) {
    await stop(config, () => {});
    throw err;
  }
  log(`neo4j: ready at ${config.uri} (database "${config.database}", user "${config.user}")`);
  return { started: true, pid: child.pid };
}

/** Stops only the process this project started (by its pid file); waits until it is gone. */
export async function stop(config: Neo4jConfig, log: Log): Promise<void> {
  const local = config.local!;
  const { pidFile } = instancePaths(local);
  const pid = readPid(local);
  if (pid === undefined || !isOurServer(pid, local)) {
    fs.rmSync(pidFile, { force: true });
    log('neo4j: not running');
    return;
  }
  process.kill(pid, 'SIGTERM');
  const until = Date.now() + 60_000;
  while (Date.now() < until && isOurServer(pid, local)) await new Promise((r) => setTimeout(r, 200));
  if (isOurServer(pid, local)) process.kill(pid, 'SIGKILL');
  while (isOurServer(pid, local)) await new Promise((r) => setTimeout(r, 100));
  fs.rmSync(pidFile, { force: true });
  log(`neo4j: stopped (pid ${pid})`);
}
