/** Frames over clauses and document context, per language, on sentences written for these tests. */
import { describe, expect, it } from 'vitest';
import { extractDocument, type DocumentExtraction } from '../../../../importer/extract/extractDocument.js';
import { loadKnowledge } from '../../../../importer/lexicon/loadKnowledge.js';
import { segmentDocument } from '../../../../importer/segment/segmentDocument.js';
import type { Language } from '../../../../src/model/index.js';

const knowledge = loadKnowledge({ curated: false });
const extract = (title: string, text: string, language: Language) =>
  extractDocument(
    segmentDocument({ id: 'doc', path: 'doc.txt', title, language, source: null, date: null, contentHash: 'doc', text: `${title}\n\n${text}`, diagnostics: [], fatal: false }),
    knowledge,
  );
const key = (x: DocumentExtraction, name: string) => x.entities.find((e) => e.name === name || e.aliases.includes(name))?.key;
const has = (x: DocumentExtraction, source: string, type: string, target: string) =>
  x.relations.some((r) => r.source === key(x, source) && r.target === key(x, target) && r.type === type);
const between = (x: DocumentExtraction, a: string, b: string) =>
  x.relations.filter((r) => (r.source === key(x, a) && r.target === key(x, b)) || (r.source === key(x, b) && r.target === key(x, a)));
const mechanismOf = (x: DocumentExtraction, source: string, type: string, target: string) =>
  x.relations.find((r) => r.source === key(x, source) && r.target === key(x, target) && r.type === type)?.evidence.mechanism;

describe('the initiative frame', () => {
  it('sv: the members of a named collaboration take part in it, and a coordinated verb phrase keeps its subject', () => {
    const x = extract(
      'Nytt stöd för unga entreprenörer i Luleå',
      'Projektet Gröna Steg är ett samarbete mellan Föreningen Hjälpande Händer, Luleå kommun och Stiftelsen Ljuspunkten, och finansieras delvis av Allmänna arvsfonden.',
      'sv',
    );
    for (const member of ['Föreningen Hjälpande Händer', 'Luleå kommun', 'Stiftelsen Ljuspunkten']) expect(has(x, member, 'PARTICIPATES_IN', 'Gröna Steg')).toBe(true);
    expect(has(x, 'Gröna Steg', 'FUNDED_BY', 'Allmänna arvsfonden')).toBe(true);
    expect(mechanismOf(x, 'Gröna Steg', 'FUNDED_BY', 'Allmänna arvsfonden')).toBe('clause:coordinated');
    expect(between(x, 'Föreningen Hjälpande Händer', 'Luleå kommun')).toEqual([]);
    expect(has(x, 'Stiftelsen Ljuspunkten', 'FUNDED_BY', 'Allmänna arvsfonden')).toBe(false);
  });

  it('da: a sentence opening with the cue noun of the page’s subject names the initiative', () => {
    const x = extract(
      'Madbroen åbner i Vejle',
      'Madbroen er et nyt projekt for unge ledige i Vejle. Madbroen begynder til marts.\n\nProjektet er et samarbejde mellem Vejle Kommune, Café Solsikken ApS og Foreningen Fælles Bord, og er støttet af Trygfonden.',
      'da',
    );
    expect(has(x, 'Vejle Kommune', 'PARTICIPATES_IN', 'Madbroen')).toBe(true);
    expect(has(x, 'Madbroen', 'FUNDED_BY', 'Trygfonden')).toBe(true);
    expect(between(x, 'Vejle Kommune', 'Foreningen Fælles Bord')).toEqual([]);
  });

  it('sv: an actor working with a named project takes part in it', () => {
    const x = extract('Projektet Lånebron', 'Projektet Lånebron hjälper sociala företag att söka lån. Projektet Lånebron genomförs i samarbete med Göteborgs universitet och Föreningen Kvarnen.', 'sv');
    expect(has(x, 'Göteborgs universitet', 'PARTICIPATES_IN', 'Lånebron')).toBe(true);
    expect(between(x, 'Göteborgs universitet', 'Lånebron').map((r) => r.type)).toEqual(['PARTICIPATES_IN']);
  });

  it('nb: without a named initiative, a partnership between actors stays pairwise', () => {
    const x = extract(
      'Ny avtale i Bodø',
      'Bodø kommune har inngått et samarbeid med Stiftelsen Nordlys og Kafé Havblikk AS om arbeidstrening for unge.',
      'nb',
    );
    expect(between(x, 'Bodø kommune', 'Stiftelsen Nordlys').map((r) => r.type)).toEqual(['COLLABORATES_WITH']);
    expect(between(x, 'Stiftelsen Nordlys', 'Kafé Havblikk AS')).toEqual([]);
  });
});

