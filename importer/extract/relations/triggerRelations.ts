/** Relations stated by a trigger phrase of the language ("samarbetat med", "stiftet af", "managed by"). */
import { isSymmetric, type EntityType } from '../../../src/model/index.js';
import type { Slot } from '../../lexicon/lexiconSchema.js';
import type { DocumentContext } from '../candidate.js';
import { coordinatedSubject, isQuoted } from '../frames/clauseSubject.js';
import { initiativeOwner, JOINT_UNDERTAKINGS, subjectMention } from '../frames/initiativeFrame.js';
import type { MentionGroup } from '../groupMentions.js';
import { isWord } from '../nameTokens.js';
import type { Trigger } from '../../lexicon/triggerIndex.js';
import { fillSlot, type TriggerSpan } from './fillSlots.js';
import { governedByPreposition, mechanismOf, phraseAt, type FoundRelation, type SentenceMention, type SentenceView } from './sentenceMentions.js';

const CONFIDENCE = 0.8;
const BACK_REFERENCE_PENALTY = 0.2;
const LIST_PENALTY = 0.05;

function confidence(a: SentenceMention, b: SentenceMention, listed: boolean): number {
  const back = a.backReference || b.backReference ? BACK_REFERENCE_PENALTY : 0;
  return CONFIDENCE - back - (listed ? LIST_PENALTY : 0);
}

/** After "stiftet af X", a place in the same clause ("i 1980 i Washington") locates what was founded. */
function foundingPlace(ctx: DocumentContext, view: SentenceView, from: number): SentenceMention | undefined {
  for (let i = from; i < view.toks.length; i++) {
    const t = view.toks[i]!;
    if (t.text === ',' || t.text === '.' || ctx.lang.clauseStarts.has(t.lower)) return undefined;
    if (!ctx.lang.locativePrepositions.has(t.lower)) continue;
    const m = view.mentions.find((x) => x.first === i + 1 && x.group.type === 'Place');
    if (m) return m;
  }
  return undefined;
}

/** Slots that hold the clause's subject: empty, the clause is about the document's subject ("Vi samarbetar med X"). */
const SUBJECT_SLOTS = new Set<Slot>(['subject', 'before', 'antecedent']);

/** Whether an actor not governed by a preposition stands before the trigger: then the subject is named, not implied. */
function namesSubject(ctx: DocumentContext, view: SentenceView, at: number): boolean {
  return view.mentions.some((m) => m.last <= at && !governedByPreposition(ctx, view, m)) || hasOwnSubject(ctx, view, at);
}

/**
 * Whether a common noun may be the clause's subject ("Kommunerne har fået støtte fra X", "Deltagerne samarbejder
 * med"): any word before the trigger that is not a function word, a pronoun, a cue noun or a number.
 */
function hasOwnSubject(ctx: DocumentContext, view: SentenceView, at: number): boolean {
  return view.toks.slice(0, at).some((t) => {
    if (t.kind !== 'word' || /^\p{N}/u.test(t.text)) return false;
    const w = t.lower;
    return !(ctx.lang.stopWords.has(w) || ctx.lang.subjectPronouns.has(w) || ctx.lang.subjectParts.has(w) || ctx.lang.cueNouns.getExact(w) || ctx.lang.calendarWords.has(w));
  });
}

interface Ends {
  sources: SentenceMention[];
  targets: SentenceMention[];
  mechanism: string;
}

/** What a directed trigger relates: its slots, unless the clause's subject is shared or left to the document's subject. */
function ends(ctx: DocumentContext, view: SentenceView, trigger: Trigger, span: TriggerSpan, subject: MentionGroup | undefined): Ends {
  const roles = ctx.knowledge.relationRoles[trigger.type];
  const sources = fillSlot(ctx, view, trigger.source, span, roles.source);
  const targets = fillSlot(ctx, view, trigger.target, span, roles.target);
  // ", och finansieras av F": the verb phrase shares the sentence's subject, whatever name stands nearest.
  const shared = SUBJECT_SLOTS.has(trigger.source) ? coordinatedSubject(ctx, view, span.first, subject) : undefined;
  if (shared && roles.source.has(shared.group.type) && targets.length) return { sources: [shared], targets, mechanism: 'clause:coordinated' };
  // No actor named as the subject: the clause is about the document's subject ("Vi har fått stöd från X").
  if (subject && !namesSubject(ctx, view, span.first) && !isQuoted(ctx, view)) {
    const implied = subjectMention(view, subject, span.first);
    if (!sources.length && targets.length && SUBJECT_SLOTS.has(trigger.source) && roles.source.has(subject.type)) {
      return { sources: [implied], targets, mechanism: 'subject:trigger' };
    }
    if (!targets.length && sources.length && SUBJECT_SLOTS.has(trigger.target) && roles.target.has(subject.type)) {
      return { sources, targets: [implied], mechanism: 'subject:trigger' };
    }
  }
  return { sources, targets, mechanism: 'trigger' };
}

