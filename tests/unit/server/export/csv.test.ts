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
    expect(nodesCsv(slice('Ashoka, "Nordic"\nBranch')).split('\r\n')[1]).toBe('x,"Ashoka, ""Nordic""\nBranch",Organisation,,1,2,,,,,,,');
  });

  it('defuses text a spreadsheet would run as a formula', () => {
    expect(nodesCsv(slice('=HYPERLINK("http://x")', ['@cmd'])).split('\r\n')[1]).toBe(`x,"'=HYPERLINK(""http://x"")",Organisation,'@cmd,1,2,,,,,,,`);
  });

  it('writes coordinates, the place they come from and times as their own columns', () => {
    const placed: GraphSlice = {
      nodes: [{ id: 'x', name: 'X', type: 'Event', aliases: [], degree: 1, documentCount: 1, location: { latitude: 59.74, longitude: 10.2 }, locatedAt: 'drammen', time: { at: '--06-16', precision: 'day' } }],
      edges: [],
      truncated: false,
    };
    const [header, row] = nodesCsv(placed).split('\r\n');
    expect(header).toBe('id,name,type,aliases,degree,documentCount,latitude,longitude,locatedAt,from,to,at,precision');
    expect(row).toBe('x,X,Event,,1,1,59.74,10.2,drammen,,,--06-16,day');
  });
});
