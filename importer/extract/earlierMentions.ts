/**
 * The entity a back-reference points to, chosen among the mentions before it, from running summaries of the earlier
 * sentences kept per kind of question: asking each cue noun to scan every sentence before it made a long document's
 * back-references take time growing with the square of its length.
 */
import type { EntityType } from '../../src/model/index.js';
import type { MentionGroup } from './groupMentions.js';
import type { SentenceMention, SentenceView } from './relations/sentenceMentions.js';

/** How many sentences back a cue noun may reach for an entity of its type alone. */
const REACH = 4;

/** Over sentences [0, done): the latest mention of a fitting type, and how often each entity was named. */
interface TypeSummary {
  done: number;
  last?: { group: MentionGroup; sentence: number };
  counts: Map<MentionGroup, number>;
  /** Order of first mention: the first named wins a tie in counts. */
  order: Map<MentionGroup, number>;
  best?: MentionGroup;
}

/** Over sentences [0, done): the latest entity whose name holds the cue's stem, and the latest the text called by it. */
interface StemSummary {
  done: number;
  named?: MentionGroup;
  described?: MentionGroup;
}

export class EarlierMentions {
  private readonly byTypes = new Map<string, TypeSummary>();
  private readonly byStem = new Map<string, StemSummary>();
  private readonly nameHolds = new Map<string, Map<MentionGroup, boolean>>();
  private readonly calledBy = new Map<string, Map<MentionGroup, boolean>>();

  constructor(private readonly views: SentenceView[]) {}

  /**
   * The entity a cue noun points back to: the latest one named with that noun ("kommunen" → "Trondheim kommune"),
   * else the latest one the text called by it ("X, en socialøkonomisk virksomhed"), else the latest of a fitting type
   * nearby, else the one of that type the document names most. Candidates are the mentions of sentences before
   * `upTo` and those of sentence `upTo` ending by `beforeToken`.
   */
  latest(upTo: number, types: readonly EntityType[], beforeToken: number, cue?: string): MentionGroup | undefined {
    const fits = (m: SentenceMention) => !m.backReference && types.includes(m.group.type);
    const here = this.views[upTo]!.mentions.filter((m) => fits(m) && m.last <= beforeToken);
    const stem = cue?.slice(0, Math.max(4, cue.length - 3));
    if (stem) {
      const summary = this.stemSummary(types, stem, upTo);
      const named = here.findLast((m) => this.nameHoldsStem(m.group, stem))?.group ?? summary.named;
      if (named) return named;
      const described = here.findLast((m) => this.calledByStem(m.group, stem))?.group ?? summary.described;
      if (described) return described;
    }
    if (here.length) return here.at(-1)!.group;
    const summary = this.typeSummary(types, upTo);
    if (summary.last && summary.last.sentence >= upTo - REACH) return summary.last.group;
    return summary.best;
  }

  private typeSummary(types: readonly EntityType[], upTo: number): TypeSummary {
    const key = types.join(' ');
    let summary = this.byTypes.get(key);
    // Questions come in document order; one asked further back (never, today) gets a summary of its own.
    if (!summary || summary.done > upTo) {
      summary = { done: 0, counts: new Map(), order: new Map() };
      if (!this.byTypes.has(key)) this.byTypes.set(key, summary);
    }
    for (; summary.done < upTo; summary.done++) {
      for (const m of this.views[summary.done]!.mentions) {
        if (m.backReference || !types.includes(m.group.type)) continue;
        summary.last = { group: m.group, sentence: summary.done };
        count(summary, m.group);
      }
    }
    return summary;
  }

  private stemSummary(types: readonly EntityType[], stem: string, upTo: number): StemSummary {
    const key = `${types.join(' ')}\u0000${stem}`;
    let summary = this.byStem.get(key);
    if (!summary || summary.done > upTo) {
      summary = { done: 0 };
      if (!this.byStem.has(key)) this.byStem.set(key, summary);
    }
    for (; summary.done < upTo; summary.done++) {
      for (const m of this.views[summary.done]!.mentions) {
        if (m.backReference || !types.includes(m.group.type)) continue;
        if (this.nameHoldsStem(m.group, stem)) summary.named = m.group;
        if (this.calledByStem(m.group, stem)) summary.described = m.group;
      }
    }
    return summary;
  }

  private nameHoldsStem(group: MentionGroup, stem: string): boolean {
    return memo(this.nameHolds, stem, group, () => group.name.toLowerCase().includes(stem));
  }

  /** "Rent Skifte ApS, en socialøkonomisk virksomhed …" then "Virksomheden …": the one the text called by that noun. */
  private calledByStem(group: MentionGroup, stem: string): boolean {
    return memo(this.calledBy, stem, group, () =>
      group.mentions.some((c) => c.votes.some((v) => /^(?:cue|apposition) /.test(v.why) && v.why.slice(v.why.indexOf(' ') + 1).startsWith(stem))),
    );
  }
}

function count(summary: TypeSummary, group: MentionGroup): void {
  if (!summary.order.has(group)) summary.order.set(group, summary.order.size);
  const n = (summary.counts.get(group) ?? 0) + 1;
  summary.counts.set(group, n);
  const best = summary.best;
  if (!best || n > summary.counts.get(best)! || (n === summary.counts.get(best) && summary.order.get(group)! < summary.order.get(best)!)) summary.best = group;
}

function memo<K, V>(cache: Map<string, Map<K, V>>, outer: string, key: K, compute: () => V): V {
  let inner = cache.get(outer);
  if (!inner) cache.set(outer, (inner = new Map()));
  let value = inner.get(key);
  if (value === undefined) inner.set(key, (value = compute()));
  return value;
}
