import { describe, expect, it } from 'vitest';
import { extractDocument, type DocumentExtraction } from '../../../../importer/extract/extractDocument.js';
import { loadKnowledge } from '../../../../importer/lexicon/loadKnowledge.js';
import type { Language } from '../../../../src/model/index.js';
import { makeDocument } from './makeDocument.js';

// Loaded once for the file (the first load reads the hunspell dictionaries).
const knowledge = loadKnowledge({ curated: false });
const extract = (text: string, language: Language) => extractDocument(makeDocument(text, language), knowledge);
const names = (x: DocumentExtraction) => x.entities.flatMap((e) => [e.name, ...e.aliases]);
const typeOf = (x: DocumentExtraction, name: string) => x.entities.find((e) => e.name === name || e.aliases.includes(name))?.type;

describe('legal forms close a company name', () => {
  it('keeps a Danish A/S and I/S whole (da)', () => {
    const x = extract('Lejet af Havnebryg A/S og Tømrerlauget I/S blev forlænget i år. Kantinen drives nu af Havnebryg A/S.', 'da');
    expect(names(x)).toContain('Havnebryg A/S');
    expect(names(x)).toContain('Tømrerlauget I/S');
    expect(names(x)).not.toContain('Havnebryg A');
  });
  it('keeps a lower-case Swedish form and groups the name without it (sv)', () => {
    const x = extract('Arbetet leds av Björkhagens Tvätteri ek. för. i Mora. Under våren anställde Björkhagens Tvätteri två personer.', 'sv');
    expect(names(x)).toContain('Björkhagens Tvätteri ek. för.');
    expect(x.entities.filter((e) => [e.name, ...e.aliases].some((n) => n.startsWith('Björkhagens Tvätteri')))).toHaveLength(1);
  });
  it('joins an ampersand when a legal form ends what follows it (nb, en)', () => {
    const nb = extract('Revisjonen ble utført av Dahl & Strøm Revisjon AS i Hamar.', 'nb');
    expect(names(nb)).toContain('Dahl & Strøm Revisjon AS');
    const en = extract('Legal advice came from Pereira & Quist Solicitors Ltd and the Harbour Trust.', 'en');
    expect(names(en)).toContain('Pereira & Quist Solicitors Ltd');
    expect(typeOf(en, 'Pereira & Quist Solicitors Ltd')).toBe('Organisation');
  });
  it('takes "& Co." inside a name but lists two companies that each have a form (en, sv)', () => {
    const en = extract('The bakery was bought by Lund & Co. Provisions last spring.', 'en');
    expect(names(en)).toContain('Lund & Co. Provisions');
    const sv = extract('Avtalet tecknades med Norrskog AB & Fjällmat AB förra året.', 'sv');
    expect(names(sv)).toContain('Norrskog AB');
    expect(names(sv)).toContain('Fjällmat AB');
  });
  it('does not take a lower-case English word for a form', () => {
    const x = extract('The board appointed Halden Moss as treasurer in May.', 'en');
    expect(names(x).some((n) => n.includes(' as'))).toBe(false);
  });
});