/** "i samarbete med B och C" right after a relation's last target: the co-agents, and where their list ends. */
function coAgents(ctx: DocumentContext, view: SentenceView, from: number, types: ReadonlySet<EntityType>): { agents: SentenceMention[]; last: number } | undefined {
  const length = phraseAt(view, from, ctx.lang.coAgentPhrases);
  if (!length) return undefined;
  const agents = fillSlot(ctx, view, 'after', { first: from, last: from + length }, types);
  return agents.length ? { agents, last: agents.at(-1)!.last } : undefined;
}

export function triggerRelations(ctx: DocumentContext, view: SentenceView, subject?: MentionGroup): FoundRelation[] {
  const found: FoundRelation[] = [];
  const words = view.toks.map((t) => t.lower);
  const inName = (i: number) => view.mentions.some((m) => !m.backReference && i >= m.first && i < m.last);
  for (let i = 0; i < view.toks.length; i++) {
    if (!isWord(view.toks[i]) || inName(i)) continue;
    const trigger = ctx.lang.triggers.match(words, i);
    if (!trigger) continue;
    const span = { first: i, last: i + trigger.words.length };
    const before = found.length;
    const roles = ctx.knowledge.relationRoles[trigger.type];
    const add = (s: SentenceMention, t: SentenceMention, listed: boolean, stated = trigger.type, mechanism = 'trigger') => {
      // "Projektet X genomförs i samarbete med A": an actor working with an initiative takes part in it.
      if (isSymmetric(stated) && JOINT_UNDERTAKINGS.has(s.group.type) !== JOINT_UNDERTAKINGS.has(t.group.type)) {
        const [actor, initiative] = JOINT_UNDERTAKINGS.has(s.group.type) ? [t, s] : [s, t];
        if (ctx.knowledge.relationRoles.PARTICIPATES_IN.source.has(actor.group.type)) [s, t, stated, mechanism] = [actor, initiative, 'PARTICIPATES_IN', `${mechanism}:initiative`];
      }
      if (s.group === t.group || found.some((r) => r.source === s.group && r.target === t.group && r.type === stated)) return;
      // "A del av B": being part of a network is membership.
      const type = stated === 'PART_OF' && t.group.type === 'Network' ? 'MEMBER_OF' : stated;
      const text = ctx.text.slice(view.toks[span.first]!.start, view.toks[span.last - 1]!.end);
      found.push({ source: s.group, target: t.group, type, confidence: confidence(s, t, listed), sentence: view.index, trigger: text, mechanism: mechanismOf(mechanism, s, t) });
    };
    const owner = trigger.pairwise && trigger.target === 'after' ? initiativeOwner(ctx, view, span.first, subject) : undefined;
    if (owner) {
      for (const member of fillSlot(ctx, view, trigger.target, span, ctx.knowledge.relationRoles.PARTICIPATES_IN.source)) {
        add(member, owner, true, 'PARTICIPATES_IN', 'frame:initiative');
      }
    } else if (trigger.pairwise) {
      const list = fillSlot(ctx, view, trigger.target, span, roles.target);
      list.forEach((a, x) => list.slice(x + 1).forEach((b) => add(a, b, true, trigger.type, 'trigger:pairwise')));
    } else {
      const { sources, targets, mechanism } = ends(ctx, view, trigger, span, subject);
      const listed = sources.length > 1 || targets.length > 1;
      for (const s of sources) for (const t of targets) add(s, t, listed, trigger.type, mechanism);
      if (trigger.type === 'FOUNDED_BY' && targets.length) {
        const place = foundingPlace(ctx, view, targets.at(-1)!.last);
        for (const s of sources) if (place) add(s, place, listed, 'LOCATED_IN');
      }
      // "arrangeras av A i samarbete med B och C": B and C organise it too, they do not merely work with A.
      // Only when the relation was made: "Samlingen ble arrangert av A i samarbeid med B" names no event, so A works with B.
      const joint = sources.length && targets.length && ctx.knowledge.coAgentRelations.has(trigger.type) ? coAgents(ctx, view, targets.at(-1)!.last, roles.target) : undefined;
      if (joint) {
        for (const s of sources) for (const t of joint.agents) add(s, t, true, trigger.type, `${mechanism}:co-agent`);
        i = joint.last - 1;
        continue;
      }
    }
    // A trigger that related nothing leaves its words to a shorter one ("indgået et partnerskab mellem A, B og C").
    if (found.length > before) i = span.last - 1;
  }
  return found;
}
