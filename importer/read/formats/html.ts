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

function collectLines(node: Node, k: ReadingKnowledge, lines: string[], current: string[]): void {
  if (node.nodeType === NodeType.TEXT_NODE) {
    current.push(node.text);
    return;
  }
  if (node.nodeType !== NodeType.ELEMENT_NODE) return;
  const el = node as HTMLElement;
  if (isFurniture(el, k)) return;
  const block = BLOCK_TAGS.has(el.rawTagName?.toLowerCase() ?? '');
  if (block) flush(lines, current);
  for (const child of el.childNodes) collectLines(child, k, lines, current);
  if (block) flush(lines, current);
}

function flush(lines: string[], current: string[]): void {
  const line = current.join('').replace(/\s+/g, ' ').trim();
  current.length = 0;
  if (line) lines.push(line);
}

/** The article's root: <article> or <main> when the page marks it, otherwise the body. */
function mainRoot(doc: HTMLElement): HTMLElement {
  const articles = doc.querySelectorAll('article');
  if (articles.length > 0) return articles.reduce((a, b) => (b.text.length > a.text.length ? b : a));
  return doc.querySelector('main') ?? doc.querySelector('[role=main]') ?? doc.querySelector('body') ?? doc;
}

const meta = (doc: HTMLElement, ...names: string[]) => {
  for (const n of names) {
    const v = doc.querySelector(`meta[property="${n}"]`) ?? doc.querySelector(`meta[name="${n}"]`);
    const content = v?.getAttribute('content')?.trim();
    if (content) return content;
  }
  return undefined;
};

export function readHtml(source: string, k: ReadingKnowledge): FormatText {
  const doc = parse(source, { comment: false });
  const lines: string[] = [];
  const current: string[] = [];
  collectLines(mainRoot(doc), k, lines, current);
  flush(lines, current);
  const metadata: Record<string, unknown> = {};
  const title = meta(doc, 'og:title') ?? doc.querySelector('title')?.text.trim();
  if (title) metadata.title = title;
  const source_ = meta(doc, 'og:url') ?? doc.querySelector('link[rel=canonical]')?.getAttribute('href');
  if (source_) metadata.source = source_;
  const date = meta(doc, 'article:published_time', 'date', 'dc.date');
  if (date) metadata.date = date;
  const lang = doc.querySelector('html')?.getAttribute('lang')?.toLowerCase().split('-')[0];
  // "no" (Norwegian, unspecified) is written Bokmål far more often than Nynorsk.
  const language = lang === 'no' ? 'nb' : lang;
  if (language && ['sv', 'da', 'nb', 'nn', 'en'].includes(language)) metadata.language = language;
  return { text: lines.join('\n\n'), detected: metadata };
}
