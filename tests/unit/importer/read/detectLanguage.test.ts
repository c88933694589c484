import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../../importer/read/detectLanguage.js';
import { loadReadingKnowledge } from '../../../../importer/read/readingKnowledge.js';

const k = loadReadingKnowledge();
const detect = (text: string) => detectLanguage(text, k).language;
const samples = path.resolve(import.meta.dirname, '../../../../graph-data/documents');

describe('detectLanguage', () => {
  it.each([
    ['000_17fe323124cfa1f2.txt', 'sv'],
    ['001_3d649bfd29b71292.txt', 'da'],
    ['004_67533d0bd9775037.txt', 'nb'],
  ])('recognises the sample document %s as %s', (file, language) => {
    expect(detect(fs.readFileSync(path.join(samples, file), 'utf8'))).toBe(language);
  });

  it.each([
    ['Stiftelsen har kontor i Göteborg och samarbetar med flera aktörer i regionen.', 'sv'],
    ['The foundation has an office in Leeds and works with several local partners.', 'en'],
    ['Foreningen har kontor i Aarhus og samarbejder med flere aktører om udvikling af nye tilbud.', 'da'],
    ['Vi har fået støtte fra kommunen til at udvikle nye tilbud til unge.', 'da'],
    ['Organisasjonen har kontor i Bergen og samarbeider med flere aktører.', 'nb'],
    ['Vi har fått støtte fra kommunen til å utvikle nye tjenester for unge.', 'nb'],
    ['Me har fått pengar frå kommunen til å utvikle nye tenester for unge.', 'nn'],
    ['Eg veit ikkje korleis dei fekk det til, men prosjektet vart ein suksess.', 'nn'],
  ])('tells the language of a short sentence: %s', (text, language) => {
    expect(detect(text)).toBe(language);
  });

  it('falls back, and says it is unsure, when there is too little text', () => {
    expect(detectLanguage('OK', k, 'sv')).toEqual({ language: 'sv', confident: false });
  });
});
