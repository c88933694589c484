import { describe, expect, it } from 'vitest';
import { extractDocument, type DocumentExtraction } from '../../../../importer/extract/extractDocument.js';
import { loadKnowledge } from '../../../../importer/lexicon/loadKnowledge.js';
import type { Language } from '../../../../src/model/index.js';
import { makeDocument } from './makeDocument.js';

// Loaded once for the file (the first load reads the hunspell dictionaries).
const knowledge = loadKnowledge({ curated: false });
const extract = (text: string, language: Language) => extractDocument(makeDocument(text, language), knowledge);
const entity = (x: DocumentExtraction, name: string) => x.entities.find((e) => e.name === name || e.aliases.includes(name));
const typeOf = (x: DocumentExtraction, name: string) => entity(x, name)?.type;
const relation = (x: DocumentExtraction, source: string, type: string, target: string) =>
  x.relations.some((r) => r.source === entity(x, source)?.key && r.target === entity(x, target)?.key && r.type === type);

describe('extractDocument in Swedish', () => {
  const x = extract(
    'Föreningen Gröna Gården grundades av Maria Lund i Uppsala 2010. Föreningen driver projektet Odla Tillsammans. ' +
      'Projektet finansieras av Stiftelsen Framtidsfrön och samarbetar med Uppsala kommun.',
    'sv',
  );
  it('finds names after cue nouns and types them from the cue', () => {
    expect(typeOf(x, 'Gröna Gården')).toBe('Organisation');
    expect(typeOf(x, 'Odla Tillsammans')).toBe('Programme');
    expect(typeOf(x, 'Maria Lund')).toBe('Person');
    expect(typeOf(x, 'Uppsala kommun')).toBe('Organisation');
  });
  it('reads founding, place of founding, and a back-referring cue noun', () => {
    expect(relation(x, 'Gröna Gården', 'FOUNDED_BY', 'Maria Lund')).toBe(true);
    expect(relation(x, 'Gröna Gården', 'LOCATED_IN', 'Uppsala')).toBe(true);
    expect(relation(x, 'Gröna Gården', 'RUNS', 'Odla Tillsammans')).toBe(true);
    // Capitalised mid-sentence, the cue noun is part of the name.
    expect(relation(x, 'Odla Tillsammans', 'FUNDED_BY', 'Stiftelsen Framtidsfrön')).toBe(true);
  });
  it('does not take sentence-initial common words for names', () => {
    expect(entity(x, 'Föreningen')).toBeUndefined();
    expect(entity(x, 'Projektet')).toBeUndefined();
  });
});

describe('extractDocument in Danish', () => {
  const x = extract(
    'Der er indgået et partnerskab mellem Kræftens Bekæmpelse, Novo Nordisk Fonden og Odense Kommune. ' +
      'Arrangementet “Sund By Dag” blev afholdt i Odense og arrangeret af Kræftens Bekæmpelse.',
    'da',
  );
  it('gives every pair of a coordinated list a partnership', () => {
    expect(relation(x, 'Kræftens Bekæmpelse', 'PARTNERS_WITH', 'Novo Nordisk Fonden')).toBe(true);
    expect(relation(x, 'Kræftens Bekæmpelse', 'PARTNERS_WITH', 'Odense Kommune')).toBe(true);
    expect(relation(x, 'Novo Nordisk Fonden', 'PARTNERS_WITH', 'Odense Kommune')).toBe(true);
  });
  it('reads a quoted event name after its cue noun, where it was held and who organised it', () => {
    expect(typeOf(x, 'Sund By Dag')).toBe('Event');
    expect(relation(x, 'Sund By Dag', 'LOCATED_IN', 'Odense')).toBe(true);
    expect(relation(x, 'Sund By Dag', 'ORGANISED_BY', 'Kræftens Bekæmpelse')).toBe(true);
  });
});

describe('extractDocument in Norwegian', () => {
  const x = extract(
    'Prosjektet ble støttet av tilskuddsordningen grønt skifte i distriktene som Innlandet fylkeskommune forvalter. ' +
      '– Dette er viktig, sier Kari Nordmann, rådgiver i Innlandet fylkeskommune. ' +
      'Senter for bærekraftig landbruk ved Høgskolen i Innlandet deltar også.',
    'nb',
  );
  it('finds a lower-case funding scheme after its cue noun, up to a preposition', () => {
    expect(x.entities.some((e) => e.type === 'Funding' && e.name.startsWith('tilskuddsordningen grønt skifte'))).toBe(true);
  });
  it('ties a quoted speaker to the organisation named after their title', () => {
    expect(typeOf(x, 'Kari Nordmann')).toBe('Person');
    expect(relation(x, 'Kari Nordmann', 'WORKS_AT', 'Innlandet fylkeskommune')).toBe(true);
  });
  it('makes a centre at a college part of it', () => {
    expect(entity(x, 'Høgskolen i Innlandet')).toBeDefined();
    expect(relation(x, 'Senter for bærekraftig landbruk', 'PART_OF', 'Høgskolen i Innlandet')).toBe(true);
  });
});

