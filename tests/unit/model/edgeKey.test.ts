import { describe, expect, it } from 'vitest';
import { parseEdgeKey, relationKey } from '../../../src/model/index.js';

describe('parseEdgeKey', () => {
  it('reads back the ends and type relationKey wrote, in the stored direction', () => {
    const key = relationKey({ source: 'org:b', target: 'org:a', type: 'PARTNERS_WITH' });
    expect(parseEdgeKey(key)).toEqual({ source: 'org:a', type: 'PARTNERS_WITH', target: 'org:b' });
    expect(parseEdgeKey(relationKey({ source: 'prog-x', target: 'fund-y', type: 'FUNDED_BY' }))).toEqual({
      source: 'prog-x',
      type: 'FUNDED_BY',
      target: 'fund-y',
    });
  });

  it('reads co-mention ids', () => {
    expect(parseEdgeKey('a>CO_MENTIONED>b')).toEqual({ source: 'a', type: 'CO_MENTIONED', target: 'b' });
  });

  it.each(['', 'a>b', 'a>PARTNERS_WITH>', '>PARTNERS_WITH>b', 'a>KNOWS>b', 'a>PARTNERS_WITH>b>c'])('refuses %j, naming it', (id) => {
    expect(() => parseEdgeKey(id)).toThrow(`relationship id "${id}"`);
  });
});
