/**
 * Lists under a heading: "Samarbetspartners" over one partner per line, "Finansiert av" over bullets, "Styrelsen"
 * over "Name, ordförande", or inline "Samarbetspartner: A, B, C". Pages list the partners, funders, members, staff,
 * board or owners of the actor they are about; each item takes the relation of its frame with the document's subject
 * (graph-data/lexicon: `documentContext.listHeadings` per language, `listFrames` in common.yaml).
 */
import type { RelationType } from '../../../src/model/index.js';
import type { ListFrame } from '../../lexicon/lexiconSchema.js';
import type { DocumentContext } from '../candidate.js';
import type { MentionGroup } from '../groupMentions.js';
import type { FoundRelation, SentenceMention, SentenceView } from '../relations/sentenceMentions.js';
import { JOINT_UNDERTAKINGS } from './initiativeFrame.js';

/** A heading is a short line: more words and it is a sentence that happens to start with a heading word. */
const HEADING_WORDS = 5;
/** An item line names its actor and a few words about it ("Kvarnbacken Service ek. för., Sundsvall – städning"). */
const ITEM_TOKENS = 24;
/** Longest heading phrase in words ("med stöd från"). */
const PHRASE_WORDS = 3;
/** Words that may stand before an item's name on its line: a bullet, or a role and colon ("Ordförande:"). */
const ITEM_LEAD = 4;
/** Words between a list's name and its copula ("Investerare i den nya garantifonden är"). */
const COPULA_REACH = 6;
const BULLETS = new Set(['•', '-', '–', '—', '*', '·', '▪', '●']);

const CONFIDENCE = 0.7;

interface Heading {
  frame: ListFrame;
  /** Token after the heading phrase: the evidence's cue runs from the line's start to here. */
  end: number;
  /** Token after the heading phrase and its colon, where an inline list starts. */
  after: number;
}

/** The frame whose heading phrase starts at token `at` ("finansiert av"), and the token after the phrase. */
function headingAt(ctx: DocumentContext, view: SentenceView, at: number): { frame: ListFrame; end: number } | undefined {
  for (let n = PHRASE_WORDS; n >= 1; n--) {
    const toks = view.toks.slice(at, at + n);
    if (toks.length < n || toks.some((t) => t.kind !== 'word')) continue;
    const frame = ctx.lang.listHeadings.get(toks.map((t) => t.lower).join(' '));
    if (frame) return { frame, end: at + n };
  }
  return undefined;
}

/**
 * The frame a line opens when it is a heading ("Medlemmar (urval)", "Styrelsen 2023", "Finansiert av:"), or a
 * sentence naming the list with a copula ("Our investors are A, B and C", "Våra partner i projektet är …").
 */
function headingOf(ctx: DocumentContext, view: SentenceView): Heading | undefined {
  const named = view.mentions.some((m) => !m.backReference);
  const opening = headingAt(ctx, view, 0);
  if (opening) {
    const { frame, end } = opening;
    if (view.toks[end]?.text === ':') return { frame, end, after: end + 1 };
    // A heading line of its own: short, with no actor named and no full stop.
    const words = view.toks.filter((t) => t.kind === 'word').length;
    if (words <= HEADING_WORDS && !named && view.toks.at(-1)?.text !== '.') return { frame, end, after: view.toks.length };
  }
  const lead = view.toks.findIndex((t) => !(t.kind === 'word' && ctx.lang.stopWords.has(t.lower)));
  const phrase = lead >= 0 && lead <= 2 ? headingAt(ctx, view, lead) : undefined;
  if (!phrase) return undefined;
  // "Investerare i den nya garantifonden är …": a few words may qualify the list before its copula.
  for (let i = phrase.end; i < Math.min(view.toks.length, phrase.end + COPULA_REACH); i++) {
    if (view.mentions.some((m) => !m.backReference && m.first === i)) return undefined;
    if (ctx.lang.listVerbs.has(view.toks[i]!.lower)) return { frame: phrase.frame, end: phrase.end, after: i + 1 };
  }
  return undefined;
}

