import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { extractCommand } from '../../../../importer/cli/extractCommand.js';
import { PROJECT_ROOT } from '../../../../src/config.js';
import { captureIo } from './captureIo.js';
import { CLI_TEST_TIMEOUT_MS } from './runImporterCli.js';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'extract-command-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('extractCommand', { timeout: CLI_TEST_TIMEOUT_MS }, () => {
  it('turns a malformed lexicon file into one error line naming file and line, and exit code 1', async () => {
    // A copy of the real lexicon with one broken line appended, so the test follows the lexicon as it grows.
    fs.cpSync(path.join(PROJECT_ROOT, 'graph-data/lexicon'), path.join(tmp, 'graph-data/lexicon'), { recursive: true });
    const broken = path.join(tmp, 'graph-data/lexicon/common.yaml');
    const lines = fs.readFileSync(broken, 'utf8').trimEnd().split('\n').length;
    fs.appendFileSync(broken, '\nbroken: [unclosed\n');
    const { out, io } = captureIo();
    const code = await extractCommand([path.join(PROJECT_ROOT, 'tests/fixtures/bad-input/good.txt')], io, tmp);
    expect(code).toBe(1);
    expect(out.stdout).toBe('');
    expect(out.stderr).toMatch(new RegExp(`^error: .*graph-data/lexicon/common\\.yaml:(${lines + 1}|${lines + 2}|${lines + 3}): `));
    expect(out.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('--out writes the same JSON to a file and nothing to stdout; an unwritable file is one error line', async () => {
    const input = path.join(PROJECT_ROOT, 'tests/fixtures/bad-input/good.txt');
    const printed = captureIo();
    expect(await extractCommand([input], printed.io)).toBe(0);
    const file = path.join(tmp, 'extraction.json');
    const written = captureIo();
    expect(await extractCommand(['--out', file, input], written.io)).toBe(0);
    expect(written.out.stdout).toBe('');
    expect(fs.readFileSync(file, 'utf8')).toBe(printed.out.stdout);

    const unwritable = captureIo();
    expect(await extractCommand(['--out', path.join(tmp, 'no-such-folder', 'x.json'), input], unwritable.io)).toBe(1);
    expect(unwritable.out.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^error: .*no-such-folder\/x\.json: cannot write the extraction \(ENOENT\)$/)]);
  });
});
