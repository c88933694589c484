/** The date grammar and document date a language's sentences are read with. */
import type { PartialDate } from '../../../src/model/index.js';
import type { LanguageKnowledge } from '../../lexicon/knowledge.js';
import type { DateContext } from './findDates.js';

export function dateContext(lang: LanguageKnowledge, documentDate: PartialDate | null): DateContext {
  return {
    grammar: lang.dates,
    documentDate,
    isFunctionWord: (w) => lang.stopWords.has(w) || lang.prepositions.has(w) || lang.coordinators.has(w) || lang.copulas.has(w),
    monthFirst: lang.language === 'en',
  };
}
