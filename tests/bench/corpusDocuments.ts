/**
 * A seeded synthetic corpus of articles for bench:corpus, written from the language knowledge in graph-data/lexicon:
 * invented actors named with the lexicon's cue nouns, legal forms, given names and surname endings, relation
 * sentences from its trigger patterns (typed by relationRoles), places from the gazetteer. A pool of paragraphs is
 * recombined into documents, actors picked with a Zipf law, so a few recur in thousands of documents and most in a
 * handful. The same options always write the same files.
 */
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/config.js';
import type { EntityType, Language, RelationType } from '../../src/model/index.js';
import { CommonLexiconSchema, LanguageLexiconSchema, PlacesSchema } from '../../importer/lexicon/lexiconSchema.js';
import { loadDataFile } from '../../importer/read/loadDataFile.js';
import { seededRandom } from '../../src/ui/graph/seededRandom.js';
import { zipfSampler } from './synthetic.js';

export interface CorpusOptions {
  documents: number;
  /** Words per document on average. */
  wordsPerDocument?: number;
  /** Invented actors per language. */
  actors?: number;
  seed?: number;
}

const LANGS: Language[] = ['sv', 'da', 'nb', 'en'];
/** Sentences that name nobody, so paragraphs read like articles; actors come only from the lexicon-built sentences. */
const FILLER: Record<string, string[]> = {
  sv: ['Arbetet fortsätter under hela året med nya aktiviteter för unga och äldre.', 'Målet är att fler ska kunna delta i samhällslivet på sina egna villkor.', 'Under våren hölls flera öppna möten där deltagarna delade erfarenheter.', 'Intresset har varit stort och fler ansökningar än väntat har kommit in.'],
  da: ['Arbejdet fortsætter hele året med nye aktiviteter for unge og ældre.', 'Målet er, at flere kan deltage i samfundslivet på deres egne præmisser.', 'I løbet af foråret blev der holdt flere åbne møder, hvor deltagerne delte erfaringer.', 'Interessen har været stor, og der er kommet flere ansøgninger end ventet.'],
  nb: ['Arbeidet fortsetter hele året med nye aktiviteter for unge og eldre.', 'Målet er at flere skal kunne delta i samfunnslivet på egne premisser.', 'I løpet av våren ble det holdt flere åpne møter der deltakerne delte erfaringer.', 'Interessen har vært stor, og det har kommet inn flere søknader enn ventet.'],
  en: ['The work continues throughout the year with new activities for young and older people.', 'The aim is that more people can take part in community life on their own terms.', 'During the spring several open meetings were held where participants shared their experience.', 'Interest has been high and more applications came in than expected.'],
};
const SYLLABLES = ['vel', 'mo', 'rin', 'tå', 'sk', 'gal', 'ne', 'bro', 'fjä', 'lin', 'dor', 'am', 'ust', 'kel', 'vi', 'pe', 'trå', 'hul'];

interface Pattern { text: string; type: RelationType; sourceAfter: boolean }
interface Vocabulary { patterns: Pattern[]; cueWords: Map<EntityType, string[]> }

function vocabulary(language: Language): Vocabulary {
  const spec = loadDataFile(path.join(PROJECT_ROOT, `graph-data/lexicon/${language}.yaml`), LanguageLexiconSchema);
  // Only two-slot triggers without wildcards: "A <pattern> B", whichever slot is the source.
  const patterns = spec.relations
    .filter((r) => !r.pattern.includes('*') && !r.pairwise && r.source !== r.target && [r.source, r.target].includes('after') && [r.source, r.target].every((s) => ['after', 'before', 'subject'].includes(s)))
    .map((r) => ({ text: r.pattern, type: r.type, sourceAfter: r.source === 'after' }));
  const cueWords = new Map<EntityType, string[]>();
  for (const cue of spec.cueNouns) cueWords.set(cue.type, [...(cueWords.get(cue.type) ?? []), ...cue.words.filter((w) => /^\p{Ll}+$/u.test(w))]);
  return { patterns, cueWords };
}

