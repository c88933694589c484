/** The shape of loaded language knowledge, indexed for fast look-ups during extraction. */
import type { Calibration } from '../calibrate/calibratedConfidence.js';
import type { EntityType, Language, RelationType } from '../../src/model/index.js';
import type { CommonWords } from './commonWords.js';
import type { DateGrammar } from './buildDateGrammar.js';
import type { CommonLexicon, KnownEntity, ListFrame, PlaceSpec } from './lexiconSchema.js';
import type { TriggerIndex } from './triggerIndex.js';
import type { SuffixIndex, TypedWordIndex } from './typedWordIndex.js';

export interface LanguageKnowledge {
  language: Language;
  commonWords: CommonWords;
  stopWords: ReadonlySet<string>;
  articles: ReadonlySet<string>;
  connectors: ReadonlySet<string>;
  headConnectors: ReadonlySet<string>;
  clauseStarts: ReadonlySet<string>;
  personRelatives: ReadonlySet<string>;
  prepositions: ReadonlySet<string>;
  locativePrepositions: ReadonlySet<string>;
  coordinators: ReadonlySet<string>;
  copulas: ReadonlySet<string>;
  speechVerbs: ReadonlySet<string>;
  calendarWords: ReadonlySet<string>;
  adjectiveEndings: readonly string[];
  affiliationPrepositions: ReadonlySet<string>;
  subunitWords: ReadonlySet<string>;
  streetSuffixes: readonly string[];
  basedSuffixes: readonly string[];
  namingWords: ReadonlySet<string>;
  groupWords: ReadonlySet<string>;
  placeBackReferences: ReadonlySet<string>;
  cueNouns: TypedWordIndex;
  postHeads: TypedWordIndex;
  nameSuffixes: SuffixIndex;
  /** Language heads and the shared ones. */
  nameHeads: TypedWordIndex;
  personTitles: ReadonlySet<string>;
  personTitleSuffixes: readonly string[];
  /** Titles of a board's chair and members, and of founders: they decide what a titled person is to the body. */
  boardTitles: ReadonlySet<string>;
  founderTitles: ReadonlySet<string>;
  /** Prepositions after a titled name that name where the person comes from. */
  fromPrepositions: ReadonlySet<string>;
  /** Particles giving a person a role ("som", "as"). */
  roleParticles: ReadonlySet<string>;
  triggers: TriggerIndex;
  subjectPronouns: ReadonlySet<string>;
  /** Copulas and verbs joining a list's name to its items ("finns", "include"). */
  listVerbs: ReadonlySet<string>;
  /** Nouns for a part of the document's subject ("kontoret", "secretariat"): as a clause's subject they stand for it. */
  subjectParts: ReadonlySet<string>;
  /** "i samarbete med" as words: co-agents of the relation before it. */
  coAgentPhrases: readonly string[][];
  partOf: { under: ReadonlySet<string>; unitNouns: ReadonlySet<string>; prepositions: ReadonlySet<string> };
  money: { words: ReadonlySet<string>; from: ReadonlySet<string>; receive: readonly string[][]; goesTo: readonly string[][] };
  /** Heading word → what the listed actors are to the document's subject. */
  listHeadings: ReadonlyMap<string, ListFrame>;
  /** Articles and cue nouns: words that may lead a name without being part of it. */
  leadingWords: ReadonlySet<string>;
  /** Month names, period words and relative dates (graph-data/lexicon/dates.yaml). */
  dates: DateGrammar;
}

export type Place = PlaceSpec;

/** A set of names for one entity: curated translations or a well-known body. */
export interface AliasGroup {
  name: string;
  type?: EntityType;
  aliases: string[];
}

export interface Knowledge {
  curated: boolean;
  languages: ReadonlyMap<Language, LanguageKnowledge>;
  /** English stands in for a language with no lexicon of its own. */
  forLanguage(language: Language): LanguageKnowledge;
  /** Every language's words, for English passages inside a Nordic text. */
  english: LanguageKnowledge;
  /** Folded name or alias → place. */
  places: ReadonlyMap<string, Place>;
  /** Longest place name in words, to bound multi-word look-ups. */
  longestPlaceName: number;
  demonyms: ReadonlyMap<string, Place>;
  peopleNouns: ReadonlyMap<string, Place>;
  /** Folded name or alias → well-known entity or curated alias group. */
  knownEntities: ReadonlyMap<string, KnownEntity>;
  curatedAliases: ReadonlyMap<string, AliasGroup>;
  givenNames: ReadonlySet<string>;
  surnameEndings: readonly string[];
  nonNames: ReadonlySet<string>;
  /** Legal forms as token texts ("A/S" → A, /, S) by their first token, longest first. */
  legalForms: ReadonlyMap<string, readonly (readonly string[])[]>;
  branchWords: ReadonlySet<string>;
  listFrames: CommonLexicon['listFrames'];
  coAgentRelations: ReadonlySet<RelationType>;
  /** Measured precision of each extraction mechanism: the confidence of what it finds. */
  calibration: Calibration;
  relationRoles: Readonly<Record<RelationType, { source: ReadonlySet<EntityType>; target: ReadonlySet<EntityType> }>>;
  /** Articles and cue nouns per language, for name normalisation by other stages (reader, scorer). */
  leadingWords: ReadonlyMap<Language, ReadonlySet<string>>;
}
