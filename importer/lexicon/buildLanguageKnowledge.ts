/** Turns one validated language lexicon into look-up structures (sets, indexes, the common-word test). */
import path from 'node:path';
import { DataFileError } from '../read/loadDataFile.js';
import { CommonWords } from './commonWords.js';
import { dictionaryWords } from './dictionaryWords.js';
import type { LanguageKnowledge } from './knowledge.js';
import type { CommonLexicon, LanguageLexicon } from './lexiconSchema.js';
import { TriggerIndex } from './triggerIndex.js';
import { SuffixIndex, TypedWordIndex } from './typedWordIndex.js';

function loadDictionaries(spec: LanguageLexicon, root: string, file: string) {
  return spec.dictionaries.map((pkg) => {
    try {
      return dictionaryWords(pkg, root);
    } catch (error) {
      const detail = `"dictionaries": cannot load ${pkg}: ${(error as Error).message.split('\n')[0]}`;
      const wrapped = new DataFileError(path.relative(root, file), undefined, detail);
      wrapped.message = `importer/lexicon: ${wrapped.message}`;
      throw wrapped;
    }
  });
}

export function buildLanguageKnowledge(
  spec: LanguageLexicon,
  common: CommonLexicon,
  root: string,
  file: string,
): Omit<LanguageKnowledge, 'dates'> {
  const cueWords = spec.cueNouns.flatMap((c) => c.words);
  return {
    language: spec.language,
    commonWords: new CommonWords({
      words: [...loadDictionaries(spec, root, file), spec.commonWords, spec.stopWords, cueWords],
      inflectionSuffixes: spec.inflectionSuffixes,
      compoundLinks: spec.compoundLinks,
    }),
    stopWords: new Set(spec.stopWords),
    articles: new Set(spec.articles),
    connectors: new Set(spec.connectors),
    headConnectors: new Set(spec.headConnectors),
    clauseStarts: new Set(spec.clauseStarts),
    personRelatives: new Set(spec.personRelatives),
    prepositions: new Set(spec.prepositions),
    locativePrepositions: new Set(spec.locativePrepositions),
    coordinators: new Set(spec.coordinators),
    copulas: new Set(spec.copulas),
    speechVerbs: new Set(spec.speechVerbs),
    calendarWords: new Set(spec.calendarWords),
    adjectiveEndings: spec.adjectiveEndings,
    affiliationPrepositions: new Set(spec.affiliationPrepositions),
    subunitWords: new Set(spec.subunitWords),
    streetSuffixes: spec.streetSuffixes,
    basedSuffixes: spec.basedSuffixes,
    namingWords: new Set(spec.namingWords),
    groupWords: new Set(spec.groupWords),
    placeBackReferences: new Set(spec.placeBackReferences),
    cueNouns: new TypedWordIndex(spec.cueNouns),
    postHeads: new TypedWordIndex(spec.postHeads),
    nameSuffixes: new SuffixIndex(spec.nameSuffixes),
    // The language's own heads first: they win over the shared English ones.
    nameHeads: new TypedWordIndex([...spec.nameHeads, ...common.nameHeads]),
    personTitles: new Set([...spec.personTitles.words, ...spec.personTitles.board, ...spec.personTitles.founder]),
    personTitleSuffixes: spec.personTitles.suffixes,
    boardTitles: new Set(spec.personTitles.board),
    founderTitles: new Set(spec.personTitles.founder),
    fromPrepositions: new Set(spec.personTitles.from),
    roleParticles: new Set(spec.personTitles.as),
    triggers: new TriggerIndex(spec.relations),
    subjectPronouns: new Set(spec.documentContext.subjectPronouns),
    listVerbs: new Set([...spec.copulas, ...spec.documentContext.listVerbs]),
    subjectParts: new Set(spec.documentContext.subjectParts),
    coAgentPhrases: spec.documentContext.coAgents.map((p) => p.split(/\s+/)),
    partOf: { under: new Set(spec.partOf.under), unitNouns: new Set(spec.partOf.unitNouns), prepositions: new Set(spec.partOf.prepositions) },
    money: {
      words: new Set(spec.money.words),
      from: new Set(spec.money.from),
      receive: spec.money.receive.map((p) => p.split(/\s+/)),
      goesTo: spec.money.goesTo.map((p) => p.split(/\s+/)),
    },
    listHeadings: new Map(spec.documentContext.listHeadings.flatMap((h) => h.words.map((w) => [w, h.frame] as const))),
    leadingWords: new Set([...spec.articles, ...cueWords]),
  };
}
