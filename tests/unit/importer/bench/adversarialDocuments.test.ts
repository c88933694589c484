import { describe, expect, it } from 'vitest';
import { ADVERSARIAL_BYTES, adversarialDocuments, madeUpWord } from '../../../bench/adversarialDocuments.js';

// Each text is built when read: read once here.
const docs = new Map(adversarialDocuments().map((d) => [d.name, { ...d, text: d.text }]));
const doc = (name: string) => docs.get(name)!.text;

describe('adversarial documents for bench:extract', () => {
  it('are the same on every run', () => {
    expect(adversarialDocuments().map((d) => d.text)).toEqual([...docs.values()].map((d) => d.text));
  });

  it('make the 2 MB ones at least 2 MB', () => {
    for (const name of ['repeated-sentence', 'one-line', 'no-punctuation', 'deep-list', 'short-list-items', 'markdown-markers', 'long-html']) {
      expect(doc(name).length, name).toBeGreaterThanOrEqual(ADVERSARIAL_BYTES);
      expect(doc(name).length, name).toBeLessThan(ADVERSARIAL_BYTES * 1.01);
    }
  });

  it('repeat one sentence, and give one line no sentence end', () => {
    const sentences = new Set(doc('repeated-sentence').split(/(?<=\.)\s+/));
    expect(sentences.size).toBe(1);
    expect(doc('one-line')).not.toMatch(/[.!?\n]/);
    expect(doc('no-punctuation')).not.toMatch(/[.,;:!?]/);
  });

  it('hold 50,000 distinct capitalised words in one run, and 50,000 distinct names', () => {
    const words = doc('capitalised-run').split(/\s+/);
    expect(words).toHaveLength(50_000);
    expect(new Set(words).size).toBe(50_000);
    expect(words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w))).toBe(true);
    const names = doc('distinct-names').match(/(?<=We met )\S+ \S+(?= there\.)/g)!;
    expect(new Set(names).size).toBe(50_000);
  });

  it('nest Markdown bullets 1,000 deep and HTML elements 20,000 deep', () => {
    const depths = doc('deep-list').split('\n').map((l) => l.indexOf('-') / 2);
    expect(Math.max(...depths)).toBe(999);
    const html = doc('deep-html');
    expect(html.match(/<div><section>/g)).toHaveLength(10_000);
    expect(html.match(/<\/section><\/div>/g)).toHaveLength(10_000);
  });

  it('spell distinct numbers as distinct words', () => {
    const words = Array.from({ length: 70_000 }, (_, i) => madeUpWord(i));
    expect(new Set(words).size).toBe(70_000);
  });
});
