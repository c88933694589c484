/**
 * `npm test`: every check in order (typecheck, lint, unit, integration, end-to-end), then one summary line that CI
 * reads: "tests: N passed, N failed".
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const resultsDir = 'test-results';
fs.mkdirSync(resultsDir, { recursive: true });

let passed = 0;
let failed = 0;
const failures: string[] = [];

function step(name: string, cmd: string, args: string[]): boolean {
  console.log(`\n=== ${name}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: process.env });
  if (r.status !== 0) failures.push(name);
  return r.status === 0;
}

function vitest(project: string): void {
  const out = path.join(resultsDir, `${project}.json`);
  fs.rmSync(out, { force: true });
  step(project, 'npx', ['vitest', 'run', '--project', project, '--reporter=default', '--reporter=json', `--outputFile=${out}`]);
  if (!fs.existsSync(out)) {
    failed += 1;
    return;
  }
  const report = JSON.parse(fs.readFileSync(out, 'utf8')) as { numPassedTests: number; numFailedTests: number };
  passed += report.numPassedTests;
  failed += report.numFailedTests;
}

const only = process.argv.slice(2);
const wanted = (name: string) => only.length === 0 || only.includes(name);

if (wanted('typecheck') && step('typecheck', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json'])) passed += 1;
else if (wanted('typecheck')) failed += 1;
if (wanted('lint') && step('lint', 'npx', ['eslint', '.'])) passed += 1;
else if (wanted('lint')) failed += 1;
for (const project of ['unit', 'integration', 'e2e']) if (wanted(project)) vitest(project);

if (failures.length) console.log(`\nfailed steps: ${failures.join(', ')}`);
console.log(`\ntests: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 || failures.length > 0 ? 1 : 0);
