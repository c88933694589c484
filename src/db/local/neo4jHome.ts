/** Lays out a local Neo4j instance: fetches the pinned jars with Maven once, writes conf and the initial password. */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT, type Neo4jConfig } from '../../config.js';

export const NEO4J_DIR = path.join(PROJECT_ROOT, 'neo4j');
export const JAR_DIR = path.join(NEO4J_DIR, 'lib');

type Local = NonNullable<Neo4jConfig['local']>;

export function instancePaths(local: Local) {
  return {
    conf: path.join(local.home, 'conf'),
    data: path.join(local.home, 'data'),
    logs: path.join(local.home, 'logs'),
    import: path.join(local.home, 'import'),
    run: path.join(local.home, 'run'),
    plugins: path.join(local.home, 'plugins'),
    pidFile: path.join(local.home, 'run', 'neo4j.pid'),
    consoleLog: path.join(local.home, 'logs', 'console.log'),
    /** The neo4j user's password as this project last set it (owner-only), so a changed NEO4J_PASSWORD can be applied. */
    passwordFile: path.join(local.home, 'password'),
  };
}

export function jarsPresent(): boolean {
  return fs.existsSync(JAR_DIR) && fs.readdirSync(JAR_DIR).some((f) => /^neo4j-5\.[\d.]+\.jar$/.test(f));
}

/** Downloads Neo4j's jars from Maven Central into neo4j/lib (once; later calls are no-ops). */
export function ensureJars(log: (line: string) => void): void {
  if (jarsPresent()) return;
  log(`neo4j: fetching Neo4j Community jars with Maven into ${path.relative(PROJECT_ROOT, JAR_DIR)}/ (once)…`);
  try {
    execFileSync(
      'mvn',
      ['-q', '-B', '-f', path.join(NEO4J_DIR, 'pom.xml'), 'dependency:copy-dependencies', `-DoutputDirectory=${JAR_DIR}`, '-DincludeScope=runtime'],
      { stdio: ['ignore', 'inherit', 'inherit'] },
    );
  } catch {
    throw new Error('neo4j: "mvn dependency:copy-dependencies" failed: check that Maven is installed and Maven Central is reachable');
  }
  if (!jarsPresent()) throw new Error(`neo4j: Maven finished but ${JAR_DIR} holds no neo4j jar`);
}

/** Procedures the app calls (src/db) and the console allows (consolePlan.ts). */
const APP_PROCEDURES = ['dbms.components', 'db.awaitIndexes', 'db.index.fulltext.*', 'db.labels', 'db.relationshipTypes', 'db.propertyKeys', 'db.schema.*'];

/** Transactions together may use 60% of the heap, so the rest stays for Neo4j itself. */
function totalTransactionMemory(heap: string): string {
  const mb = Number(heap.slice(0, -1)) * ({ k: 1 / 1024, m: 1, g: 1024 }[heap.slice(-1).toLowerCase()] ?? 1);
  return `${Math.max(64, Math.floor(mb * 0.6))}m`;
}

export function writeConf(local: Local): void {
  const p = instancePaths(local);
  for (const dir of [p.conf, p.data, p.logs, p.import, p.run, p.plugins]) fs.mkdirSync(dir, { recursive: true });
  const lines = [
    '# Written by Impact Atlas (src/db/local/neo4jHome.ts) at every start; edit the environment, not this file.',
    'server.default_listen_address=127.0.0.1',
    `server.bolt.listen_address=127.0.0.1:${local.boltPort}`,
    `server.http.listen_address=127.0.0.1:${local.httpPort}`,
    'server.http.enabled=true',
    'server.https.enabled=false',
    `server.memory.heap.initial_size=${local.heap}`,
    `server.memory.heap.max_size=${local.heap}`,
    `server.memory.pagecache.size=${local.pagecache}`,
    'dbms.security.auth_enabled=true',
    'dbms.usage_report.enabled=false',
    // The load benchmark compares against LOAD CSV from this instance's import folder (file URLs stay inside it);
    // LOAD CSV may fetch no network address at all, so a statement cannot make this server a proxy.
    'dbms.security.allow_csv_import_from_file_urls=true',
    'internal.dbms.cypher_ip_blocklist=0.0.0.0/0,::/0',
    // Extensions dropped into plugins/ load only when the app needs them (built-in procedures are not affected).
    `dbms.security.procedures.allowlist=${APP_PROCEDURES.join(',')}`,
    // One statement cannot take the heap: Neo4j stops a transaction past this much memory.
    `db.memory.transaction.max=${local.transactionMemory}`,
    `dbms.memory.transaction.total.max=${totalTransactionMemory(local.heap)}`,
    `server.directories.data=${p.data}`,
    `server.directories.logs=${p.logs}`,
    `server.directories.import=${p.import}`,
    `server.directories.plugins=${p.plugins}`,
    `server.directories.run=${p.run}`,
    'db.transaction.timeout=120s',
    'server.jvm.additional=-XX:+UseG1GC',
    // Netty's quiet period (default 5 s): at shutdown the Bolt server's two event loops each wait that long for tasks
    // that cannot come any more (the connections are closed first), 10 s of every stop, the admin load's among them.
    'internal.dbms.bolt.netty_server_shutdown_quiet_period=0',
  ];
  fs.writeFileSync(path.join(p.conf, 'neo4j.conf'), lines.join('\n') + '\n');
}

/** The password this project last gave the instance's user, or undefined for an instance made before it kept one. */
export function rememberedPassword(local: Local): string | undefined {
  const { passwordFile } = instancePaths(local);
  return fs.existsSync(passwordFile) ? fs.readFileSync(passwordFile, 'utf8') : undefined;
}

export function rememberPassword(local: Local, password: string): void {
  const { passwordFile } = instancePaths(local);
  fs.mkdirSync(local.home, { recursive: true });
  fs.writeFileSync(passwordFile, password, { mode: 0o600 });
  // The mode above applies only when the file is created.
  fs.chmodSync(passwordFile, 0o600);
}

/** Sets the neo4j user's password before the first start; Neo4j ignores it once the system database exists. */
export function ensureInitialPassword(local: Local, password: string): void {
  const p = instancePaths(local);
  if (fs.existsSync(path.join(p.data, 'databases', 'system'))) return;
  execFileSync(
    'java',
    ['-cp', `${JAR_DIR}/*`, 'org.neo4j.cli.AdminTool', 'dbms', 'set-initial-password', password],
    { env: { ...process.env, NEO4J_HOME: local.home, NEO4J_CONF: p.conf }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  rememberPassword(local, password);
}
