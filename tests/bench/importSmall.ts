/**
 * npm run bench:import-small — wall time of `npm run import` on a small corpus, as a user runs it (a new process each
 * time): the first import of the sample corpus on a freshly started server, a re-import with nothing changed, and a
 * re-import with one document changed. The corpus is a temporary copy, so the project's files are not touched.
 * Uses the configured Neo4j (NEO4J_*); the local instance is restarted first so the first import meets a cold
 * server (`-- --warm` keeps it running). Prints figures; asserts nothing.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig, PROJECT_ROOT } from '../../src/config.js';
import { start, stop } from '../../src/db/local/localServer.js';

const config = loadConfig();
const warm = process.argv.includes('--warm');
const tsx = path.join(PROJECT_ROOT, 'node_modules', '.bin', 'tsx');
const log = (line: string) => process.stderr.write(`${line}\n`);
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

/** Runs the import CLI and returns its wall time and the first line of its summary. */
function timed(args: string[]): { ms: number; summary: string } {
  const began = performance.now();
  const out = execFileSync(tsx, [path.join(PROJECT_ROOT, 'importer/cli/import.ts'), ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  const ms = performance.now() - began;
  return { ms, summary: out.split('\n').slice(0, 2).join('; ') };
}

async function main(): Promise<void> {
  if (config.neo4j.local) {
    if (!warm) await stop(config.neo4j, log);
    await start(config.neo4j, log);
  }
  const corpus = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-import-small-'));
  try {
    fs.cpSync(path.join(PROJECT_ROOT, 'graph-data', 'documents'), corpus, { recursive: true });
    const documents = fs.readdirSync(corpus).filter((f) => !f.endsWith('.meta.yaml')).sort();
    // What starting the CLI costs (node, tsx, module loading) without touching Neo4j.
    const baseline = timed(['--help']);
    const rows: [string, { ms: number; summary: string }][] = [];
    rows.push([`first import (--reset, ${warm ? 'warm' : 'freshly started'} server)`, timed(['--reset', corpus])]);
    rows.push(['re-import, nothing changed', timed([corpus])]);
    fs.appendFileSync(path.join(corpus, documents[0]!), '\nThis sentence was added by the benchmark.\n');
    rows.push(['re-import, one document changed', timed([corpus])]);
    rows.push(['re-import, nothing changed again', timed([corpus])]);

    console.log(`bench:import-small — ${documents.length} documents of the sample corpus, Neo4j at ${config.neo4j.uri}; load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
    console.log(`| run | wall | beyond process start | summary |`);
    console.log(`| --- | --- | --- | --- |`);
    console.log(`| process start (import --help) | ${seconds(baseline.ms)} | | |`);
    for (const [name, r] of rows) console.log(`| ${name} | ${seconds(r.ms)} | ${seconds(r.ms - baseline.ms)} | ${r.summary} |`);
  } finally {
    fs.rmSync(corpus, { recursive: true, force: true });
  }
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