describe('extractDocument in English', () => {
  const text =
    'The Green Light Fund, a £5 million fund managed by Bright Futures Trust, backs social enterprises. ' +
    'Jane Doe (Bright Futures Trust & Leeds Beckett University) chairs its panel. ' +
    'The fund was launched at the Northern Impact Summit in Leeds. Smith said the Summit was a success.';
  const x = extract(text, 'en');
  it('types names by their head word', () => {
    expect(typeOf(x, 'Green Light Fund')).toBe('Funding');
    expect(typeOf(x, 'Northern Impact Summit')).toBe('Event');
    expect(typeOf(x, 'Bright Futures Trust')).toBe('Organisation');
  });
  it('reads passive triggers, parenthetical affiliations and an event held in a city', () => {
    expect(relation(x, 'Bright Futures Trust', 'RUNS', 'Green Light Fund')).toBe(true);
    expect(relation(x, 'Jane Doe', 'WORKS_AT', 'Bright Futures Trust')).toBe(true);
    expect(relation(x, 'Jane Doe', 'WORKS_AT', 'Leeds Beckett University')).toBe(true);
    expect(relation(x, 'Northern Impact Summit', 'LOCATED_IN', 'Leeds')).toBe(true);
  });
  it('keeps co-occurrence without a stated relation apart from relations', () => {
    const summit = entity(x, 'Northern Impact Summit')!.key;
    const trust = entity(x, 'Bright Futures Trust')!.key;
    expect(x.relations.some((r) => [r.source, r.target].includes(summit) && [r.source, r.target].includes(trust))).toBe(false);
  });
  it('gives each relation its sentence as evidence with exact offsets', () => {
    expect(x.relations.length).toBeGreaterThan(0);
    for (const r of x.relations) {
      expect(r.evidence.documentId).toBe('doc');
      expect(text.slice(r.evidence.start, r.evidence.end)).toBe(r.evidence.sentence);
      expect(r.confidence).toBeGreaterThan(0);
    }
  });
});