describe('list frames under a heading', () => {
  it('en: partners of a programme take part in it, funders fund it', () => {
    const x = extract(
      'Harbour Makers Programme',
      'The Harbour Makers Programme helps young people on the coast start social enterprises. The Harbour Makers Programme runs for two years.\n\n' +
        'Partners\nTromsø Maritime Centre\nArctic Youth Foundation\n\nFunded by\n• Northern Coast Trust\n• Barents Fund',
      'en',
    );
    expect(has(x, 'Tromsø Maritime Centre', 'PARTICIPATES_IN', 'Harbour Makers Programme')).toBe(true);
    expect(has(x, 'Arctic Youth Foundation', 'PARTICIPATES_IN', 'Harbour Makers Programme')).toBe(true);
    expect(has(x, 'Harbour Makers Programme', 'FUNDED_BY', 'Northern Coast Trust')).toBe(true);
    expect(has(x, 'Harbour Makers Programme', 'FUNDED_BY', 'Barents Fund')).toBe(true);
    expect(mechanismOf(x, 'Harbour Makers Programme', 'FUNDED_BY', 'Barents Fund')).toBe('frame:list-funders');
  });

  it('sv: an inline heading list relates each item to the organisation the page is about', () => {
    const x = extract(
      'Om Kooperativet Vävstolen',
      'Kooperativet Vävstolen driver en textilverkstad i Borås. Kooperativet Vävstolen har tolv anställda.\n\nSamarbetspartners: Borås stad, Textilhögskolan och Föreningen Tråden',
      'sv',
    );
    for (const partner of ['Borås stad', 'Textilhögskolan', 'Föreningen Tråden']) expect(between(x, 'Vävstolen', partner).map((r) => r.type)).toEqual(['PARTNERS_WITH']);
  });

  it('en and sv: a sentence naming the list with a copula relates its items', () => {
    const en = extract('About Birch Impact Capital', 'Birch Impact Capital invests in social enterprises. Our investors are the Lindgren Family Office, Fjord Pension and the Aurora Foundation.', 'en');
    for (const investor of ['Lindgren Family Office', 'Fjord Pension', 'Aurora Foundation']) expect(has(en, 'Birch Impact Capital', 'FUNDED_BY', investor)).toBe(true);
    const sv = extract('Om Kapitalkooperativet Lunden', 'Kapitalkooperativet Lunden ek. för. ger lån till sociala företag. Investerare i den nya garantifonden är Folksam, Stiftelsen Kooperativa Framtidsfonden och Riksbyggen.', 'sv');
    expect(has(sv, 'Lunden ek. för.', 'FUNDED_BY', 'Riksbyggen')).toBe(true);
  });

  it('does not read a sentence that merely starts with a heading word as a heading', () => {
    const x = extract(
      'Om Kooperativet Vävstolen',
      'Kooperativet Vävstolen driver en textilverkstad i Borås.\n\nPartners och vänner träffas varje år i Borås, senast med Föreningen Tråden.',
      'sv',
    );
    expect(between(x, 'Vävstolen', 'Föreningen Tråden')).toEqual([]);
  });
});

describe('the document subject', () => {
  it('sv: "vi" outside a quote is the page’s subject; inside a quote it is not', () => {
    const x = extract(
      'Stiftelsen Morgondagen',
      'Stiftelsen Morgondagen stöttar sociala företag i Dalarna. Vi samarbetar med Region Dalarna.\n\n– Vi samarbetar med Falu kommun, säger Eva Berg, ordförande i Föreningen Bergslagsbygd.',
      'sv',
    );
    expect(between(x, 'Morgondagen', 'Region Dalarna').map((r) => r.type)).toEqual(['COLLABORATES_WITH']);
    expect(between(x, 'Morgondagen', 'Falu kommun')).toEqual([]);
  });
});

