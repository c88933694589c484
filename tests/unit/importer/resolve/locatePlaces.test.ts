import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../../importer/extract/extractDocument.js';
import type { GazetteerEntry } from '../../../../importer/lexicon/gazetteer.js';
import { loadKnowledge } from '../../../../importer/lexicon/loadKnowledge.js';
import { indexGazetteer, locatePlaces, pickPlace } from '../../../../importer/resolve/locatePlaces.js';
import { resolveExtractions } from '../../../../importer/resolve/resolveExtractions.js';
import type { Entity } from '../../../../src/model/index.js';
import { makeDocument } from '../extract/makeDocument.js';

const city = (name: string, country: string, population: number, latitude = 0): GazetteerEntry => ({
  name, kind: 'city', country, latitude, longitude: 10, population, aliases: [],
});
const index = indexGazetteer([
  city('Lund', 'SE', 90_000, 55.7),
  city('Lund', 'NO', 3_000, 58.5),
  city('Washington', 'GB', 53_000, 54.9),
  { ...city('Washington, D.C.', 'US', 600_000, 38.9), aliases: ['Washington'] },
  { name: 'Norway', kind: 'country', country: 'NO', latitude: 62, longitude: 10, population: 0, aliases: ['Norge'] },
]);

describe('pickPlace', () => {
  it('settles a shared name by the countries in context, then by population', () => {
    expect(pickPlace(['Lund'], new Set(), index)?.country).toBe('SE');
    expect(pickPlace(['Lund'], new Set(['NO']), index)?.country).toBe('NO');
    expect(pickPlace(['Washington'], new Set(), index)?.country).toBe('US');
  });

  it('tries the aliases when the name is unknown', () => {
    expect(pickPlace(['Noreg', 'Norge'], new Set(), index)?.name).toBe('Norway');
    expect(pickPlace(['Atlantis'], new Set(), index)).toBeUndefined();
  });
});

describe('locatePlaces', () => {
  const place = (id: string, name: string): Entity => ({ id, name, type: 'Place', aliases: [] });
  it('takes the context from the document language and the countries the same document names', () => {
    const entities = [place('lund', 'Lund'), place('norway', 'Norway')];
    const [inEnglish] = locatePlaces(entities, { documents: [{ language: 'en', entityIds: ['lund'] }] }, index);
    const [withNorway] = locatePlaces(entities, { documents: [{ language: 'en', entityIds: ['lund', 'norway'] }] }, index);
    const [inBokmal] = locatePlaces(entities, { documents: [{ language: 'nb', entityIds: ['lund'] }] }, index);
    expect(inEnglish!.location?.latitude).toBe(55.7);
    expect(withNorway!.location?.latitude).toBe(58.5);
    expect(inBokmal!.attributes).toMatchObject({ placeKind: 'city', country: 'NO' });
  });

  it('leaves actors and unknown places without a location', () => {
    const out = locatePlaces([{ id: 'x', name: 'Lund', type: 'Organisation', aliases: [] }, place('atlantis', 'Atlantis')], { documents: [] }, index);
    expect(out.every((e) => e.location === undefined)).toBe(true);
  });
});

describe('places and seats from the text', () => {
  const knowledge = loadKnowledge({ curated: false });
  const cases: [string, 'sv' | 'da' | 'nb' | 'en', string, string][] = [
    ['Stiftelsen Gröna Huset har kontor i Umeå.', 'sv', 'gröna-huset', 'umeå'],
    ['Föreningen Nordiska Lyftet har sitt säte i Uppsala.', 'sv', 'nordiska-lyftet', 'uppsala'],
    ['Kooperativet Solgården har sitt huvudkontor i Västerås.', 'sv', 'solgården', 'västerås'],
    ['Fonden Grøn Fremtid har hovedsæde i Odense.', 'da', 'grøn-fremtid', 'odense'],
    ['Foreningen Byhaven har hovedkontor i Kolding.', 'da', 'byhaven', 'kolding'],
    ['Stiftelsen Grønn Vekst har hovedkontor i Bergen.', 'nb', 'grønn-vekst', 'bergen'],
    ['Foreningen Ungt Håp holder til i Fredrikstad.', 'nb', 'ungt-håp', 'fredrikstad'],
    ['The Bridge Foundation is headquartered in Leeds.', 'en', 'bridge-foundation', 'leeds'],
    ['The Harbour Trust is based in Sheffield.', 'en', 'harbour-trust', 'sheffield'],
  ];
  it.each(cases)('%s → LOCATED_IN a place with coordinates', (text, language, actor, placeId) => {
    const doc = makeDocument(text, language);
    const resolved = resolveExtractions([extractDocument(doc, knowledge)], knowledge);
    expect(resolved.relations.map((r) => `${r.source}>${r.type}>${r.target}`)).toContain(`${actor}>LOCATED_IN>${placeId}`);
    const located = resolved.entities.find((e) => e.id === placeId)!;
    expect(located.location).toBeDefined();
    expect(located.location!.latitude).toBeGreaterThan(53);
  });
});
