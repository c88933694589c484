/**
 * Every command line README.md marks as meant to be copied (a ```sh block right after `<!-- copy-and-run -->`) runs
 * as written, from the project folder, against the test database; one that exits non-zero fails the test.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import { testEnv } from '../support/testDatabase.js';

/** Lines the test does not run, each with the reason. */
const NOT_RUN: [RegExp, string][] = [
  [/^npm start\b/, 'serves the explorer until Ctrl-C (the e2e tests cover what it serves)'],
  [/^npm test\b/, 'the whole suite, this test among it'],
  [/^npm run (serve|dev)\b/, 'serves until Ctrl-C'],
  [/^npm run bench:/, 'benchmarks take minutes and assert nothing'],
];

export function readmeCommands(readme: string): string[] {
  const lines = readme.split('\n');
  const commands: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i]!.startsWith('<!-- copy-and-run')) continue;
    if (lines[i + 1] !== '```sh') throw new Error(`README.md:${i + 1}: a copy-and-run marker must be followed by a \`\`\`sh block`);
    for (i += 2; i < lines.length && lines[i] !== '```'; i++) if (lines[i]!.trim()) commands.push(lines[i]!.trim());
  }
  return commands;
}

const commands = readmeCommands(fs.readFileSync(path.join(PROJECT_ROOT, 'README.md'), 'utf8'));
const skipped = (command: string) => NOT_RUN.find(([pattern]) => pattern.test(command))?.[1];

function run(command: string): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    execFile('bash', ['-c', command], { cwd: PROJECT_ROOT, env: testEnv(), maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, output: `${stdout}\n${stderr}` });
    });
  });
}

describe('README commands meant to be copied', () => {
  it('are found: the quick start, Neo4j, extract, eval and import blocks', () => {
    expect(commands.length).toBeGreaterThanOrEqual(10);
    expect(commands.filter((c) => !skipped(c)).length).toBeGreaterThanOrEqual(8);
  });

  for (const command of commands) {
    const reason = skipped(command);
    if (reason) {
      it.skip(`${command} (not run: ${reason})`, () => {});
      continue;
    }
    it(`${command}`, { timeout: 600_000 }, async () => {
      // Files a command writes in the project folder (x.json) are removed afterwards.
      const before = new Set(fs.readdirSync(PROJECT_ROOT));
      try {
        const { code, output } = await run(command);
        expect(code, output.slice(-4000)).toBe(0);
      } finally {
        for (const entry of fs.readdirSync(PROJECT_ROOT)) {
          if (!before.has(entry) && command.includes(entry)) fs.rmSync(path.join(PROJECT_ROOT, entry), { force: true });
        }
      }
    });
  }
});