const capital = (w: string) => w[0]!.toUpperCase() + w.slice(1);
const pickOf = <T>(rand: () => number, items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;

/** Writes the corpus into `folder` (`<n>.txt` with a `.meta.yaml` sidecar naming its language); returns word counts. */
export class SyntheticCorpus {
  private readonly rand: () => number;
  private readonly paragraphs: Map<Language, string[]> = new Map();
  private readonly sentence: (language: Language) => string;
  readonly wordsPerDocument: number;

  constructor(readonly options: CorpusOptions) {
    this.rand = seededRandom(options.seed ?? 7);
    this.wordsPerDocument = options.wordsPerDocument ?? 500;
    const rand = this.rand;
    const common = loadDataFile(path.join(PROJECT_ROOT, 'graph-data/lexicon/common.yaml'), CommonLexiconSchema);
    const places = loadDataFile(path.join(PROJECT_ROOT, 'graph-data/lexicon/places.yaml'), PlacesSchema).places.map((p) => p.name);
    const givenNames = common.givenNames.filter((n) => /^\p{Lu}\p{Ll}+$/u.test(n));
    const forms = common.legalForms.filter((f) => /^[A-Z][A-Za-z/]+$/.test(f));
    const stem = () => capital(Array.from({ length: 2 + Math.floor(rand() * 2) }, () => pickOf(rand, SYLLABLES)).join(''));
    const perLanguage = options.actors ?? Math.max(200, options.documents * 2);
    const vocab = new Map(LANGS.map((l) => [l, vocabulary(l)]));
    // Actors per language and type, each list ranked so that the Zipf sampler's first picks are its hubs.
    const actors = new Map<string, { names: string[]; pick: () => number }>();
    const actorName = (language: Language, type: EntityType): string => {
      if (type === 'Person') return `${pickOf(rand, givenNames)} ${stem()}${pickOf(rand, common.surnameEndings)}`;
      if (type === 'Place') return pickOf(rand, places);
      if (type === 'Organisation' && rand() < 0.4) return `${stem()} ${stem()} ${pickOf(rand, forms)}`;
      const cue = capital(pickOf(rand, vocab.get(language)!.cueWords.get(type) ?? ['group']));
      return language === 'en' ? `${stem()} ${stem()} ${cue}` : `${stem()} ${cue}`;
    };
    const actor = (language: Language, types: readonly EntityType[]) => {
      const type = pickOf(rand, types);
      const key = `${language}/${type}`;
      let pool = actors.get(key);
      if (!pool) {
        const count = type === 'Place' ? places.length : Math.ceil(perLanguage / 4);
        pool = { names: Array.from({ length: count }, () => actorName(language, type)), pick: zipfSampler(count, 1, rand) };
        actors.set(key, pool);
      }
      return pool.names[pool.pick()]!;
    };
    const roles = common.relationRoles;
    this.sentence = (language) => {
      if (rand() < 0.35) return pickOf(rand, FILLER[language]!);
      const p = pickOf(rand, vocab.get(language)!.patterns);
      const source = actor(language, roles[p.type].source as EntityType[]);
      const target = actor(language, roles[p.type].target as EntityType[]);
      const [a, b] = p.sourceAfter ? [target, source] : [source, target];
      return `${a} ${p.text} ${b}.`;
    };
  }

  private paragraph(language: Language): string {
    return Array.from({ length: 4 + Math.floor(this.rand() * 4) }, () => this.sentence(language)).join(' ');
  }

  /** A document: a title line and paragraphs drawn from its language's pool (grown as needed, reused otherwise). */
  document(index: number, variant = 0): { name: string; language: Language; text: string; words: number } {
    const rand = seededRandom((this.options.seed ?? 7) * 1_000_003 + index * 31 + variant);
    const language = LANGS[index % LANGS.length]!;
    const pool = this.paragraphs.get(language) ?? [];
    this.paragraphs.set(language, pool);
    const parts: string[] = [];
    let words = 0;
    while (words < this.wordsPerDocument) {
      // Three paragraphs in four come from the pool once it holds some: the same sentences, in other documents.
      let text: string;
      if (pool.length > 50 && rand() < 0.75) text = pool[Math.floor(rand() * pool.length)]!;
      else {
        text = this.paragraph(language);
        if (pool.length < 20_000) pool.push(text);
      }
      parts.push(text);
      words += text.split(' ').length;
    }
    const title = parts[0]!.split('.')[0]!.slice(0, 120);
    return { name: `article-${String(index).padStart(6, '0')}`, language, text: `${title}\n\n${parts.join('\n\n')}\n`, words: words + title.split(' ').length };
  }

  static write(folder: string, doc: { name: string; language: Language; text: string }): void {
    fs.writeFileSync(path.join(folder, `${doc.name}.txt`), doc.text);
    fs.writeFileSync(path.join(folder, `${doc.name}.meta.yaml`), `language: ${doc.language}\n`);
  }
}