describe('the money frame', () => {
  it('sv: a funder’s page gives its grants to the actors an amount goes to or that receive one', () => {
    const x = extract(
      'Stiftelsen Solbacken delar ut 12 miljoner kronor',
      'Stiftelsen Solbacken stöttar sociala företag i Värmland. Den största summan på 4 miljoner kronor går till Föreningen Kvarnhjulet i Karlstad.\n\n• Kooperativet Bikupan ek. för. i Arvika, som får 1,2 miljoner kronor till en ny verkstad',
      'sv',
    );
    expect(has(x, 'Föreningen Kvarnhjulet', 'FUNDED_BY', 'Solbacken')).toBe(true);
    expect(has(x, 'Bikupan ek. för.', 'FUNDED_BY', 'Solbacken')).toBe(true);
    expect(mechanismOf(x, 'Föreningen Kvarnhjulet', 'FUNDED_BY', 'Solbacken')).toBe('frame:money-recipient+ref');
  });

  it('da: amounts from several givers fund the receiver named before them', () => {
    const x = extract(
      'Nyt værksted i Vordingborg',
      'I 2023 fik Remisen ApS 850.000 kr. fra Sparekassen Sjælland-Fyns Fond og 400.000 kr. fra Vordingborg Kommune til en ny lakeringshal.',
      'da',
    );
    expect(has(x, 'Remisen ApS', 'FUNDED_BY', 'Sparekassen Sjælland-Fyns Fond')).toBe(true);
    expect(has(x, 'Remisen ApS', 'FUNDED_BY', 'Vordingborg Kommune')).toBe(true);
  });

  it('en: a sign before the number is an amount too', () => {
    const x = extract('Harbour Makers', 'Harbour Makers Ltd runs a repair cafe in Bergen. Last year Harbour Makers Ltd was given €200,000 from the Fjord Coast Foundation.', 'en');
    expect(has(x, 'Harbour Makers Ltd', 'FUNDED_BY', 'Fjord Coast Foundation')).toBe(true);
  });
});

describe('the part-of frame', () => {
  it('da: an agency under its ministry', () => {
    const x = extract('Ny styregruppe', 'Styregruppen har repræsentanter for Styrelsen for Arbejdsmarked og Rekruttering under Beskæftigelsesministeriet og for Kolding Kommune.', 'da');
    expect(has(x, 'Styrelsen for Arbejdsmarked og Rekruttering', 'PART_OF', 'Beskæftigelsesministeriet')).toBe(true);
  });

  it('en: a unit noun in an apposition names the whole', () => {
    const x = extract('New funding', 'Nordic Innovation, an organisation under the Nordic Council of Ministers, contributes NOK 9 million.', 'en');
    expect(has(x, 'Nordic Innovation', 'PART_OF', 'Nordic Council of Ministers')).toBe(true);
  });

  it('en: an owner in the genitive over its subsidiaries', () => {
    const x = extract('Annual report', "Staff from Brightwater Holding's subsidiaries Brightwater Shipping AS and Polar Data AS served as advisers.", 'en');
    expect(has(x, 'Brightwater Shipping AS', 'PART_OF', 'Brightwater Holding')).toBe(true);
    expect(has(x, 'Polar Data AS', 'PART_OF', 'Brightwater Holding')).toBe(true);
  });
});

describe('locations on list lines and venue lines', () => {
  it('nb: a place after a name opening a list line locates it', () => {
    const x = extract('Årets kull', 'Disse virksomhetene er med i år:\n\n• Sykkelverkstedet Eik AS, Hamar – reparasjon og utleie\n• Kafé Lyngen SA, Tromsø – kantine med arbeidstrening', 'nb');
    expect(has(x, 'Eik AS', 'LOCATED_IN', 'Hamar')).toBe(true);
    expect(has(x, 'Lyngen SA', 'LOCATED_IN', 'Tromsø')).toBe(true);
  });

  it('sv: a venue line places the event the page is about, and an office line the organisation', () => {
    const x = extract(
      'Konferensen Grön Omställning Nord 2026',
      'Konferensen Grön Omställning Nord 2026 samlar sociala företag i norr. Konferensen Grön Omställning Nord 2026 hålls för tredje gången.\n\nPlats: Kulturhuset, Storgatan 4, Luleå',
      'sv',
    );
    const event = x.entities.find((e) => e.type === 'Event');
    expect(event && x.relations.some((r) => r.source === event.key && r.type === 'LOCATED_IN' && r.target === key(x, 'Luleå'))).toBe(true);
    const org = extract('Om Föreningen Bikupan', 'Föreningen Bikupan driver tre kaféer i Norrland. Föreningen Bikupan har tolv anställda. Kontoret finns i Umeå.', 'sv');
    expect(has(org, 'Bikupan', 'LOCATED_IN', 'Umeå')).toBe(true);
  });
});
