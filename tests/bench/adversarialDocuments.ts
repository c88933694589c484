/**
 * Documents built to find superlinear stages in extraction: repetition, no sentence ends, runs of capitals, deep
 * nesting, many distinct names. Generated in code (nothing big in git), the same on every run.
 */

export interface AdversarialDocument {
  name: string;
  /** What the document is made of, as the benchmark prints it. */
  claim: string;
  /** File extension, so the reader for that format takes part. */
  ext: '.txt' | '.md' | '.html';
  text: string;
}

/** About the size of the issue's reproduction; a real article is a hundredth of it. */
export const ADVERSARIAL_BYTES = 2 * 1024 * 1024;

const SYLLABLES = ['ka', 'ri', 'vo', 'len', 'sta', 'mir', 'tu', 'bel', 'gor', 'an', 'dri', 'sel', 'nok', 'var', 'pe', 'lu'];

/**
 * The n-th made-up capitalised word: n's digits in base 16 spelled as syllables (at least three), so distinct numbers
 * give distinct words, none in any dictionary or gazetteer.
 */
export function madeUpWord(n: number): string {
  let w = '';
  for (let rest = n, digits = 0; rest > 0 || digits < 3; rest = Math.floor(rest / SYLLABLES.length), digits++) {
    w = SYLLABLES[rest % SYLLABLES.length]! + w;
  }
  return w[0]!.toUpperCase() + w.slice(1);
}

/** Parts joined by `separator` until the text reaches `bytes` (ASCII, so characters are bytes). */
function repeatTo(bytes: number, separator: string, part: (i: number) => string): string {
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < bytes; i++) {
    const p = part(i);
    parts.push(p);
    length += p.length + separator.length;
  }
  return parts.join(separator);
}

/** Names of people, bodies, places and an acronym, with relation triggers and a definite cue noun between them. */
const NAME_HEAVY_SENTENCE =
  'Kari Lindvall of the Nordic Impact Hub met Lars Brekke from Vestby Kommune, the Arctic Youth Network (AYN) and ' +
  'Green Finance Week in Bergen, and the network funded the Coastal Futures Programme together with Fundación Norte.';

/** Words of prose, none capitalised and no punctuation: one endless phrase. */
const PLAIN_WORDS = ['the', 'project', 'works', 'with', 'young', 'people', 'in', 'rural', 'areas', 'and', 'local', 'partners', 'on', 'new', 'jobs'];

/**
 * The documents at `bytes` each (default 2 MB); counts of names and depths of nesting scale with it, so smaller
 * copies show how a stage grows.
 */
export function adversarialDocuments(bytes = ADVERSARIAL_BYTES): AdversarialDocument[] {
  const scaled = (n: number) => Math.max(1, Math.round((n * bytes) / ADVERSARIAL_BYTES));
  const count = (n: number) => scaled(n).toLocaleString('en-US');
  const documents: (Omit<AdversarialDocument, 'text'> & { build: (word: () => string) => string })[] = [
    {
      name: 'repeated-sentence',
      claim: 'one name-heavy sentence repeated, one paragraph of ten sentences',
      ext: '.txt',
      build: () => repeatTo(bytes, ' ', (i) => (i % 10 === 9 ? `${NAME_HEAVY_SENTENCE}\n\n` : NAME_HEAVY_SENTENCE)),
    },
    {
      name: 'one-line',
      claim: 'one line of names and commas, no sentence end and no newline',
      ext: '.txt',
      build: () => repeatTo(bytes, ', ', () => NAME_HEAVY_SENTENCE.replace(/[.\n]/g, '')),
    },
    {
      name: 'capitalised-run',
      claim: `${count(50_000)} distinct capitalised words in one run, wrapped at 80 columns`,
      ext: '.txt',
      build: (word) => wrap(Array.from({ length: scaled(50_000) }, () => word()).join(' '), 80),
    },
    {
      name: 'distinct-names',
      claim: `${count(50_000)} distinct two-word names, one per sentence`,
      ext: '.txt',
      build: (word) => Array.from({ length: scaled(50_000) }, () => `We met ${word()} ${word()} there.`).join(' '),
    },
    {
      name: 'distinct-acronyms',
      claim: `${count(20_000)} distinct names, each with its acronym in parentheses`,
      ext: '.txt',
      build: (word) => Array.from({ length: scaled(20_000) }, () => {
        const words = [word(), word(), 'Institute'];
        return `The ${words.join(' ')} (${words.map((w) => w[0]).join('')}) joined.`;
      }).join(' '),
    },
    {
      name: 'no-punctuation',
      claim: 'one hard-wrapped paragraph of lower-case prose, no punctuation',
      ext: '.txt',
      build: (word) => wrap(repeatTo(bytes, ' ', (i) => (i % 50 === 0 ? word() : PLAIN_WORDS[i % PLAIN_WORDS.length]!)), 72),
    },
    {
      name: 'deep-list',
      claim: `Markdown bullets of names nested ${count(1000)} deep, repeated`,
      ext: '.md',
      build: (word) => repeatTo(bytes, '\n', (i) => `${'  '.repeat(i % scaled(1000))}- ${word()} Network: ${NAME_HEAVY_SENTENCE}`),
    },
    {
      name: 'short-list-items',
      claim: 'list lines of one or two words each',
      ext: '.md',
      build: (word) => repeatTo(bytes, '\n', (i) => `- ${word()}${i % 2 ? ' Forum' : ''}`),
    },
    {
      name: 'markdown-markers',
      claim: 'unclosed emphasis, link and code markers on long lines',
      ext: '.md',
      build: () => repeatTo(bytes, '\n', () => repeatTo(4000, ' ', (i) => ['**Nordic', '_Hub', '[Arctic', '`Green', '](x', '*'][i % 6]!)),
    },
    {
      name: 'deep-html',
      claim: `HTML elements nested ${count(20_000)} deep around paragraphs of names`,
      ext: '.html',
      build: () => `<html><body>${'<div><section>'.repeat(scaled(10_000))}${repeatTo(bytes * 0.85, '', () => `<p>${NAME_HEAVY_SENTENCE}</p>`)}${'</section></div>'.repeat(scaled(10_000))}</body></html>`,
    },
    {
      name: 'long-html',
      claim: 'a long HTML article: headings, paragraphs and lists of names',
      ext: '.html',
      build: (word) => `<html><body><article>${repeatTo(bytes, '\n', (i) =>
        i % 5 === 0 ? `<h2>${word()} Forum</h2>` : i % 5 === 4 ? `<ul><li>${word()} Network</li><li>${word()} Fund</li></ul>` : `<p>${NAME_HEAVY_SENTENCE}</p>`,
      )}</article></body></html>`,
    },
  ];
  // Built when read, so a benchmark process holds only its own document; each made-up word used once per document,
  // four syllables long from the start.
  return documents.map(({ name, claim, ext, build }) => ({
    name,
    claim,
    ext,
    get text() {
      let used = 16 ** 3;
      return build(() => madeUpWord(used++));
    },
  }));
}

/** Hard-wraps text at `width` columns, as mail and PDFs do. */
function wrap(text: string, width: number): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + word.length + 1 > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.join('\n');
}

export const countWords = (text: string) => text.split(/\s+/).filter(Boolean).length;
