import { describe, expect, it } from 'vitest';
import { dateContext } from '../../../../../importer/extract/dates/dateContext.js';
import { findDates } from '../../../../../importer/extract/dates/findDates.js';
import { tokenizeSentence } from '../../../../../importer/extract/tokenize.js';
import { loadKnowledge } from '../../../../../importer/lexicon/loadKnowledge.js';
import type { Language, PartialDate } from '../../../../../src/model/index.js';

const knowledge = loadKnowledge({ curated: false });

/** Each date expression of the sentence as "words => span". */
function dates(language: Language, text: string, documentDate: PartialDate | null = null): string[] {
  const toks = tokenizeSentence({ index: 0, start: 0, end: text.length, text, tokens: [] });
  return findDates(toks, dateContext(knowledge.forLanguage(language), documentDate)).map((d) => {
    const { from, to, at, precision } = d.span;
    const words = text.slice(toks[d.first]!.start, toks[d.last - 1]!.end);
    return `${words} => ${[from && `from ${from}`, to && `to ${to}`, at && `at ${at}`].filter(Boolean).join(' ')} (${precision})`;
  });
}

describe('findDates', { timeout: 60_000 }, () => {
  it('reads Swedish days, months, years, periods and period words', () => {
    expect(dates('sv', 'Vi har samarbetat sedan 2010, studiebesöket var i mars 2022 och projektet pågick 2018–2020.')).toEqual([
      'sedan 2010 => from 2010 (year)',
      'i mars 2022 => at 2022-03 (month)',
      '2018–2020 => from 2018 to 2020 (year)',
    ]);
    expect(dates('sv', 'Konferensen hölls den 3 maj 2021, mellan 2001 och 2003 och från 2018 till 2020.')).toEqual([
      '3 maj 2021 => at 2021-05-03 (day)',
      'mellan 2001 och 2003 => from 2001 to 2003 (year)',
      'från 2018 till 2020 => from 2018 to 2020 (year)',
    ]);
  });

  it('reads Danish dates, day ranges and numeric dates', () => {
    expect(dates('da', 'Ashoka har siden 1995 været aktiv og startede op i Skandinavien i 2012.')).toEqual([
      'siden 1995 => from 1995 (year)',
      'i 2012 => at 2012 (year)',
    ]);
    expect(dates('da', 'Konferencen 16.-18. juni 2023 og mødet 5.6.2022 indtil 2024.')).toEqual([
      '16.-18. juni 2023 => from 2023-06-16 to 2023-06-18 (day)',
      '5.6.2022 => at 2022-06-05 (day)',
      'indtil 2024 => to 2024 (year)',
    ]);
  });

  it('reads Norwegian dates and periods: "16. juni 2023", "fra 2018 til 2020", "25-27 mai"', () => {
    expect(dates('nb', 'Fredag 16. juni 2023 møttes aktørene, prosjektet varte fra 2018 til 2020.')).toEqual([
      '16. juni 2023 => at 2023-06-16 (day)',
      'fra 2018 til 2020 => from 2018 to 2020 (year)',
    ]);
    expect(dates('nb', 'Festivalen går 25-27 mai 2024.')).toEqual(['25-27 mai 2024 => from 2024-05-25 to 2024-05-27 (day)']);
  });

  it('reads English dates month first, and needs a day or a year beside a short month name', () => {
    expect(dates('en', 'On June 16, 2023 they met; since 1995 and until 2020; from March to June 2023; 2018-20.')).toEqual([
      'On June 16, 2023 => at 2023-06-16 (day)',
      'since 1995 => from 1995 (year)',
      'until 2020 => to 2020 (year)',
      'from March to June 2023 => from 2023-03 to 2023-06 (month)',
      '2018-20 => from 2018 to 2020 (year)',
    ]);
    expect(dates('en', 'You may apply in May 2012.')).toEqual(['in May 2012 => at 2012-05 (month)']);
  });

  it('takes a number before a noun as a count, not a year', () => {
    expect(dates('sv', 'Det kom 2000 deltagare.')).toEqual([]);
    expect(dates('nb', 'Over 3.600 entreprenører.')).toEqual([]);
  });

  it('lets a date without a year borrow the document date, and leaves it yearless without one', () => {
    expect(dates('nb', 'Fredag 16. juni møttes aktørene i Drammen.')).toEqual(['16. juni => at --06-16 (day)']);
    expect(dates('nb', 'Fredag 16. juni møttes aktørene i Drammen.', '2023-08-01')).toEqual(['16. juni => at 2023-06-16 (day)']);
    expect(dates('en', 'The programme starts in August.', '2024-02-06')).toEqual(['in August => at 2024-08 (month)']);
  });

  it('reads relative dates against the document date in every language', () => {
    expect(dates('sv', 'I fjol och i höstas, nästa år.', '2024-03-12')).toEqual([
      'I fjol => at 2023 (year)',
      'i höstas => from 2023-09 to 2023-11 (month)',
      'nästa år => at 2025 (year)',
    ]);
    expect(dates('da', 'Sidste år og i år.', '2024-10-01')).toEqual(['Sidste år => at 2023 (year)', 'i år => at 2024 (year)']);
    expect(dates('nb', 'I fjor og neste år.', '2026-01-12')).toEqual(['I fjor => at 2025 (year)', 'neste år => at 2027 (year)']);
    expect(dates('en', 'Last year, next year and last autumn.', '2024-10-20')).toEqual([
      'Last year => at 2023 (year)',
      'next year => at 2025 (year)',
      'last autumn => from 2024-09 to 2024-11 (month)',
    ]);
  });

  it('reads no relative date when the document has no date', () => {
    expect(dates('sv', 'I fjol startade vi.')).toEqual([]);
  });
});
