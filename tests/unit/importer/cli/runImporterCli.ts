/** Runs an importer CLI as a child process (as `npm run` would) and collects its exit code and output. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../../../..');

/** Starting node with tsx and loading the lexicon take seconds on a busy machine: CLI tests allow for it. */
export const CLI_TEST_TIMEOUT_MS = 120_000;

export function runImporterCli(script: 'extract' | 'eval', args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', path.join(root, `importer/cli/${script}.ts`), ...args], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
