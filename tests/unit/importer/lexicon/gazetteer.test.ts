import { describe, expect, it } from 'vitest';
import { gazetteerLine, loadGazetteer, parseGazetteer, placeKey } from '../../../../importer/lexicon/gazetteer.js';

const HEADER = 'name\tkind\tcountry\tlatitude\tlongitude\tpopulation\taliases';

describe('gazetteer file', () => {
  it('reads back what it writes', () => {
    const entry = { name: 'Vienna', kind: 'city' as const, country: 'AT', latitude: 48.2085, longitude: 16.3721, population: 1691468, aliases: ['Wien'] };
    expect(parseGazetteer('g.tsv', `# comment\n${HEADER}\n${gazetteerLine(entry)}\n`)).toEqual([entry]);
  });

  it('names file and line of a malformed row', () => {
    expect(() => parseGazetteer('g.tsv', `${HEADER}\nOslo\tcity\tNO\t59.9\t10.7\t580000\t\nBad\ttown\tNO\t1\t2\t3\t\n`)).toThrow(/^g\.tsv:3: kind: /);
    expect(() => parseGazetteer('g.tsv', `${HEADER}\nOslo\tcity\tNO\t99.9\t10.7\t5\t\n`)).toThrow(/^g\.tsv:2: latitude: /);
    expect(() => parseGazetteer('g.tsv', `${HEADER}\nOslo\tcity\n`)).toThrow(/^g\.tsv:2: expected 7 tab-separated fields, found 2/);
    expect(() => parseGazetteer('g.tsv', 'name\tplace\n')).toThrow(/^g\.tsv:1: header must be/);
  });

  it('folds names for lookup across case, diacritics and punctuation, keeping Nordic letters apart', () => {
    expect(placeKey('Washington, D.C.')).toBe(placeKey('washington dc'));
    expect(placeKey('Malmö')).not.toBe(placeKey('Malmo'));
  });

  it('covers the Nordic countries, regions and towns and the world capitals with names in the four languages', () => {
    const entries = loadGazetteer();
    const named = (name: string) => entries.filter((e) => e.name === name || e.aliases.includes(name));
    for (const c of ['SE', 'NO', 'DK', 'FI', 'IS']) {
      expect(entries.filter((e) => e.country === c && e.kind === 'city').length).toBeGreaterThan(c === 'IS' ? 20 : 200);
      expect(entries.some((e) => e.country === c && e.kind === 'country')).toBe(true);
    }
    expect(entries.filter((e) => e.kind === 'region').length).toBeGreaterThan(40);
    expect(named('Österrike')[0]?.country).toBe('AT');
    expect(named('Østrig')[0]?.country).toBe('AT');
    expect(named('Østerrike')[0]?.country).toBe('AT');
    expect(named('Köpenhamn')[0]?.name).toBe('Copenhagen');
    expect(named('Wien')[0]?.name).toBe('Vienna');
    expect(named('Drammen')[0]).toMatchObject({ country: 'NO', kind: 'city' });
  });
});
