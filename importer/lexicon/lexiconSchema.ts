/** Zod schemas of the language knowledge files in graph-data/lexicon and the curated aliases in graph-data/curated. */
import { z } from 'zod';
import { EntityTypeSchema, LanguageSchema, RelationTypeSchema } from '../../src/model/index.js';

const lowerWord = z.string().regex(/^[\p{Ll}\p{N}'’.&/+-]+$/u, 'must be one lower-case word');
const words = z.array(lowerWord);
const phrase = z.string().regex(/^[\p{Ll}\p{N}'’.&*\s-]+$/u, 'must be lower-case words');

/** A word that introduces or names a kind of entity: "föreningen X", "X kommune", "the X Summit". */
const TypedWordsSchema = z
  .object({
    type: EntityTypeSchema,
    words,
    /** Also matches compounds ending in one of the words ("kaffekooperativet" ends in "kooperativet"). */
    compound: z.boolean().default(false),
    /** The words may introduce a name written in lower case ("tilskuddsordningen lokal omstilling"). */
    lowercaseName: z.boolean().default(false),
  })
  .strict();
export type TypedWords = z.infer<typeof TypedWordsSchema>;

/** Where a relation's end is found, seen from its trigger. */
export const SLOTS = ['before', 'after', 'after2', 'subject', 'antecedent'] as const;
export const SlotSchema = z.enum(SLOTS);
export type Slot = z.infer<typeof SlotSchema>;

const TriggerSchema = z
  .object({
    /** Lower-case words; a word ending in "*" matches any word it begins ("samarbet* med"). */
    pattern: phrase,
    type: RelationTypeSchema,
    source: SlotSchema,
    target: SlotSchema,
    /** Every pair of a coordinated list after the trigger ("a partnership between A, B and C"). */
    pairwise: z.boolean().default(false),
  })
  .strict();
export type TriggerSpec = z.infer<typeof TriggerSchema>;

/** What the actors of a list under a heading are to the document's subject ("Partners:", "Finansiärer"). */
export const LIST_FRAMES = ['partners', 'funders', 'members', 'staff', 'board', 'participants', 'owners', 'organisers', 'venue'] as const;
export type ListFrame = (typeof LIST_FRAMES)[number];

const DocumentContextSchema = z
  .object({
    /** Pronouns standing for the actor the document is about ("we", "vi"). */
    subjectPronouns: words.default([]),
    /** Heading words over a list of the subject's partners, funders, members, staff or board. */
    listHeadings: z.array(z.object({ words: z.array(phrase), frame: z.enum(LIST_FRAMES) }).strict()).default([]),
    /** Verbs that, like a copula, join a list's name to its items ("Bland deltagarna finns A och B", "participants include A"). */
    listVerbs: words.default([]),
    /** Phrases adding co-agents after a relation's agent ("i samarbete med", "together with"): they hold the relation too. */
    coAgents: z.array(phrase).default([]),
    /** Nouns for a part of the subject that stand for it as a clause's subject ("Kontoret finns i", "Our secretariat is based in"). */
    subjectParts: words.default([]),
  })
  .strict();

/** How the language states an amount of money and who gives or gets it ("6 mio. kr. fra X", "X, der får 2 mio. kr."). */
const MoneySchema = z
  .object({
    /** Currencies, their signs and magnitudes next to a number ("kr", "mio", "NOK", "€", "million"), in lower case. */
    words: z.array(z.string().regex(/^[^\s\p{Lu}]+$/u, 'must be one lower-case word or sign')),
    /** Words before the giver after an amount ("fra", "from"). */
    from: words,
    /** Verbs before an amount the clause's subject receives ("får", "receives"). */
    receive: z.array(phrase),
    /** Words after an amount before its receiver ("går til", "goes to"). */
    goesTo: z.array(phrase),
  })
  .strict();

/** How the language states that a body belongs to another ("X under Y", "X, en enhet under Y", "Y's subsidiaries X and Z"). */
const PartOfSchema = z
  .object({
    /** Words joining a body straight to the one above it ("under"). */
    under: words,
    /** Nouns for a part of a body ("enhet", "avdeling", "arm", "subsidiaries"). */
    unitNouns: words,
    /** Words after a unit noun before the whole ("under", "i", "of", "til"). */
    prepositions: words,
  })
  .strict();

export const LanguageLexiconSchema = z
  .object({
    language: LanguageSchema,
    /** npm hunspell dictionaries whose lower-case entries are the language's common words. */
    dictionaries: z.array(z.string()).default([]),
    commonWords: words.default([]),
    /** Endings stripped to find a dictionary stem ("organisationen" → "organisation"). */
    inflectionSuffixes: words.default([]),
    /** Letters that may join two parts of a compound ("samhälle-s-entreprenör"). */
    compoundLinks: words.default([]),
    stopWords: words,
    articles: words,
    /** Lower-case words allowed between capitalised words of a name ("Room for Growth"). */
    connectors: words,
    /** Lower-case words allowed after an institution head word ("Universitetet i X"). */
    headConnectors: words,
    /** Words that open a subordinate clause: a relation's subject is not searched across them. */
    clauseStarts: words,
    /** Relative pronouns only people take ("who"): a name followed by one is a person's. */
    personRelatives: words.default([]),
    prepositions: words,
    locativePrepositions: words,
    coordinators: words,
    copulas: words,
    speechVerbs: words,
    calendarWords: words,
    adjectiveEndings: words,
    cueNouns: z.array(TypedWordsSchema),
    /** Lower-case words that end a name and give its type ("Oslo kommune"). */
    postHeads: z.array(TypedWordsSchema),
    /** Endings of a capitalised word that make it a name of a type ("Klimatverket"). */
    nameSuffixes: z.array(TypedWordsSchema),
    /** Words inside a capitalised name that decide its type ("Nordic Impact Summit"). */
    nameHeads: z.array(TypedWordsSchema),
    /**
     * Job titles and occupations before or after a person's name; `board` titles make the person a member of the
     * organisation's board (MEMBER_OF), `founder` titles make them its founder (FOUNDED_BY); the rest work there.
     */
    personTitles: z
      .object({
        words,
        suffixes: words,
        board: words.default([]),
        founder: words.default([]),
        /** Prepositions naming where a titled person comes from ("suppleant X fra Y"): Y is their workplace, not the board's. */
        from: words.default([]),
        /** The particle that gives a person a role ("ansatt X som prosjektleder", "joined as director"). */
        as: words.default([]),
      })
      .strict(),
    /** Words introducing a name given to something just described ("called", "kallat"). */
    affiliationPrepositions: words,
    subunitWords: words,
    /** Endings of street names ("Storgatan", "Ørbækvej"): an address on a page names no actor. */
    streetSuffixes: words.default([]),
    basedSuffixes: words,
    namingWords: words,
    /** Words standing for the actors of the previous sentence ("tillsammans"). */
    groupWords: words,
    /** Words standing for the event or programme of the previous sentence ("där"). */
    placeBackReferences: words,
    relations: z.array(TriggerSchema),
    documentContext: DocumentContextSchema.default({ subjectPronouns: [], listHeadings: [], listVerbs: [], subjectParts: [], coAgents: [] }),
    money: MoneySchema.default({ words: [], from: [], receive: [], goesTo: [] }),
    partOf: PartOfSchema.default({ under: [], unitNouns: [], prepositions: [] }),
  })
  .strict();
export type LanguageLexicon = z.infer<typeof LanguageLexiconSchema>;

export const CommonLexiconSchema = z
  .object({
    /** Words inside names that decide the type in every language (English names are common everywhere). */
    nameHeads: z.array(TypedWordsSchema),
    /** Last words of a name that make it a regional branch of the name before ("X Nordic" is part of X). */
    branchWords: words,
    givenNames: z.array(z.string().min(2)),
    /** Words never an actor by themselves: file formats, units, formulas, sharing platforms. Matched as written. */
    nonNames: z.array(z.string().min(1)),
    /** Legal forms that close a company's name, written as in text and matched so ("A/S", "ek. för.", "& Co."). */
    legalForms: z.array(z.string().min(1)).default([]),
    /** Endings of surnames (patronymics: "-dóttir", "-sson", "-sen"): capitalised words ending a name in one make a person. */
    surnameEndings: words,
    /** Which entity types may stand at each end of a relation type. */
    relationRoles: z.record(
      RelationTypeSchema,
      z.object({ source: z.array(EntityTypeSchema), target: z.array(EntityTypeSchema) }).strict(),
    ),
    /**
     * What each list frame states between a listed actor ("item") and the document's subject; `initiative` is the
     * relation when the subject is a joint initiative (a programme, project, event, network or fund).
     */
    /** Relations whose agent may be joined by co-agents ("organised by A in partnership with B": B organises it too). */
    coAgentRelations: z.array(RelationTypeSchema).default([]),
    listFrames: z.record(
      z.enum(LIST_FRAMES),
      z
        .object({
          type: RelationTypeSchema,
          item: z.enum(['source', 'target']),
          initiative: RelationTypeSchema.optional(),
          /** The subject's types the frame applies to (a venue line is about an event); absent: any. */
          subjects: z.array(EntityTypeSchema).optional(),
        })
        .strict(),
    ),
  })
  .strict();
export type CommonLexicon = z.infer<typeof CommonLexiconSchema>;

const PlaceSchema = z
  .object({
    /** Canonical name (English exonym); the stable id comes from it. */
    name: z.string().min(1),
    aliases: z.array(z.string().min(1)).default([]),
    /** Adjectives ("svenska", "Swedish"): "the Swedish company X" places X there. */
    demonyms: words.default([]),
    /** Nouns for its people ("amerikaneren"): they mark a person, not a location. */
    people: words.default([]),
  })
  .strict();
export const PlacesSchema = z.object({ places: z.array(PlaceSchema) }).strict();
export type PlaceSpec = z.infer<typeof PlaceSchema>;

/** Well-known bodies named in any language (EU, UN…), with their translations. */
const KnownEntitySchema = z
  .object({ name: z.string().min(1), type: EntityTypeSchema, aliases: z.array(z.string().min(1)).default([]) })
  .strict();
export const KnownEntitiesSchema = z.object({ entities: z.array(KnownEntitySchema) }).strict();
export type KnownEntity = z.infer<typeof KnownEntitySchema>;

/** graph-data/curated/aliases.yaml: names of one entity (translations, former names), switched off by --no-curated. */
export const CuratedAliasesSchema = z
  .object({
    aliases: z.array(
      z
        .object({ name: z.string().min(1), type: EntityTypeSchema.optional(), aliases: z.array(z.string().min(1)).min(1) })
        .strict(),
    ),
  })
  .strict();

/** A season or year said relative to the document's date ("i fjol", "next year", "i höstas"). */
const RelativeDateSchema = z
  .object({
    phrase,
    /** Added to the document's year. */
    years: z.number().int().default(0),
    /** First and last month of a season (December–February wraps). */
    months: z.tuple([z.number().int().min(1).max(12), z.number().int().min(1).max(12)]).optional(),
    /** The latest such season begun by the document's date ("i höstas"), not the one of its year. */
    last: z.boolean().default(false),
  })
  .strict();

/** graph-data/lexicon/dates.yaml, per language: month names, period words, relative phrases (see the file's head). */
const LanguageDateGrammarSchema = z
  .object({
    months: z.array(words.min(1)).length(12, 'must list the twelve months, January first'),
    since: z.array(phrase),
    until: z.array(phrase),
    from: z.array(phrase),
    between: z.array(phrase).default([]),
    to: z.array(phrase),
    and: z.array(phrase).default([]),
    in: z.array(phrase),
    startWords: z.array(phrase).default([]),
    relative: z.array(RelativeDateSchema).default([]),
    gatheringVerbs: z.array(phrase).default([]),
    clauseVerbs: words.default([]),
  })
  .strict();
export type LanguageDateGrammar = z.infer<typeof LanguageDateGrammarSchema>;
export const DateGrammarSchema = z.partialRecord(LanguageSchema, LanguageDateGrammarSchema);
