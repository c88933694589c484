import { describe, expect, it } from 'vitest';
import { extractDocument, type DocumentExtraction } from '../../../../importer/extract/extractDocument.js';
import { loadKnowledge } from '../../../../importer/lexicon/loadKnowledge.js';
import type { Language } from '../../../../src/model/index.js';
import { makeDocument } from './makeDocument.js';

const knowledge = loadKnowledge({ curated: false });
const extract = (text: string, language: Language) => extractDocument(makeDocument(text, language), knowledge);
// A legal form's full stop may end the name ("Ltd.").
const key = (x: DocumentExtraction, name: string) =>
  x.entities.find((e) => [e.name, ...e.aliases].some((n) => n === name || n === `${name}.`))?.key;
const relation = (x: DocumentExtraction, source: string, type: string, target: string) =>
  x.relations.find((r) => r.source === key(x, source) && r.target === key(x, target) && r.type === type);
const mechanisms = (x: DocumentExtraction, source: string, type: string, target: string) =>
  x.relations.filter((r) => r.source === key(x, source) && r.target === key(x, target) && r.type === type).map((r) => r.evidence.mechanism);
const between = (x: DocumentExtraction, a: string, b: string) =>
  x.relations.filter((r) => [r.source, r.target].includes(key(x, a)!) && [r.source, r.target].includes(key(x, b)!)).map((r) => r.type);

describe('a title decides what a quoted person is to the body', () => {
  it('nb: a board chair after the speech verb is MEMBER_OF, not WORKS_AT', () => {
    const x = extract('– Vi fikk endelig ro til å planlegge, sier styreleder Ivar Nes i Bygdeverket SA.', 'nb');
    expect(between(x, 'Ivar Nes', 'Bygdeverket SA')).toEqual(['MEMBER_OF']);
  });
  it('da: a co-founder is who founded the company', () => {
    const x = extract('– Det var et kæmpe skridt, siger Mikkel Aagaard, medstifter af Cykelkøkkenet ApS.', 'da');
    expect(between(x, 'Mikkel Aagaard', 'Cykelkøkkenet ApS')).toEqual(['FOUNDED_BY']);
    expect(relation(x, 'Cykelkøkkenet ApS', 'FOUNDED_BY', 'Mikkel Aagaard')).toBeDefined();
  });
  it('en: a founder after "says Name," is a founder', () => {
    const x = extract('“We listen before we build,” says Maya Collins, founder of Harbour Kitchen Ltd.', 'en');
    expect(relation(x, 'Harbour Kitchen Ltd', 'FOUNDED_BY', 'Maya Collins')).toBeDefined();
  });
  it('nb: "gründer og daglig leder i Org" founded it and works there', () => {
    const x = extract('– Vi vokser fortsatt, sier Eivind Tangen, gründer og daglig leder i Sjøbua AS.', 'nb');
    expect(between(x, 'Eivind Tangen', 'Sjøbua AS').sort()).toEqual(['FOUNDED_BY', 'WORKS_AT']);
  });
  it('sv: a staff title after "säger Name," is WORKS_AT', () => {
    const x = extract('– Vi vill växa i lugn takt, säger Lina Ekdahl, verksamhetsledare på Solgården ek. för.', 'sv');
    expect(between(x, 'Lina Ekdahl', 'Solgården ek. för.')).toEqual(['WORKS_AT']);
  });
});