describe('extractDocument on phrasings of unseen pages', () => {
  const nb = extract(
    'Fjordlaget SA, et sosialt entreprenørskap med sete i Bodø, har fått 2 millioner kroner fra Kystløftet. ' +
      'Fjordlaget ble grunnlagt i 2019 av biolog Kari Nilsen og fisker Per-Arne Olsen. ' +
      '– Det gir oss ro, sier Kari Nilsen, daglig leder i Fjordlaget. ' +
      'Fjordlaget samarbeider med Nordlands sykehøgskole om forskningen.',
    'nb',
  );
  it('takes a name without its legal form for the same entity', () => {
    expect(entity(nb, 'Fjordlaget')?.name).toBe('Fjordlaget SA');
    expect(relation(nb, 'Kari Nilsen', 'WORKS_AT', 'Fjordlaget SA')).toBe(true);
  });
  it('reads a seat, money from a funder, and founders listed with their occupations', () => {
    expect(relation(nb, 'Fjordlaget SA', 'LOCATED_IN', 'Bodø')).toBe(true);
    expect(relation(nb, 'Fjordlaget SA', 'FUNDED_BY', 'Kystløftet')).toBe(true);
    expect(relation(nb, 'Fjordlaget SA', 'FOUNDED_BY', 'Kari Nilsen')).toBe(true);
    expect(typeOf(nb, 'Per-Arne Olsen')).toBe('Person');
    expect(relation(nb, 'Fjordlaget SA', 'FOUNDED_BY', 'Per-Arne Olsen')).toBe(true);
  });
  it('keeps a lower-case word with a name ending in the name', () => {
    expect(relation(nb, 'Fjordlaget SA', 'COLLABORATES_WITH', 'Nordlands sykehøgskole')).toBe(true);
  });
  const sv = extract(
    'Lunds universitet, Lunds kommun och kooperativet Väverskan har inlett ett treårigt samarbete. ' +
      'Mässan Hållbart Nu arrangeras av Region Halland i Varberg.',
    'sv',
  );
  it('relates every pair of a list that started a collaboration', () => {
    expect(relation(sv, 'Lunds universitet', 'COLLABORATES_WITH', 'Lunds kommun')).toBe(true);
    expect(relation(sv, 'Lunds kommun', 'COLLABORATES_WITH', 'Väverskan')).toBe(true);
  });
  it('keeps a capitalised cue noun in the name and stops the name before a place', () => {
    expect(relation(sv, 'Hållbart Nu', 'ORGANISED_BY', 'Region Halland')).toBe(true);
    expect(entity(sv, 'Region Halland i Varberg')).toBeUndefined();
  });
  const en = extract(
    'The pilot is run by the Northern Centre for Research (Norfor) and the Tarevo Kitchen cooperative. ' +
      'Norfor funds the training, and Tarevo opened a second canteen. Ashoka Nordic is part of Ashoka.',
    'en',
  );
  it('takes a name in parentheses after another for its other name', () => {
    expect(entity(en, 'Norfor')?.name).toBe('Northern Centre for Research');
  });
  it('takes a short name for the one longer name it begins, but not a branch for its parent', () => {
    expect(entity(en, 'Tarevo')?.name).toBe('Tarevo Kitchen');
    expect(entity(en, 'Ashoka')?.name).toBe('Ashoka');
    expect(entity(en, 'Ashoka Nordic')?.name).toBe('Ashoka Nordic');
  });
  const launch = extract(
    'Northport University (NU) and the social enterprise Tarevo Kitchen have launched Step Up Works, a pilot for newcomers. ' +
      'Tarevo Kitchen received a grant of SEK 2 million from the Harbour Community Fund. ' +
      'The Latvian partner works on it together with two networks: Baltnet and Kystnett.',
    'en',
  );
  it('reads a list across a parenthesised acronym and a described item', () => {
    expect(relation(launch, 'Northport University', 'RUNS', 'Step Up Works')).toBe(true);
    expect(relation(launch, 'Tarevo Kitchen', 'RUNS', 'Step Up Works')).toBe(true);
  });
  it('reads money from a funder after an amount, which names nothing itself', () => {
    expect(relation(launch, 'Tarevo Kitchen', 'FUNDED_BY', 'Harbour Community Fund')).toBe(true);
    expect(entity(launch, 'SEK')).toBeUndefined();
    expect(entity(launch, 'Latvian')).toBeUndefined();
  });
  const people = extract(
    'The forum closed with the launch of the Baltnet Alliance (BNA), whose founding members are Kystnett, Tarevo Kitchen and Fjordverk AS. ' +
      'A panel brought together Anna Berg from the City of Northport and Omar Haddad of Kystnett. ' +
      'Media enquiries: Sara Holm, Communications Manager, Tarevo Kitchen',
    'en',
  );
  it('reads the members a network lists', () => {
    expect(relation(people, 'Kystnett', 'MEMBER_OF', 'Baltnet Alliance')).toBe(true);
    expect(relation(people, 'Fjordverk AS', 'MEMBER_OF', 'Baltnet Alliance')).toBe(true);
  });
  it('reads where people work from "from the", "of" and a contact line', () => {
    expect(relation(people, 'Anna Berg', 'WORKS_AT', 'City of Northport')).toBe(true);
    expect(relation(people, 'Omar Haddad', 'WORKS_AT', 'Kystnett')).toBe(true);
    expect(relation(people, 'Sara Holm', 'WORKS_AT', 'Tarevo Kitchen')).toBe(true);
  });
  const da = extract('Det Grønne Fællesskab har hjemsted i Aalborg. Det Grønne Fællesskabs formand, Mette Holm, er glad.', 'da');
  it('reads a seat and a title held at an owner in the genitive', () => {
    expect(relation(da, 'Grønne Fællesskab', 'LOCATED_IN', 'Aalborg')).toBe(true);
    // A board chair is a member of the body's board, not its staff.
    expect(relation(da, 'Mette Holm', 'MEMBER_OF', 'Grønne Fællesskab')).toBe(true);
  });
  const names = extract(
    'Familjen Lindqvists stiftelse beviljar 2 miljoner kronor till forskningsprojektet Tystnadens karta. ' +
      'Projektet drivs av Institutionen för socialt arbete vid Mittuniversitetet, och resultaten presenteras på ' +
      'Västnordisk välfärdskonferens 2026. Butiken Sax & Nål deltar också.',
    'sv',
  );
  it('reads names in sentence case: a genitive before a cue noun, a programme after its cue, an institution', () => {
    expect(typeOf(names, 'Familjen Lindqvists stiftelse')).toBe('Organisation');
    expect(relation(names, 'Tystnadens karta', 'FUNDED_BY', 'Familjen Lindqvists stiftelse')).toBe(true);
    expect(relation(names, 'Institutionen för socialt arbete', 'RUNS', 'Tystnadens karta')).toBe(true);
    expect(typeOf(names, 'Västnordisk välfärdskonferens')).toBe('Event');
    expect(entity(names, 'Sax & Nål')).toBeDefined();
  });
  const persons = extract(
    'Ilze Zarina, who founded the bakery Maizu Darbs, spoke first. Marja-Liisa Vuori, Programme Director, leads the team. ' +
      'The panel heard Heikki Rautio of Arvoliitto and The State of Social Enterprise was launched.',
    'en',
  );
  it('types people from "who", a title in title case and a double given name, and ends a person before "of"', () => {
    expect(typeOf(persons, 'Ilze Zarina')).toBe('Person');
    expect(typeOf(persons, 'Marja-Liisa Vuori')).toBe('Person');
    expect(typeOf(persons, 'Heikki Rautio')).toBe('Person');
    expect(relation(persons, 'Heikki Rautio', 'WORKS_AT', 'Arvoliitto')).toBe(true);
    expect(entity(persons, 'The State of Social Enterprise')).toBeDefined();
  });
  const repeated = extract(
    'Kommunen driver projektet Gröna händer i stan. Läs mer om Gröna händer i stan. Returlabbet startar i höst.',
    'sv',
  );
  it('takes lower-case words repeated after a name every time it appears as part of it', () => {
    expect(entity(repeated, 'Gröna händer i stan')).toBeDefined();
    expect(entity(repeated, 'Gröna')).toBeUndefined();
  });
  const listed = extract('Aarhus Kommune driver programmet i samarbejde med Aarhus Universitet (AU) og Erhvervshus Midt.', 'da');
  it('reads a list past an item whose other name stands in parentheses', () => {
    expect(relation(listed, 'Aarhus Kommune', 'COLLABORATES_WITH', 'Aarhus Universitet')).toBe(true);
    expect(relation(listed, 'Aarhus Kommune', 'COLLABORATES_WITH', 'Erhvervshus Midt')).toBe(true);
  });
  const owners = extract(
    "The pilot is funded by the European Commission's Single Market Programme. Latvia's ministry joined. " +
      'The report (PDF, 2.4 MB) is shared on LinkedIn. Dr Inese Kalnina leads it.',
    'en',
  );
  it("ends an owner at its genitive, keeps formats, units and platforms out, and drops 'Dr' from a name", () => {
    expect(entity(owners, 'European Commission')).toBeDefined();
    expect(entity(owners, 'Single Market Programme')).toBeDefined();
    expect(entity(owners, "Latvia's")).toBeUndefined();
    for (const noise of ['PDF', 'MB', 'LinkedIn']) expect(entity(owners, noise)).toBeUndefined();
    expect(typeOf(owners, 'Inese Kalnina')).toBe('Person');
  });
  const called = extract(
    'Kaffe Fabrikken ApS er en socialøkonomisk virksomhed i Odense. Virksomheden fik i 2023 en bevilling fra Velux Fonden. ' +
      'Virksomheden er medlem af Netværk for Socialøkonomi.',
    'da',
  );
  it('takes "virksomheden" for the entity the text called a virksomhed, not the latest organisation named', () => {
    expect(relation(called, 'Kaffe Fabrikken ApS', 'FUNDED_BY', 'Velux Fonden')).toBe(true);
    expect(relation(called, 'Kaffe Fabrikken ApS', 'MEMBER_OF', 'Netværk for Socialøkonomi')).toBe(true);
    expect(relation(called, 'Velux Fonden', 'MEMBER_OF', 'Netværk for Socialøkonomi')).toBe(false);
  });
  const named = extract('Prosjektet har fått navnet Grønt arbeid i fjellbygdene (GAF) og ledes fra Nord universitet.', 'nb');
  it('takes a name given after a naming word to the end of its phrase', () => {
    expect(entity(named, 'Grønt arbeid i fjellbygdene')).toBeDefined();
    expect(entity(named, 'GAF')?.name).toBe('Grønt arbeid i fjellbygdene');
  });
});

