import { describe, expect, it } from 'vitest';
import { loadReadingKnowledge } from '../../../../importer/read/readingKnowledge.js';
import { removeFurniture } from '../../../../importer/read/removeFurniture.js';

const k = loadReadingKnowledge();
const clean = (text: string) => removeFurniture(text, k).text;
const article = (lang: string) => `${lang} article line one.\n\n${lang} article line two.\n\n${lang} article line three.`;

describe('removeFurniture', () => {
  it('drops English navigation, comment form and spam notices', () => {
    const text = `Skip to main content\n${article('An')}\nThis Post Has 2 Comments\nGreat work! Regards, Sam Jones\nLeave a Reply\nYour email address will not be published. Required fields are marked *\nThis site uses Akismet to reduce spam. Learn how your comment data is processed.\nBack To Top`;
    expect(clean(text)).toBe(article('An'));
  });

  it('drops a Swedish reply form opened by a bare "Svar"', () => {
    const text = `${article('Ett')}\n\nSvar\n\nDin e-postadress kommer inte publiceras. Obligatoriska fält är märkta *\n\nDenna webbplats använder Akismet för att minska skräppost. Lär dig hur din kommentardata bearbetas.`;
    expect(clean(text)).toBe(article('Ett'));
  });

  it('drops Danish furniture and keeps the article', () => {
    const text = `Spring til indhold\n${article('En')}\nSkriv et svar\nDin e-mailadresse vil ikke blive publiceret. Krævede felter er markeret med *\nTil toppen`;
    expect(clean(text)).toBe(article('En'));
  });

  it('drops a Norwegian image caption line and cookie notice', () => {
    const text = `Vi bruker informasjonskapsler (cookies) på dette nettstedet. Nettstedet bruker informasjonskapsler for statistikk.\n${article('Ei')}\nTo personer ved et bord - Klikk for stort bilde Kari Nordmann\nSiste avsnitt.`;
    expect(clean(text)).toBe(`${article('Ei')}\nSiste avsnitt.`);
  });

  it('keeps a heading "Svar" inside an article when no reply form follows', () => {
    const text = `Spørsmål\nHvem kan søke?\nSvar\nAlle lag og foreninger i fylket kan søke.\nSøknadsfristen er 1. mars.`;
    expect(clean(text)).toBe(text);
  });

  it('keeps a long paragraph even when it mentions cookies', () => {
    const paragraph = `Bageriet Surdej bruger cookies ${'og kager '.repeat(60)}i sit nye socialøkonomiske projekt.`;
    expect(clean(`${paragraph}\n${article('Et')}`)).toBe(`${paragraph}\n${article('Et')}`);
  });

  it('drops a comment count under the title without cutting the article, but cuts a comment section later on', () => {
    const text = `Titel\n4 kommentarer\n${article('Ett')}\n${article('Två')}\n4 kommentarer\nLisa: Bra!`;
    expect(clean(text)).toBe(`Titel\n${article('Ett')}\n${article('Två')}`);
  });

  it('drops breadcrumbs, bylines with dates, share and print links, privacy links and copyright lines', () => {
    const text = [
      'Forside › Nyheder › Kultur',
      'Af Jens Holm · 4. maj 2022',
      article('Et'),
      'Skriv ut',
      'Sist oppdatert 02.03.2021',
      'Instagram',
      'LinkedIn',
      'Integritetspolicy',
      '© 2021 Bydelsnettet. Alle rettigheter reservert.',
    ].join('\n');
    expect(clean(text)).toBe(article('Et'));
  });

  it('keeps short lines with a slash or a bar, which are often names', () => {
    const text = `Kulturhuset/Ungdomsverkstaden\nÅrsrapport | 2023\n${article('Ett')}`;
    expect(clean(text)).toBe(text);
  });

  it('drops share bars, footer link bars, flattened menus, page-kind date lines and photo credits', () => {
    const text = [
      'NYHETER   SPORT   MENINGER   KULTUR   E-AVIS',
      'Nyhet · 2024-02-06',
      'Publisert 22.05.2024 | Sist oppdatert 23.05.2024',
      article('Ett'),
      'Tre medarbetare vid symaskinerna i verkstaden. Foto: Emma Larsson',
      'Dela sidan: Facebook LinkedIn E-post',
      'Del på Facebook · Del på LinkedIn · Udskriv',
      'Om webbplatsen · Tillgänglighetsredogörelse · Kakor',
      'Cookie settings | Accessibility statement',
    ].join('\n');
    expect(clean(text)).toBe(article('Ett'));
  });

  it('keeps a paragraph that mentions a photo by someone mid-sentence', () => {
    const text = `${article('An')}\n\nThe photo by Anna Berg, taken in Malmö in 2019, shows the first workshop and its twelve founders at work.`;
    expect(clean(text)).toBe(text);
  });
});

