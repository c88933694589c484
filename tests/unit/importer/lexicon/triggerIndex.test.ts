import { describe, expect, it } from 'vitest';
import { TriggerIndex } from '../../../../importer/lexicon/triggerIndex.js';

const index = new TriggerIndex([
  { pattern: 'samarbet* med', type: 'COLLABORATES_WITH', source: 'subject', target: 'after', pairwise: false },
  { pattern: '*tilskudd fra', type: 'FUNDED_BY', source: 'subject', target: 'after', pairwise: false },
  { pattern: 'grunnlagt i * av', type: 'FOUNDED_BY', source: 'before', target: 'after', pairwise: false },
  { pattern: 'grunnlagt av', type: 'FOUNDED_BY', source: 'before', target: 'after', pairwise: false },
]);
const match = (text: string) => index.match(text.split(' '), 0)?.pattern;

describe('TriggerIndex', () => {
  it('matches a word by its start, its end (compounds) or as any word', () => {
    expect(match('samarbetar med')).toBe('samarbet* med');
    expect(match('oppstartstilskudd fra')).toBe('*tilskudd fra');
    expect(match('tilskudd fra')).toBe('*tilskudd fra');
    expect(match('grunnlagt i 2020 av')).toBe('grunnlagt i * av');
  });
  it('prefers the longest pattern and matches nothing else', () => {
    expect(match('grunnlagt av')).toBe('grunnlagt av');
    expect(match('tilskudd til')).toBeUndefined();
    expect(match('samarbeid')).toBeUndefined();
  });
});
