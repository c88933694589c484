import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config.js';
import { start, status, stop } from '../../../src/db/local/localServer.js';

// A throwaway instance on its own ports, so the shared test instance is not disturbed.
const config = loadConfig({
  NEO4J_INSTANCE: 'lifecycle-test',
  NEO4J_BOLT_PORT: '7790',
  NEO4J_HTTP_PORT: '7791',
  NEO4J_HEAP: '256m',
  NEO4J_PAGECACHE: '64m',
}).neo4j;

const serverPids = () =>
  execFileSync('ps', ['-eo', 'pid,args'], { encoding: 'utf8' })
    .split('\n')
    .filter((l) => l.includes('CommunityEntryPoint') && l.includes(config.local!.home))
    .map((l) => Number(l.trim().split(/\s+/)[0]));

describe('local Neo4j lifecycle', () => {
  afterAll(async () => {
    await stop(config, () => {});
    fs.rmSync(config.local!.home, { recursive: true, force: true });
  });

  it('starting twice runs one server, and stop leaves no process behind', async () => {
    const first = await start(config, () => {});
    const second = await start(config, () => {});
    expect(first.started).toBe(true);
    expect(second.started).toBe(false);
    expect(second.pid).toBe(first.pid);
    expect(serverPids()).toEqual([first.pid]);
    expect((await status(config)).boltAnswers).toBe(true);

    await stop(config, () => {});
    expect(serverPids()).toEqual([]);
    const after = await status(config);
    expect(after.running).toBe(false);
    expect(after.boltAnswers).toBe(false);
  });
});