describe('contact lines and bylines', () => {
  it('en: an article may stand before the body after "title at"', () => {
    const x = extract('The report was written by Kirsi Mäkelä, head of research at the Nordic Welfare Centre.', 'en');
    expect(relation(x, 'Kirsi Mäkelä', 'WORKS_AT', 'Nordic Welfare Centre')?.evidence.mechanism).toBe('affiliation:title');
  });
  it('nb: a title before the name, then ", Org"', () => {
    const x = extract('Rådgiver Trond Vikhagen, Innlandet fylkeskommune', 'nb');
    expect(relation(x, 'Trond Vikhagen', 'WORKS_AT', 'Innlandet fylkeskommune')?.evidence.mechanism).toBe('people:titled-contact');
  });
  it('en: a title at the start of the line', () => {
    const x = extract('Programme officer Ruth Baker, Northfield Community Trust', 'en');
    expect(relation(x, 'Ruth Baker', 'WORKS_AT', 'Northfield Community Trust')).toBeDefined();
  });
  it('sv: a dash, the name and the body on a line of its own', () => {
    const x = extract('”Det här har förändrat hur vi arbetar.”\n– Jonas Berglind, Kooperativet Lyktan', 'sv');
    expect(relation(x, 'Jonas Berglind', 'WORKS_AT', 'Kooperativet Lyktan')?.evidence.mechanism).toBe('people:name-org-line');
  });
  it('sv: a board title held elsewhere, the body where one works in brackets', () => {
    const x = extract('Karin Holmberg, ordförande (Riksförbundet Bygdekraft)', 'sv');
    expect(relation(x, 'Karin Holmberg', 'WORKS_AT', 'Bygdekraft')?.evidence.mechanism).toBe('people:title-parenthesis');
  });
  it('a list of people is no contact line, whatever type a name got', () => {
    const x = extract('Ledamöter: Maja Sundin, Tove Berglund AB och Ebba Lind', 'sv');
    expect(relation(x, 'Maja Sundin', 'WORKS_AT', 'Tove Berglund AB')).toBeUndefined();
  });
  it('nb: "A (X) og B (Y)": each person works at the body in their own brackets, not another name of theirs', () => {
    const x = extract('Panelet består av Silje Rønningen (Kompasset Ungdom AS) og Bjørn Lunde (Askøy kommune).', 'nb');
    expect(between(x, 'Silje Rønningen', 'Kompasset Ungdom AS')).toEqual(['WORKS_AT']);
    expect(between(x, 'Bjørn Lunde', 'Askøy kommune')).toEqual(['WORKS_AT']);
    expect(between(x, 'Bjørn Lunde', 'Kompasset Ungdom AS')).toEqual([]);
  });
  it('a name and a place is no workplace', () => {
    const x = extract('– Anna Lindqvist, Stockholm', 'sv');
    expect(x.relations.filter((r) => r.type === 'WORKS_AT')).toEqual([]);
  });
});

