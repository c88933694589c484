/**
 * Runs `neo4j-admin database import full` of the provisioned Neo4j on a stopped local instance. The jars come from
 * Maven like the server's, so neo4j-admin is launched the way the server is: `java -cp lib/* org.neo4j.cli.AdminTool`.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Neo4jConfig } from '../../config.js';
import { instancePaths, JAR_DIR } from './neo4jHome.js';

type Local = NonNullable<Neo4jConfig['local']>;

export interface AdminImportInput {
  /** Node files, each with the labels of its nodes. */
  nodes: { labels: string[]; file: string }[];
  relationships: { type: string; file: string }[];
  arrayDelimiter: string;
  /** Files in which a field may span lines; when there is one, every file is parsed as multiline (see below). */
  multilineFiles: string[];
  /** Bytes; must hold the largest single field. */
  readBufferSize: number;
  reportFile: string;
}

export interface AdminImportRun {
  /** The tool's own output (progress, summary, errors). */
  logFile: string;
  elapsedMs: number;
}

const unicode = (ch: string) => `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

export function adminImportArguments(database: string, input: AdminImportInput): string[] {
  return [
    'database', 'import', 'full', database,
    '--overwrite-destination=true',
    // Bad rows are skipped and listed in the report (turned into diagnostics), up to the tolerance.
    '--skip-bad-relationships=true',
    '--skip-duplicate-nodes=true',
    '--bad-tolerance=10000',
    `--report-file=${input.reportFile}`,
    `--array-delimiter=${unicode(input.arrayDelimiter)}`,
    `--read-buffer-size=${input.readBufferSize}`,
    '--max-off-heap-memory=25%',
    // Not the per-file list: it needs `--multiline-fields-format=v2`, whose chunker stops with "found CR outside a text
    // cell" where a read buffer ends inside a long quoted text (seen on a 40 MB documents file, never on small ones).
    ...(input.multilineFiles.length > 0 ? ['--multiline-fields=true'] : []),
    ...input.nodes.map((n) => `--nodes=${n.labels.join(':')}=${n.file}`),
    ...input.relationships.map((r) => `--relationships=${r.type}=${r.file}`),
  ];
}

/** The last lines of the tool's output that say what went wrong. */
function failureOf(logFile: string): string {
  const lines = fs.readFileSync(logFile, 'utf8').split('\n').filter((l) => l.trim() !== '' && !/^[.\-∆\d\s%[\]msh]+$/.test(l));
  const errors = lines.filter((l) => /error|exception|invalid|failed/i.test(l));
  return (errors.length > 0 ? errors : lines).slice(-3).join(' | ');
}

/**
 * Runs the import; resolves when the tool exits 0, rejects naming the tool's error and its log otherwise.
 * `launched` gets the tool's pid as soon as it runs (the caller records it in the import marker).
 */
export async function runAdminImport(local: Local, database: string, input: AdminImportInput, launched: (pid: number) => void): Promise<AdminImportRun> {
  const p = instancePaths(local);
  const logFile = path.join(p.logs, 'admin-import.log');
  const out = fs.openSync(logFile, 'w');
  const java = process.env.JAVA_HOME ? path.join(process.env.JAVA_HOME, 'bin', 'java') : 'java';
  const started = performance.now();
  const child = spawn(
    java,
    [`-Xmx${local.heap}`, '-XX:+ExitOnOutOfMemoryError', '-Dfile.encoding=UTF-8', '-cp', `${JAR_DIR}/*`, 'org.neo4j.cli.AdminTool', ...adminImportArguments(database, input)],
    { env: { ...process.env, NEO4J_HOME: local.home, NEO4J_CONF: p.conf }, stdio: ['ignore', out, out], cwd: local.home },
  );
  fs.closeSync(out);
  if (child.pid) launched(child.pid);
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('error', (err) => reject(new Error(`neo4j-admin: could not run ${java}: ${err.message}`)));
    child.once('exit', (c) => resolve(c));
  });
  if (code !== 0) throw new Error(`neo4j-admin database import failed (exit ${code}): ${failureOf(logFile)}; see ${logFile}`);
  return { logFile, elapsedMs: performance.now() - started };
}