/** The gap between two sentences: a line break starts a new item, a blank line ends the block. */
function gap(ctx: DocumentContext, a: SentenceView, b: SentenceView): 'same-line' | 'line' | 'blank' {
  const text = ctx.text.slice(a.toks.at(-1)!.end, b.toks[0]!.start);
  return /\n[^\S\n]*\n/.test(text) ? 'blank' : text.includes('\n') ? 'line' : 'same-line';
}

/** The actor an item line names first, after a bullet or a "Role:" lead. */
function itemOf(view: SentenceView, ok: (m: SentenceMention) => boolean): SentenceMention | undefined {
  if (view.toks.length > ITEM_TOKENS) return undefined;
  const first = view.mentions.find((m) => !m.backReference);
  if (!first || !ok(first) || first.first > ITEM_LEAD) return undefined;
  const lead = view.toks.slice(0, first.first);
  const bulleted = lead.every((t) => BULLETS.has(t.text));
  const roled = lead.at(-1)?.text === ':' && lead.slice(0, -1).every((t) => t.kind === 'word' || BULLETS.has(t.text));
  return bulleted || roled ? first : undefined;
}

/** The relation an item has with the subject under a frame: partners of a programme take part in it. */
function relationOf(ctx: DocumentContext, frame: ListFrame, subject: MentionGroup): { type: RelationType; item: 'source' | 'target' } {
  const rule = ctx.knowledge.listFrames[frame];
  return rule.initiative && JOINT_UNDERTAKINGS.has(subject.type) ? { type: rule.initiative, item: 'source' } : { type: rule.type, item: rule.item };
}

export function listFrames(ctx: DocumentContext, views: SentenceView[], subject: MentionGroup | undefined): FoundRelation[] {
  if (!subject || !ctx.lang.listHeadings.size) return [];
  const found: FoundRelation[] = [];
  for (let h = 0; h < views.length; h++) {
    const heading = headingOf(ctx, views[h]!);
    if (!heading) continue;
    const only = ctx.knowledge.listFrames[heading.frame].subjects;
    if (only && !only.includes(subject.type)) continue;
    const { type, item } = relationOf(ctx, heading.frame, subject);
    const roles = ctx.knowledge.relationRoles[type];
    const other = item === 'source' ? roles.target : roles.source;
    if (!other.has(subject.type)) continue;
    const ok = (m: SentenceMention) => (item === 'source' ? roles.source : roles.target).has(m.group.type) && m.group !== subject;
    const trigger = ctx.text.slice(views[h]!.toks[0]!.start, views[h]!.toks[heading.end - 1]!.end);
    const add = (view: SentenceView, m: SentenceMention) => {
      const [source, target] = item === 'source' ? [m.group, subject] : [subject, m.group];
      found.push({ source, target, type, confidence: CONFIDENCE, sentence: view.index, trigger, mechanism: `frame:list-${heading.frame}` });
    };
    // "Samarbetspartner: A, B och C", "Plats: Folkets hus, Storgatan 1, Trollhättan": every fitting actor on the line.
    const inline = views[h]!.mentions.filter((m) => !m.backReference && m.first >= heading.after && ok(m));
    if (inline.length) {
      for (const m of inline) add(views[h]!, m);
      continue;
    }
    if (views[h]!.mentions.some((m) => !m.backReference && m.first >= heading.after)) continue;
    for (let i = h + 1; i < views.length; i++) {
      const g = gap(ctx, views[i - 1]!, views[i]!);
      // A blank line may part the heading from its first item, never two items.
      if (g === 'same-line' || (g === 'blank' && i > h + 1)) break;
      const m = itemOf(views[i]!, ok);
      if (!m) break;
      add(views[i]!, m);
    }
  }
  return found;
}