describe('roles in running text', () => {
  it('nb: "Name er daglig leder i Org"', () => {
    const x = extract('Marte Dahlstrøm er daglig leder i Kystkjøkkenet AS.', 'nb');
    expect(relation(x, 'Marte Dahlstrøm', 'WORKS_AT', 'Kystkjøkkenet AS')?.evidence.mechanism).toBe('people:role-clause');
  });
  it('da: "Name er formand for Org" is board membership', () => {
    const x = extract('Jonas Friis er formand for Byhaven ApS.', 'da');
    expect(between(x, 'Jonas Friis', 'Byhaven ApS')).toEqual(['MEMBER_OF']);
  });
  it('en: "Name is the executive director of Org"', () => {
    const x = extract('Priya Nair is the executive director of Open Doors Network.', 'en');
    expect(relation(x, 'Priya Nair', 'WORKS_AT', 'Open Doors Network')).toBeDefined();
  });
  it('sv: "Verksamhetsledare är Name" is about the document\'s subject', () => {
    const x = extract('Kooperativet Lyktan driver ett kafé i Gävle. Lyktan anställer tio personer. Verksamhetsledare är Eva Strandberg.', 'sv');
    expect(relation(x, 'Eva Strandberg', 'WORKS_AT', 'Lyktan')?.evidence.mechanism).toBe('people:title-clause+ref');
  });
  it('da: a board title "fra" a body names where the person comes from', () => {
    const x = extract('Som suppleant blev Lene Bruun fra Kaffebaren Lykke ApS valgt.', 'da');
    expect(between(x, 'Lene Bruun', 'Kaffebaren Lykke ApS')).toEqual(['WORKS_AT']);
  });
  it('da: a board title opening the sentence, and a title in brackets, are about the subject', () => {
    const x = extract('Grøn Kurv ApS holdt generalforsamling.\n\nGrøn Kurv ApS har 12 ansatte.\n\nFormand Sofie Krogh fremlagde beretningen. Jens Ravnholt (projektleder) fortalte om året.', 'da');
    expect(relation(x, 'Sofie Krogh', 'MEMBER_OF', 'Grøn Kurv ApS')?.evidence.mechanism).toBe('people:title-subject+ref');
    expect(relation(x, 'Jens Ravnholt', 'WORKS_AT', 'Grøn Kurv ApS')?.evidence.mechanism).toBe('people:title-subject+ref');
  });
  it('a staff title opening the sentence names no body', () => {
    const x = extract('Grøn Kurv ApS holdt generalforsamling.\n\nGrøn Kurv ApS har 12 ansatte.\n\nBorgmester Sofie Krogh holdt tale.', 'da');
    expect(relation(x, 'Sofie Krogh', 'WORKS_AT', 'Grøn Kurv ApS')).toBeUndefined();
  });
  it('sv: "Verksamhetsledare är X, lektor vid Y" leaves X to the apposition, not the subject', () => {
    const x = extract('Föreningen Kvartersverkstan startade 2019. Kvartersverkstan finns i Malmö. Verksamhetsledare är Ali Reza, lektor vid Lunds universitet.', 'sv');
    expect(relation(x, 'Ali Reza', 'WORKS_AT', 'Kvartersverkstan')).toBeUndefined();
  });
  it('nb: "Org har ansatt X som prosjektleder" makes X work at Org', () => {
    const x = extract('Gründerhuset Solstrand AS skal lede prosjektet og har ansatt Kari Lien som prosjektleder fra 1. mars.', 'nb');
    expect(relation(x, 'Kari Lien', 'WORKS_AT', 'Gründerhuset Solstrand AS')?.evidence.mechanism).toBe('people:as-title');
  });
  it('da: "X var ansat som indkøbschef hos Org"', () => {
    const x = extract('Morten Bakke var tidligere ansat som indkøbschef hos Vestbyg A/S.', 'da');
    expect(mechanisms(x, 'Morten Bakke', 'WORKS_AT', 'Vestbyg A/S')).toContain('people:as-title');
  });
  it('sv: a relative "som" is no role', () => {
    const x = extract('Anna Bergström, som länge bott i Umeå, besökte Solgården ek. för. i maj.', 'sv');
    expect(x.relations.filter((r) => r.type === 'WORKS_AT')).toEqual([]);
  });
  it('a person glad of a grant does not work at the grantor', () => {
    const x = extract('Per Holmen er glad for støtten fra Sparebanken Vest.', 'nb');
    expect(between(x, 'Per Holmen', 'Sparebanken Vest')).not.toContain('WORKS_AT');
  });
});

