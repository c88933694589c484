/** `npm run serve` as a user runs it: a child process that prints its URL, listens on loopback only, stops cleanly. */
import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../../src/config.js';
import { testEnv } from '../../support/testDatabase.js';
import { freePort } from '../../support/freePort.js';

function connects(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

let child: ChildProcess;
let output = '';
let port: number;

beforeAll(async () => {
  port = await freePort();
  const env = { ...testEnv(), PORT: String(port), HOST: '', API_TOKEN: '' };
  child = spawn(path.join(PROJECT_ROOT, 'node_modules/.bin/tsx'), ['src/cli/serve.ts'], { cwd: PROJECT_ROOT, env });
  child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
  await new Promise<void>((resolve, reject) => {
    const timer = setInterval(() => {
      const ready = /Impact Atlas (API|explorer): /.test(output);
      if (!ready && child.exitCode === null) return;
      clearInterval(timer);
      if (ready) resolve();
      else reject(new Error(`serve exited: ${output}`));
    }, 100);
  });
});

afterAll(() => {
  if (child.exitCode === null) child.kill('SIGKILL');
});

describe('npm run serve', () => {
  it('prints its URL on 127.0.0.1 and answers there, but not on other interfaces', async () => {
    expect(output).toMatch(new RegExp(`http://127\\.0\\.0\\.1:${port}/`));
    const health = await fetch(`http://127.0.0.1:${port}/api/health`);
    expect(health.status).toBe(200);
    const external = Object.values(os.networkInterfaces())
      .flat()
      .find((i) => i && i.family === 'IPv4' && !i.internal);
    if (external) expect(await connects(external.address, port)).toBe(false);
  });

  it('closes the server and the driver on SIGTERM and exits 0', async () => {
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(output).toContain('SIGTERM: closing the server and the Neo4j driver');
    expect(await connects('127.0.0.1', port)).toBe(false);
  });
});
