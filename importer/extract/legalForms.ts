/** Legal forms that close a company's name ("Genbyg A/S", "Kvarnbacken Service ek. för.", "Holm & Co. Revision"). */
import type { DocumentContext } from './candidate.js';
import { isNameToken } from './nameTokens.js';
import type { Tok } from './tokenize.js';

/** Index after the longest legal form starting at token j, or j when none does. */
export function legalFormEnd(ctx: DocumentContext, toks: Tok[], j: number): number {
  const forms = toks[j] && ctx.knowledge.legalForms.get(toks[j]!.text);
  if (!forms) return j;
  for (const form of forms) if (form.every((text, k) => toks[j + k]?.text === text)) return j + form.length;
  return j;
}

/** Capitalised words a company name may hold between an ampersand and its legal form ("& Aho Attorneys Ltd"). */
const MAX_WORDS_BEFORE_FORM = 4;

/**
 * Whether the capitalised words from `from` end in a legal form: then an ampersand before them joins two names
 * into one company's ("Strand & Partners AB"), where it would otherwise list two.
 */
export function runEndsInLegalForm(ctx: DocumentContext, toks: Tok[], from: number): boolean {
  for (let k = from, words = 0; k < toks.length && words <= MAX_WORDS_BEFORE_FORM; k++, words++) {
    if (words > 0 && legalFormEnd(ctx, toks, k) > k) return true;
    if (!isNameToken(toks[k]) || toks[k]!.glued) return false;
  }
  return false;
}

/** Whether folded words are a legal form alone ("ekonomisk förening", "a/s"): a name with one after it is the name. */
export function isLegalFormText(ctx: DocumentContext, folded: string): boolean {
  const tokens = folded.match(/[\p{L}\p{N}]+|\S/gu) ?? [];
  for (const forms of ctx.knowledge.legalForms.values()) {
    if (forms.some((f) => f.length === tokens.length && f.every((t, k) => t.toLowerCase() === tokens[k]))) return true;
  }
  return false;
}
