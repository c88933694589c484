import { describe, expect, it } from 'vitest';
import type { Language } from '../../../../src/model/index.js';
import { segmentDocument } from '../../../../importer/segment/segmentDocument.js';
import type { ReadDocument } from '../../../../importer/types.js';

const doc = (text: string, language: Language): ReadDocument => ({
  id: 't', path: 't.txt', title: 't', language, source: null, date: null, contentHash: '', text, diagnostics: [], fatal: false,
});
const sentences = (text: string, language: Language) => {
  const s = segmentDocument(doc(text, language));
  for (const x of s.sentences) {
    expect(text.slice(x.start, x.end)).toBe(x.text);
    for (const t of x.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  }
  return s.sentences.map((x) => x.text);
};

describe('segmentDocument: sentences', () => {
  it('Swedish: abbreviations, ordinal dates and decimals do not end a sentence', () => {
    expect(sentences('Kooperativet får bl.a. Växjö kommun som partner. Mötet hölls den 16. juni, t.ex. med ca. 40 deltagare. Version 2.5 kom i år.', 'sv')).toEqual([
      'Kooperativet får bl.a. Växjö kommun som partner.',
      'Mötet hölls den 16. juni, t.ex. med ca. 40 deltagare.',
      'Version 2.5 kom i år.',
    ]);
  });

  it('Danish: "f.eks." and a title before a name, then a real boundary', () => {
    expect(sentences('Fonden støtter f.eks. Odense Bylaug. Dr. Mette Lund leder arbejdet. Det starter i marts.', 'da')).toEqual([
      'Fonden støtter f.eks. Odense Bylaug.',
      'Dr. Mette Lund leder arbejdet.',
      'Det starter i marts.',
    ]);
  });

  it('Norwegian: initials in names, ellipses and quotes', () => {
    expect(sentences('Prosjektet ledes av Kari T. Berg. Vent litt … Det var ikke alt! «Vi er i gang.» Så gikk hun.', 'nb')).toEqual([
      'Prosjektet ledes av Kari T. Berg.',
      'Vent litt … Det var ikke alt!',
      '«Vi er i gang.»',
      'Så gikk hun.',
    ]);
  });

  it('English: e.g. and Mr. before capitals, URLs with dots', () => {
    expect(sentences('Partners, e.g. Harbour Trust, joined. Mr. Okafor spoke. Read more at www.example.org/news. The end.', 'en')).toEqual([
      'Partners, e.g. Harbour Trust, joined.',
      'Mr. Okafor spoke.',
      'Read more at www.example.org/news.',
      'The end.',
    ]);
  });

  it('headings and list lines are sentences of their own, without their list markers', () => {
    const text = 'Resultat fra piloten\n\nDet viser at:\na) Ledere blir partnere\nb) Kommunen deltar\n– Frivillige bidrar\n• Alle lærer\n1. Neste trinn';
    expect(sentences(text, 'nb')).toEqual([
      'Resultat fra piloten',
      'Det viser at:',
      'Ledere blir partnere',
      'Kommunen deltar',
      'Frivillige bidrar',
      'Alle lærer',
      'Neste trinn',
    ]);
  });

  it('a line starting with an ordinal date is not a list item', () => {
    expect(sentences('16. juni møttes aktørene i Tromsø.', 'nb')).toEqual(['16. juni møttes aktørene i Tromsø.']);
  });

  it('joins the lines of hard-wrapped text back into sentences', () => {
    const text = [
      'Andelsforeningen Solgården i Esbjerg har sammen med kommunen startet et',
      'projekt om fælles solceller på tagene. Projektet løber i tre år og får',
      'støtte fra en lokal fond, der også hjælper andre foreninger i byen med at',
      'komme i gang med grøn omstilling af boligerne.',
      '',
      'Næste møde',
      '',
      'Mødet holdes i foreningens lokaler i den kommende måned for alle beboere.',
    ].join('\n');
    expect(sentences(text, 'da')).toEqual([
      'Andelsforeningen Solgården i Esbjerg har sammen med kommunen startet et\nprojekt om fælles solceller på tagene.',
      'Projektet løber i tre år og får\nstøtte fra en lokal fond, der også hjælper andre foreninger i byen med at\nkomme i gang med grøn omstilling af boligerne.',
      'Næste møde',
      'Mødet holdes i foreningens lokaler i den kommende måned for alle beboere.',
    ]);
  });
});

describe('segmentDocument: tokens', () => {
  const tokens = (text: string) => segmentDocument(doc(text, 'sv')).sentences.flatMap((s) => s.tokens.map((t) => t.text));

  it('keeps hyphenated names, numbers with dots, genitives and URLs whole, and punctuation apart', () => {
    expect(tokens('Högskolan i Norr-Väst (HNV) fick 3.600 kr av EU:s fond, se https://example.se/a-b. Klart!')).toEqual([
      'Högskolan', 'i', 'Norr-Väst', '(', 'HNV', ')', 'fick', '3.600', 'kr', 'av', 'EU:s', 'fond', ',', 'se', 'https://example.se/a-b', '.',
      'Klart', '!',
    ]);
  });

  it('gives exact UTF-16 offsets even after characters outside the basic plane', () => {
    const text = 'Gruppen 🌱 Gröna Händer träffas i Umeå.';
    const s = segmentDocument(doc(text, 'sv')).sentences[0]!;
    const grona = s.tokens.find((t) => t.text === 'Gröna')!;
    expect(text.slice(grona.start, grona.end)).toBe('Gröna');
    expect(grona.start).toBe(text.indexOf('Gröna'));
  });
});
