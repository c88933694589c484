import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseDataText } from '../../../../importer/read/loadDataFile.js';

const Schema = z.object({ words: z.array(z.string()), kind: z.enum(['a', 'b']) });

describe('parseDataText', () => {
  it('returns the validated data', () => {
    expect(parseDataText('f.yaml', 'words: [x, y]\nkind: a\n', Schema)).toEqual({ words: ['x', 'y'], kind: 'a' });
  });

  it('names file and line of a value that fails validation', () => {
    expect(() => parseDataText('f.yaml', 'words:\n  - x\n  - 3\nkind: a\n', Schema)).toThrow(/^f\.yaml:3: "words\.1"/);
    expect(() => parseDataText('f.yaml', 'words: []\n\nkind: c\n', Schema)).toThrow(/^f\.yaml:3: "kind"/);
  });

  it('names file and line of a YAML syntax error', () => {
    expect(() => parseDataText('f.yaml', 'words: [x\nkind: a\n', Schema)).toThrow(/^f\.yaml:\d+: /);
  });

  it('reports a missing key at its parent', () => {
    expect(() => parseDataText('g.json', '{\n  "words": []\n}', Schema)).toThrow(/^g\.json:1: "kind"/);
  });
});
