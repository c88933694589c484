/** Main text of an HTML page: the article without navigation, scripts, forms, cookie banners or comment sections. */
import { HTMLElement, Node, NodeType, parse } from 'node-html-parser';
import type { ReadingKnowledge } from '../readingKnowledge.js';
import type { FormatText } from './types.js';

/** Elements that never hold article text. */
const DROP_TAGS = new Set([
  'nav', 'header', 'footer', 'aside', 'script', 'style', 'form', 'noscript', 'template', 'iframe', 'svg', 'button',
  'select', 'textarea', 'input', 'label', 'figcaption', 'dialog', 'canvas', 'video', 'audio', 'object', 'head',
]);
const CONTENT_ROOTS = new Set(['html', 'body', 'main', 'article']);
/** Elements after which a line ends, so headings and paragraphs stay separate lines. */
const BLOCK_TAGS = new Set([
  'address', 'article', 'blockquote', 'br', 'dd', 'div', 'dl', 'dt', 'figure', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'hr', 'li', 'main', 'ol', 'p', 'pre', 'section', 'table', 'td', 'th', 'tr', 'ul',
]);

function isFurniture(el: HTMLElement, k: ReadingKnowledge): boolean {
  if (DROP_TAGS.has(el.rawTagName?.toLowerCase() ?? '')) return true;
  const role = el.getAttribute('role');
  if (role === 'navigation' || role === 'banner' || role === 'contentinfo' || role === 'complementary') return true;
  if (el.getAttribute('aria-hidden') === 'true' || el.hasAttribute('hidden')) return true;
  // Content roots carry taxonomy classes ("category-social", "comments-open"): only what they hold is judged by class.
  if (CONTENT_ROOTS.has(el.rawTagName?.toLowerCase() ?? '')) return false;
  return k.htmlClassWords.test(`${el.getAttribute('class') ?? ''} ${el.id ?? ''}`);
}

const FLUSH = Symbol('end of block');

/** Text lines in document order; an explicit stack rather than recursion, as a page may nest elements 10,000 deep. */
function collectLines(root: Node, k: ReadingKnowledge, lines: string[], current: string[]): void {
  const stack: (Node | typeof FLUSH)[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node === FLUSH) {
      flush(lines, current);
      continue;
    }
    if (node.nodeType === NodeType.TEXT_NODE) {
      current.push(node.text);
      continue;
    }
    if (node.nodeType !== NodeType.ELEMENT_NODE) continue;
    const el = node as HTMLElement;
    if (isFurniture(el, k)) continue;
    if (BLOCK_TAGS.has(el.rawTagName?.toLowerCase() ?? '')) {
      flush(lines, current);
      stack.push(FLUSH);
    }
    for (let c = el.childNodes.length - 1; c >= 0; c--) stack.push(el.childNodes[c]!);
  }
}

/** Characters of text under an element (node-html-parser's `text` recurses, and deep pages overflow the stack). */
function textLength(root: Node): number {
  let length = 0;
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.nodeType === NodeType.TEXT_NODE) length += node.text.length;
    else for (const child of node.childNodes) stack.push(child);
  }
  return length;
}

function flush(lines: string[], current: string[]): void {
  const line = current.join('').replace(/\s+/g, ' ').trim();
  current.length = 0;
  if (line) lines.push(line);
}

/** Elements in document order; an explicit stack, as node-html-parser's querySelector recurses and deep pages overflow it. */
function* elements(root: HTMLElement): Generator<HTMLElement> {
  const stack: Node[] = [...root.childNodes].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.nodeType !== NodeType.ELEMENT_NODE) continue;
    const el = node as HTMLElement;
    yield el;
    for (let c = el.childNodes.length - 1; c >= 0; c--) stack.push(el.childNodes[c]!);
  }
}

/** The first element below `root` that passes `test`, as querySelector finds it. */
function first(root: HTMLElement, test: (el: HTMLElement) => boolean): HTMLElement | undefined {
  for (const el of elements(root)) if (test(el)) return el;
  return undefined;
}

const tagged = (name: string) => (el: HTMLElement) => el.rawTagName?.toLowerCase() === name;

/** The article's root: <article> or <main> when the page marks it, otherwise the body. */
function mainRoot(doc: HTMLElement): HTMLElement {
  const articles = [...elements(doc)].filter(tagged('article'));
  if (articles.length > 0) return articles.reduce((a, b) => (textLength(b) > textLength(a) ? b : a));
  return first(doc, tagged('main')) ?? first(doc, (el) => el.getAttribute('role') === 'main') ?? first(doc, tagged('body')) ?? doc;
}

const meta = (doc: HTMLElement, ...names: string[]) => {
  for (const n of names) {
    const isMeta = tagged('meta');
    const v = first(doc, (el) => isMeta(el) && el.getAttribute('property') === n) ?? first(doc, (el) => isMeta(el) && el.getAttribute('name') === n);
    const content = v?.getAttribute('content')?.trim();
    if (content) return content;
  }
  return undefined;
};

/** `datePublished` of the page's JSON-LD (schema.org Article, NewsArticle, Event…), anywhere in its @graph. */
function jsonLdDate(doc: HTMLElement): string | undefined {
  for (const el of elements(doc)) {
    if (!tagged('script')(el) || el.getAttribute('type') !== 'application/ld+json') continue;
    let data: unknown;
    try {
      data = JSON.parse(el.rawText);
    } catch {
      continue; // a broken block of metadata is no reason to lose the page
    }
    const stack = [data];
    while (stack.length > 0) {
      const node = stack.pop();
      if (Array.isArray(node)) stack.push(...(node as unknown[]));
      else if (node && typeof node === 'object') {
        const published = (node as Record<string, unknown>).datePublished;
        if (typeof published === 'string' && published.trim()) return published.trim();
        stack.push(...Object.values(node));
      }
    }
  }
  return undefined;
}

/** The first `<time datetime>` of the article (its publication line, on most news and blog pages). */
const timeElementDate = (root: HTMLElement) => first(root, (el) => tagged('time')(el) && !!el.getAttribute('datetime')?.trim())?.getAttribute('datetime')?.trim();

export function readHtml(source: string, k: ReadingKnowledge): FormatText {
  const doc = parse(source, { comment: false });
  const lines: string[] = [];
  const current: string[] = [];
  collectLines(mainRoot(doc), k, lines, current);
  flush(lines, current);
  const metadata: Record<string, unknown> = {};
  const title = meta(doc, 'og:title') ?? first(doc, tagged('title'))?.text.trim();
  if (title) metadata.title = title;
  const source_ = meta(doc, 'og:url') ?? first(doc, (el) => tagged('link')(el) && el.getAttribute('rel') === 'canonical')?.getAttribute('href');
  if (source_) metadata.source = source_;
  const date = meta(doc, 'article:published_time', 'date', 'dc.date', 'DC.date') ?? jsonLdDate(doc) ?? timeElementDate(mainRoot(doc));
  if (date) metadata.date = date;
  const lang = first(doc, tagged('html'))?.getAttribute('lang')?.toLowerCase().split('-')[0];
  // "no" (Norwegian, unspecified) is written Bokmål far more often than Nynorsk.
  const language = lang === 'no' ? 'nb' : lang;
  if (language && ['sv', 'da', 'nb', 'nn', 'en'].includes(language)) metadata.language = language;
  return { text: lines.join('\n\n'), detected: metadata };
}
