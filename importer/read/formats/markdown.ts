/** Text of a Markdown file: YAML front matter split off as metadata, markup stripped to plain lines. */
import type { FormatText } from './types.js';

const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/**
 * Markup to plain text by line-level rules: articles use a small part of Markdown (headings, emphasis, links,
 * lists), and a full Markdown parser would add a dependency for what a few rules do. Each span a rule looks for is
 * bounded (300 characters of emphasis or link text, 2000 of a URL or tag), so a line of unclosed markers costs time
 * in proportion to its length, not its square.
 */
function stripMarkup(body: string): string {
  return body
    .replace(/^```[^\n]*\n[\s\S]*?\n```[ \t]*$/gm, '') // fenced code is not prose
    .replace(/^ {0,3}#{1,6}[ \t]+(.*?)[ \t#]*$/gm, '$1') // headings
    .replace(/^ {0,3}>[ \t]?/gm, '') // block quotes
    .replace(/^ {0,3}([-*+])[ \t]+/gm, '– ') // bullets keep a list marker the segmenter knows
    .replace(/!\[([^\]]{0,300})\]\([^)]{0,2000}\)/g, '') // images
    .replace(/\[([^\]]{1,300})\]\([^)]{0,2000}\)/g, '$1') // links keep their text
    .replace(/(\*\*|__)(?=\S)(.{1,300}?)(?<=\S)\1/g, '$2') // strong
    .replace(/(^|[^\p{L}*_])([*_])(?=\S)(.{1,300}?)(?<=\S)\2(?![\p{L}*_])/gu, '$1$3') // emphasis
    .replace(/`([^`]{1,300})`/g, '$1')
    .replace(/<[^>\n]{1,2000}>/g, '') // inline HTML tags
    .replace(/^ {0,3}([-*_])([ \t]*\1){2,}[ \t]*$/gm, ''); // rules
}

export function readMarkdown(source: string): FormatText {
  const match = FRONT_MATTER.exec(source);
  if (!match) return { text: stripMarkup(source) };
  return { text: stripMarkup(source.slice(match[0].length)), frontMatter: { yaml: match[1]!, line: 2 } };
}
