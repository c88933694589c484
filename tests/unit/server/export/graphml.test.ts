import Graph from 'graphology';
import { parse } from 'graphology-graphml';
import { describe, expect, it } from 'vitest';
import { writeGraphml } from '../../../../src/server/export/graphml.js';

describe('writeGraphml', () => {
  it('writes what graphology-graphml reads back: typed attributes, keys, and per-edge direction', () => {
    const graph = new Graph({ type: 'mixed', multi: true });
    graph.addNode('a', { label: 'A & <B> "quoted"', degree: 2, score: 0.5 });
    graph.addNode('b', { label: 'Bø\u0001', degree: 1, score: 1 });
    graph.addDirectedEdgeWithKey('a>FUNDED_BY>b', 'a', 'b', { relationType: 'FUNDED_BY', confidence: 0.75 });
    graph.addUndirectedEdgeWithKey('a>PARTNERS_WITH>b', 'a', 'b', { relationType: 'PARTNERS_WITH', confidence: 1 });
    const back = parse(Graph, writeGraphml(graph));
    expect(back.getNodeAttributes('a')).toEqual({ label: 'A & <B> "quoted"', degree: 2, score: 0.5 });
    // Control characters cannot be written in XML 1.0 and are dropped.
    expect(back.getNodeAttribute('b', 'label')).toBe('Bø');
    expect(back.getEdgeAttributes('a>FUNDED_BY>b')).toEqual({ relationType: 'FUNDED_BY', confidence: 0.75 });
    expect(back.isDirected('a>FUNDED_BY>b')).toBe(true);
    expect(back.isUndirected('a>PARTNERS_WITH>b')).toBe(true);
  });
});