describe('boards named in a clause', () => {
  it('da: "Bestyrelsen består af A (formand), B og C" makes each a member of the subject', () => {
    const x = extract('Grønne Hænder ApS holder generalforsamling i maj. Grønne Hænder ApS har tolv ansatte. Bestyrelsen består af Mette Lunding (formand), Jens Kruse og Ole Bakmann.', 'da');
    for (const p of ['Mette Lunding', 'Jens Kruse', 'Ole Bakmann']) {
      expect(mechanisms(x, p, 'MEMBER_OF', 'Grønne Hænder ApS')).toContain('people:board-clause+ref');
    }
  });
  it('nb: "I styret sitter A, B og C"', () => {
    const x = extract('Fjellbrua SA ble stiftet i 2015. Fjellbrua SA driver et vaskeri. I styret sitter Kari Nilsen, Per Aasen og Ola Bergum.', 'nb');
    for (const p of ['Kari Nilsen', 'Per Aasen', 'Ola Bergum']) expect(relation(x, p, 'MEMBER_OF', 'Fjellbrua SA')).toBeDefined();
  });
  it('da: "valgt til bestyrelsen: A (X), B (Y) og C (foreningen Z)": members of the subject, each working at their body', () => {
    const x = extract('Foreningen Grøn Gaard holdt generalforsamling.\n\nGrøn Gaard har 40 medlemmer.\n\nFølgende blev valgt til bestyrelsen for to år: Lise Krogh (Byhaven ApS), Ole Nørby (Aalborg Kommune) og Per Lund (Foreningen Fællesjord).', 'da');
    for (const p of ['Lise Krogh', 'Ole Nørby', 'Per Lund']) expect(relation(x, p, 'MEMBER_OF', 'Grøn Gaard')).toBeDefined();
    expect(relation(x, 'Lise Krogh', 'WORKS_AT', 'Byhaven ApS')).toBeDefined();
    expect(relation(x, 'Per Lund', 'WORKS_AT', 'Fællesjord')).toBeDefined();
  });
  it('sv: "Name sitter i styrelsen för Org" names the body', () => {
    const x = extract('Sara Lindgren sitter sedan 2020 i styrelsen för Stiftelsen Solrosen.', 'sv');
    expect(relation(x, 'Sara Lindgren', 'MEMBER_OF', 'Stiftelsen Solrosen')?.evidence.mechanism).toBe('people:board-clause');
  });
  it('en: "Name joined the board of Org"', () => {
    const x = extract('In 2021 Tom Pricewell joined the board of Open Kitchens.', 'en');
    expect(relation(x, 'Tom Pricewell', 'MEMBER_OF', 'Open Kitchens')).toBeDefined();
  });
  it('a board that meets names no members', () => {
    const x = extract('Fjellbrua SA driver et vaskeri. Fjellbrua SA har åtte ansatte. Styret møtes fire ganger i året.', 'nb');
    expect(x.relations.filter((r) => r.type === 'MEMBER_OF')).toEqual([]);
  });
});

describe('staff in a clause and role labels', () => {
  it('nb: "fire ansatte: direktør A, rådgiverne B og C" all work at the subject', () => {
    const x = extract('Lysgården AS driver kafé i Skien. Lysgården AS har vokst. Teamet besto av fire ansatte: direktør Eli Brekkan, rådgiverne Ivar Tangvik og Siri Lunde og kokk Tor Haugvik.', 'nb');
    for (const p of ['Eli Brekkan', 'Ivar Tangvik', 'Siri Lunde', 'Tor Haugvik']) {
      expect(relation(x, p, 'WORKS_AT', 'Lysgården AS')?.evidence.mechanism).toBe('people:staff-clause+ref');
    }
  });
  it('staff counted without a colon list no one', () => {
    const x = extract('Lysgården AS driver kafé i Skien. Lysgården AS har ti ansatte og Eli Brekkan som gründer.', 'nb');
    expect(x.relations.filter((r) => r.type === 'WORKS_AT')).toEqual([]);
  });
  it('sv: "Ledamöter: A, B och C" on a line makes each a board member of the subject', () => {
    const x = extract('Stiftelsen Ljusglimt delar ut stipendier.\n\nStiftelsen Ljusglimt grundades 1998.\n\nLedamöter: Maja Sundin, Olle Berglund och Ebba Lind.', 'sv');
    for (const p of ['Maja Sundin', 'Olle Berglund', 'Ebba Lind']) expect(relation(x, p, 'MEMBER_OF', 'Ljusglimt')).toBeDefined();
  });
  it('nb: a body named in the label takes the role, a title after the colon counts', () => {
    const x = extract('Kontaktperson i Skien kommune: Seniorrådgiver Omar Sheikhzadeh', 'nb');
    expect(relation(x, 'Omar Sheikhzadeh', 'WORKS_AT', 'Skien kommune')?.evidence.mechanism).toBe('people:role-label');
  });
  it('a caption is no role label, whatever title follows it', () => {
    const x = extract('Solbakken AS bygger boliger. Solbakken AS har 40 ansatte.\n\nFoto: Professor Randi Haugvik', 'nb');
    expect(x.relations.filter((r) => r.type === 'WORKS_AT')).toEqual([]);
  });
  it('a label that is no title relates no one', () => {
    const x = extract('Stiftelsen Ljusglimt delar ut stipendier. Stiftelsen Ljusglimt grundades 1998.\n\nKontakt: Maja Sundin', 'sv');
    expect(x.relations.filter((r) => r.type === 'WORKS_AT' || r.type === 'MEMBER_OF')).toEqual([]);
  });
});
