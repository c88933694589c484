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

describe('coordinated compounds and fields inside a name', () => {
  it('keeps a compound coordinated with a hyphen whole (nb, sv, da)', () => {
    const nb = extract('Søknaden sendes til Klima- og miljødepartementet innen mai.', 'nb');
    expect(names(nb)).toContain('Klima- og miljødepartementet');
    expect(typeOf(nb, 'Klima- og miljødepartementet')).toBe('Organisation');
    const sv = extract('Ansökan skickas till Kultur- och fritidsförvaltningen senast i juni.', 'sv');
    expect(names(sv)).toContain('Kultur- och fritidsförvaltningen');
    const da = extract('Puljen er oprettet af Miljø- og Fødevareministeriet sidste år.', 'da');
    expect(names(da)).toContain('Miljø- og Fødevareministeriet');
  });
  it('joins two fields after "for" but not a second name after "og" (da, nb)', () => {
    const da = extract('Projektet ledes af Center for Bæredygtig Byudvikling og Aalborg Kommune i fællesskab.', 'da');
    expect(names(da)).toContain('Center for Bæredygtig Byudvikling');
    expect(names(da)).toContain('Aalborg Kommune');
    const fields = extract('Rapporten er skrevet ved Institutt for Økonomi og Ledelse i vinter.', 'nb');
    expect(names(fields)).toContain('Institutt for Økonomi og Ledelse');
    const nb = extract('Universitetet i Bodø og Nordland fylkeskommune står bak kurset.', 'nb');
    expect(names(nb).some((n) => n.includes(' og '))).toBe(false);
  });
  it('ends a name at a second preposition that ties it to another body, not at a place (da)', () => {
    const x = extract('Studiet udføres af Institut for Grøn Ledelse på AAU. Netværk for Socialøkonomi på Fyn deltager også.', 'da');
    expect(names(x)).toContain('Institut for Grøn Ledelse');
    expect(names(x)).toContain('Netværk for Socialøkonomi på Fyn');
  });
});

describe('given names', () => {
  it('types common Nordic given names as people in lists of staff (da, nb)', () => {
    const da = extract('Sekretariatet består af Lone Kragh, Mikkel Ravn og Vibeke Toft.', 'da');
    for (const n of ['Lone Kragh', 'Mikkel Ravn', 'Vibeke Toft']) expect(typeOf(da, n)).toBe('Person');
    const nb = extract('Styret: Kjersti Vangen, Marius Hovde og Kristoffer Lien.', 'nb');
    for (const n of ['Kjersti Vangen', 'Marius Hovde', 'Kristoffer Lien']) expect(typeOf(nb, n)).toBe('Person');
  });
});

describe('a name given by a naming phrase takes the type of the cue noun it names', () => {
  it('types the name after "har fått namnet" / "hedder" / "heter" from the subject cue noun (sv, da, nb)', () => {
    const sv = extract('Satsningen har fått namnet Bygdekraft Väst och pågår i tre år.', 'sv');
    expect(typeOf(sv, 'Bygdekraft Väst')).toBe('Programme');
    const da = extract('Netværket hedder Grønne Hænder Fyn og mødes hver måned.', 'da');
    expect(typeOf(da, 'Grønne Hænder Fyn')).toBe('Network');
    const nb = extract('Prosjektet heter Sjøbris og skal vare til 2027.', 'nb');
    expect(typeOf(nb, 'Sjøbris')).toBe('Programme');
  });
  it('does not run the name on over a clause after "og" (da)', () => {
    const x = extract('Initiativet hedder Havnestien og bygger på erfaringer fra Aalborg.', 'da');
    expect(names(x)).toContain('Havnestien');
  });
});

describe('sentence-case names of units and bodies', () => {
  it('takes a unit word, "for" and lower-case fields as one name (nb, sv)', () => {
    const nb = extract('Ordningen forvaltes av Seksjon for kultur og frivillighet i fylkeskommunen.', 'nb');
    expect(names(nb)).toContain('Seksjon for kultur og frivillighet');
    const sv = extract('Studien leds från Institutionen för geografi, planering och miljö vid universitetet.', 'sv');
    expect(names(sv)).toContain('Institutionen för geografi, planering och miljö');
  });
  it('stops before a verb and keeps a place the body serves (sv, nb)', () => {
    const sv = extract('Institutionen för socialt arbete deltar i projektet.', 'sv');
    expect(names(sv)).toContain('Institutionen för socialt arbete');
    const nb = extract('Landsforeningen for frivillige sentraler i Trøndelag (LFST) har femti medlemmer.', 'nb');
    expect(names(nb)).toContain('Landsforeningen for frivillige sentraler i Trøndelag');
    expect(names(nb)).toContain('LFST');
  });
});

