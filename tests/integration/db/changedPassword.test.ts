import { execFile } from 'node:child_process';
import fs from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig, PROJECT_ROOT } from '../../../src/config.js';
import { Database } from '../../../src/db/database.js';
import { instancePaths } from '../../../src/db/local/neo4jHome.js';
import { start, stop } from '../../../src/db/local/localServer.js';
import { AuthenticationError } from '../../../src/errors.js';

// A throwaway instance on the ports after the test instance's, so the shared test instance keeps its password.
const boltPort = String(Number(process.env.NEO4J_TEST_BOLT_PORT || 7688) + 1);
const httpPort = String(Number(process.env.NEO4J_TEST_HTTP_PORT || 7475) + 1);
const configWith = (password: string) =>
  loadConfig({
    NEO4J_INSTANCE: 'password-test',
    NEO4J_BOLT_PORT: boltPort,
    NEO4J_HTTP_PORT: httpPort,
    NEO4J_HEAP: '256m',
    NEO4J_PAGECACHE: '64m',
    NEO4J_PASSWORD: password,
  }).neo4j;
const first = configWith('first-password');
const paths = instancePaths(first.local!);

async function accepts(config: ReturnType<typeof configWith>): Promise<boolean> {
  const db = new Database(config);
  try {
    await db.verify();
    return true;
  } catch (error) {
    if (error instanceof AuthenticationError) return false;
    throw error;
  } finally {
    await db.close();
  }
}

/** Runs a CLI as a user would; the timeout kills it if it waits instead of answering. */
function runCli(args: string[], env: Record<string, string>, timeoutMs: number) {
  return new Promise<{ code: number | null; output: string; killed: boolean }>((resolve) => {
    execFile('npx', ['tsx', ...args], { cwd: PROJECT_ROOT, env: { ...process.env, ...env }, timeout: timeoutMs }, (error, stdout, stderr) => {
      resolve({ code: error ? ((error as { code?: number }).code ?? null) : 0, output: `${stdout}${stderr}`.trim(), killed: Boolean(error?.killed) });
    });
  });
}

describe('a changed NEO4J_PASSWORD', () => {
  afterAll(async () => {
    await stop(first, () => {});
    fs.rmSync(first.local!.home, { recursive: true, force: true });
  });

  it('is applied to the local instance on start, and the instance remembers it for its owner only', { timeout: 400_000 }, async () => {
    fs.rmSync(first.local!.home, { recursive: true, force: true });
    await start(first, () => {});
    expect(fs.readFileSync(paths.passwordFile, 'utf8')).toBe('first-password');
    expect(fs.statSync(paths.passwordFile).mode & 0o777).toBe(0o600);
    await stop(first, () => {});

    const second = configWith('second-password');
    const lines: string[] = [];
    const started = await start(second, (l) => lines.push(l));
    expect(started.started).toBe(true);
    expect(lines.join('\n')).toMatch(/NEO4J_PASSWORD differs .* "password-test"/);
    expect(await accepts(second)).toBe(true);
    expect(await accepts(first)).toBe(false);
    expect(fs.readFileSync(paths.passwordFile, 'utf8')).toBe('second-password');

    // A server already running takes the new password too, without a restart.
    const third = configWith('third-password');
    const again = await start(third, () => {});
    expect(again).toEqual({ started: false, pid: started.pid });
    expect(await accepts(third)).toBe(true);
  });

  it('that the instance cannot take is refused at once, in one line naming the instance and what to do', async () => {
    fs.writeFileSync(paths.passwordFile, 'not-the-password');
    const wrong = configWith('wrong-password');
    const error = await start(wrong, () => {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    const message = (error as Error).message;
    expect(message).not.toContain('\n');
    expect(message).toContain('instance "password-test"');
    expect(message).toContain('set NEO4J_PASSWORD');
    // Nothing was changed: the password the server has still works.
    expect(await accepts(configWith('third-password'))).toBe(true);
  });

  it('for a NEO4J_URI server is reported in one line within 5 s, and nothing changes there', async () => {
    const env = { NEO4J_URI: first.uri, NEO4J_PASSWORD: 'wrong-password', NEO4J_INSTANCE: 'password-test' };
    const run = await runCli(['src/cli/db.ts', 'start'], env, 5000);
    expect(run.killed).toBe(false);
    expect(run.code).toBe(1);
    expect(run.output.split('\n')).toEqual([expect.stringMatching(/^Neo4j at bolt:\/\/127\.0\.0\.1:\d+ refused the credentials of user "neo4j": check NEO4J_USER and NEO4J_PASSWORD$/)]);
    expect(await accepts(configWith('third-password'))).toBe(true);
  });
});
