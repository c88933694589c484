import { describe, expect, it } from 'vitest';
import type { GraphSlice } from '../../../../src/model/index.js';
import { nodesCsv } from '../../../../src/server/export/csv.js';

const slice = (name: string, aliases: string[] = []): GraphSlice => ({
  nodes: [{ id: 'x', name, type: 'Organisation', aliases, degree: 1, documentCount: 2 }],
  edges: [],
  truncated: false,
});

describe('nodesCsv', () => {
  it('quotes cells with commas, quotes or line breaks (RFC 4180)', () => {
    expect(nodesCsv(slice('Ashoka, "Nordic"\nBranch')).split('\r\n')[1]).toBe('x,"Ashoka, ""Nordic""\nBranch",Organisation,,1,2');
  });

  it('defuses text a spreadsheet would run as a formula', () => {
    expect(nodesCsv(slice('=HYPERLINK("http://x")', ['@cmd'])).split('\r\n')[1]).toBe(`x,"'=HYPERLINK(""http://x"")",Organisation,'@cmd,1,2`);
  });
});