describe('Nordic towns in the gazetteer', () => {
  it('types a town an actor is tied to as a place (sv, da)', () => {
    const sv = extract('Kooperativet Fjällgröt har sitt kontor i Sollefteå sedan 2019.', 'sv');
    expect(typeOf(sv, 'Sollefteå')).toBe('Place');
    const da = extract('Værkstedet Lindegården ligger i Haderslev og har tolv ansatte.', 'da');
    expect(typeOf(da, 'Haderslev')).toBe('Place');
  });
});

describe('type evidence around names', () => {
  it('does not take a title before "vid" as a title of the body after it (sv)', () => {
    const x = extract('Panelen bestod av Karin Ström, lektor vid Mittuniversitetet, och Ali Hasan.', 'sv');
    expect(typeOf(x, 'Mittuniversitetet')).toBe('Organisation');
  });
  it('types a name in single curly quotes after a naming verb (da)', () => {
    const x = extract('Forløbet hedder ’Ny Start Vest’ og begynder i august.', 'da');
    expect(typeOf(x, 'Ny Start Vest')).toBe('Programme');
  });
});

describe('addresses', () => {
  it('takes no street name for an actor (sv, da, en)', () => {
    const sv = extract('Besök oss på Fabriksgatan 4 i Borås. Kooperativet Tygverket håller öppet varje dag.', 'sv');
    expect(names(sv)).not.toContain('Fabriksgatan');
    const da = extract('Mødet holdes på Søndre Allé 12 hos foreningen Byhaven.', 'da');
    expect(names(da).some((n) => n.includes('Allé'))).toBe(false);
    const en = extract('The hub moved to 14 Harbour Street, next to the Tidewater Trust.', 'en');
    expect(names(en).some((n) => n.includes('Street'))).toBe(false);
  });
});

describe('public bodies named with their region', () => {
  it('keeps the region in the names of state offices (nb, sv)', () => {
    const nb = extract('Tilskuddet forvaltes av Statsforvalteren i Nordland fra i år.', 'nb');
    expect(names(nb)).toContain('Statsforvalteren i Nordland');
    const sv = extract('Beslutet fattades av Länsstyrelsen i Jämtlands län i mars.', 'sv');
    expect(names(sv)).toContain('Länsstyrelsen i Jämtlands län');
  });
  it('leaves a place that heads a name of its own out of a unit name (nb)', () => {
    const x = extract('Søknader behandles av Avdeling for kultur i Nordland fylkeskommune.', 'nb');
    expect(names(x)).toContain('Avdeling for kultur');
  });
});

describe('a compound of a cue noun before "for"', () => {
  it('keeps "for" and the field in the name (da)', () => {
    const x = extract('Evalueringen udføres af Det Nationale Udviklingscenter for Ungdomsliv i år.', 'da');
    expect(names(x).some((n) => n.endsWith('Udviklingscenter for Ungdomsliv'))).toBe(true);
  });
});

describe('funds named after a couple, and legal forms after a head word', () => {
  it('keeps "X og Y Zs Fond" as one name (da, sv) but two people as two (sv)', () => {
    const da = extract('Legatet kommer fra Karen og Niels Holsts Fond i Vejle.', 'da');
    expect(names(da)).toContain('Karen og Niels Holsts Fond');
    const sv = extract('Pengarna kommer från Stiftelsen Anna och Erik Lindes Minnesfond i Uppsala.', 'sv');
    expect(names(sv)).toContain('Stiftelsen Anna och Erik Lindes Minnesfond');
    const people = extract('Bakom idén står Anna Berg och Erik Linde från Umeå.', 'sv');
    expect(names(people)).toContain('Anna Berg');
    expect(names(people)).toContain('Erik Linde');
  });
  it('closes a name ending in a head word with its legal form (sv)', () => {
    const x = extract('Bolaget ägs av Holding Umeå universitet AB sedan 2020.', 'sv');
    expect(names(x)).toContain('Holding Umeå universitet AB');
  });
});
