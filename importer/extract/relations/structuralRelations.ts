/**
 * Relations stated by the shape of the text rather than a verb: "Name (Org A & Org B)", "Name, title i Org",
 * "Person vid Org", "Unit ved University", "Org i Place", "Natos expertgrupp STO", "A/B", demonyms before a name,
 * and a short heading line naming one event and one place ("Summit: 12-14 June, Lisbon").
 */
import type { EntityType, RelationType } from '../../../src/model/index.js';
import type { DocumentContext } from '../candidate.js';
import { endsInApostropheS, inLanguageOrEnglish, isArticle, isLowerWord } from '../nameTokens.js';
import { isPersonTitle } from '../typeEvidence.js';
import { bodyAt, canHoldRole, heldRoles, roleEnds, type PersonRole } from '../frames/peopleRoles.js';
import { coordinatedList } from './coordination.js';
import { inGenitive, mechanismOf, type FoundRelation, type SentenceMention, type SentenceView } from './sentenceMentions.js';

const ACTORS = new Set<EntityType>(['Organisation', 'Network', 'Programme', 'Event', 'Funding']);
const SHORT_LINE = 10;
/** How far after "Name," a title and "i/at Org" may reach. */
const APPOSITION_REACH = 10;
/** Words of a title before a name ("Special Planning Officer"). */
const TITLE_WORDS = 3;

type Add = (s: SentenceMention, t: SentenceMention, type: RelationType, confidence: number, trigger: string, rule: string) => void;
/** Adds a person's roles at a body; true, so that a rule may stop once it found one. */
type AddRole = (person: SentenceMention, body: SentenceMention, roles: PersonRole[], confidence: number, trigger: string, rule: string) => true;

/** The text between two mentions, quotes left out ("“Building Tomorrow” i Göteborg"). */
function between(ctx: DocumentContext, view: SentenceView, a: SentenceMention, b: SentenceMention): string {
  return a.last >= b.first ? '' : ctx.text.slice(view.toks[a.last - 1]!.end, view.toks[b.first]!.start).replace(/[“”"«»„]/g, '').trim();
}

/**
 * The words right before a person's name that are (part of) a title: "sier styreleder X", "vice ordförande X", and
 * at the start of a line in any case ("Special Planning Officer X, Oulu Employment Services").
 */
function titleBefore(ctx: DocumentContext, view: SentenceView, m: SentenceMention): string[] {
  let i = m.first;
  while (i > 0 && m.first - i < TITLE_WORDS && view.toks[i - 1]!.kind === 'word' && !view.mentions.some((x) => x.last === i)) i--;
  const opening = view.toks.slice(0, i).every((t) => t.kind === 'punct');
  const words = view.toks.slice(i, m.first).filter((t, k, all) => opening || all.slice(k).every((w) => isLowerWord(w)));
  return words.some((w) => isPersonTitle(ctx, w.lower)) ? words.map((w) => w.lower) : [];
}

/** Whether nothing but list marks, a dash or a "Role:" label stands before the person on its line. */
function opensLine(view: SentenceView, m: SentenceMention): boolean {
  const colon = view.toks.findIndex((t, i) => i < m.first && t.text === ':');
  return view.toks.slice(colon + 1, m.first).every((t) => t.kind === 'punct');
}

/** Whether only a full stop or a bracketed aside follows the mention on its line ("Kooperativet X (SVB)"). */
const endsLine = (view: SentenceView, x: SentenceMention) => {
  const next = view.toks[x.last];
  return !next || (next.text === '.' && x.last === view.toks.length - 1) || next.text === '(';
};

/** Whether a mention ends its clause: the line, a comma, a bracket or a coordinator follows it. */
function endsClause(ctx: DocumentContext, view: SentenceView, x: SentenceMention): boolean {
  const next = view.toks[x.last];
  return !next || [',', '.', '(', ';'].includes(next.text) || ctx.lang.coordinators.has(next.lower);
}

/**
 * After "Name," "Name –" or "Name (": a title and "i/at Org" ("verksamhetsledare på X", "CEO of X"), a title and
 * ", Org" (a contact line), or the owner of the title in the genitive ("ESEN's executive director").
 */
function titledAffiliation(ctx: DocumentContext, view: SentenceView, m: SentenceMention, add: AddRole): boolean {
  const words: string[] = [];
  for (let i = m.last + 1; i < Math.min(view.toks.length, m.last + APPOSITION_REACH); i++) {
    const t = view.toks[i]!;
    const titled = words.some((w) => isPersonTitle(ctx, w));
    const org = bodyAt(ctx, view, i + 1, false);
    const roles = org ? heldRoles(ctx, words, m, org) : [];
    // A contact line: "Mikko Salo, Communications Manager, Sitra", "Hilde Brekke, professor, Institutt for …".
    if (t.text === ',' && titled && org && roles.length) return add(m, org, roles, 0.7, ', ,', 'affiliation:contact-line');
    // "Lars Holm, ordförande (Kooperativet X)": the title is held elsewhere, the body in brackets is where they work.
    // A cue noun may lead the name inside ("(Riksförbundet Bygdekraft)").
    const inside = view.mentions.find((x) => x.first > i && x.first <= i + 2 && !x.backReference);
    if (t.text === '(' && titled && inside && canHoldRole(ctx, 'WORKS_AT', m, inside)) return add(m, inside, ['WORKS_AT'], 0.7, ', ( )', 'people:title-parenthesis');
    if ([',', '.', ':', '“', '”', '(', ')'].includes(t.text)) return false;
    const owner = view.mentions.find((x) => x.first === i && !x.backReference);
    const ownerTitle = view.toks[owner?.last ?? -1]?.lower ?? '';
    if (!titled && owner && endsInApostropheS(view.toks[owner.last - 1]) && isPersonTitle(ctx, ownerTitle)) {
      const owned = heldRoles(ctx, [ownerTitle], m, owner);
      return owned.length > 0 && add(m, owner, owned, 0.7, `, ${view.toks[owner.last]!.text}`, 'affiliation:genitive-title');
    }
    if (t.kind === 'word') words.push(t.lower);
    if (titled && org && ctx.lang.affiliationPrepositions.has(t.lower) && roles.length) return add(m, org, roles, 0.8, `, ${t.text}`, 'affiliation:title');
  }
  return false;
}

/** "Erik Holm (Hjärtby Tillsammans & Gemensam framtid)" and "Kari Berg, avdelingssjef … i Vestland fylkeskommune". */
function affiliations(ctx: DocumentContext, view: SentenceView, m: SentenceMention, add: AddRole): void {
  if (m.group.type !== 'Person') return;
  const next = view.toks[m.last];
  const works = (x: SentenceMention) => canHoldRole(ctx, 'WORKS_AT', m, x);
  const before = titleBefore(ctx, view, m);
  if (next?.text === '(') {
    const body = bodyAt(ctx, view, m.last + 1, false);
    const inside = body && works(body) ? body : undefined;
    // Only the bodies inside these brackets: "A (X), B (Y) og C (Z)" gives each person their own.
    const close = view.toks.findIndex((t, k) => k > m.last && t.text === ')');
    const bodies = inside ? coordinatedList(ctx, view, inside, works).filter((x) => x.first > m.last && (close < 0 || x.first < close)) : [];
    for (const org of bodies) add(m, org, ['WORKS_AT'], 0.7, '( )', 'affiliation:parenthesis');
    if (!inside) titledAffiliation(ctx, view, m, add);
    return;
  }
  if (next?.text === ',' || next?.text === '–' || next?.text === '—') {
    const org = view.mentions.find((x) => x.first === m.last + 1 && !x.backReference);
    // "Programleder Nikolaj Friis, Fonden for X", "– Aisha Berg, Kooperativet Y": the body right after the comma.
    if (next.text === ',' && org && endsClause(ctx, view, org)) {
      const roles = heldRoles(ctx, before, m, org);
      if (before.length && roles.length) add(m, org, roles, 0.7, `${before.join(' ')} ,`, 'people:titled-contact');
      // Untitled, a list of people ("A, B och C") looks the same but for what follows: the line must end there.
      else if (!before.length && opensLine(view, m) && endsLine(view, org) && works(org)) add(m, org, ['WORKS_AT'], 0.7, ',', 'people:name-org-line');
      return;
    }
    if (titledAffiliation(ctx, view, m, add)) return;
  }
  const prep = view.toks[m.last];
  // "Jón Gunnarsson from the City of Reykjavík": an article may stand before the organisation.
  const skip = isArticle(ctx, view.toks[m.last + 1]?.lower ?? '') ? 1 : 0;
  // "Lektor Henrik Dalgaard fra instituttet": the organisation may be named by a back-reference (add lowers it).
  const org = view.mentions.find((x) => x.first === m.last + 1 + skip);
  // "suppleant X fra Y": the title is held elsewhere; Y is where the person comes from.
  const from = inLanguageOrEnglish(ctx, (l) => l.fromPrepositions, prep?.lower ?? '');
  const held = org ? heldRoles(ctx, from ? [] : before, m, org) : [];
  if (prep && org && ctx.lang.affiliationPrepositions.has(prep.lower) && held.length) add(m, org, held, 0.7, prep.text, 'affiliation:preposition');
}

/** "Fondens programchef Anders Skov", "SØFF's formand, Mikkel Juhl": an owner in the genitive, a title, a person. */
function titledByOwner(ctx: DocumentContext, view: SentenceView, m: SentenceMention, n: SentenceMention | undefined, add: AddRole): void {
  if (!n || n.group.type !== 'Person') return;
  if (!inGenitive(ctx, view, m) && !(m.backReference && view.toks[m.last - 1]!.lower.endsWith('s'))) return;
  const gap = view.toks.slice(m.last, n.first).filter((t) => t.text !== ',');
  const roles = heldRoles(ctx, gap.map((t) => t.lower), n, m);
  if (gap.length === 1 && isPersonTitle(ctx, gap[0]!.lower) && roles.length) add(n, m, roles, 0.7, gap[0]!.text, 'affiliation:owner-title');
}

const holdsSubunitWord = (ctx: DocumentContext, m: SentenceMention) =>
  [m.group.name, ...m.group.aliases].some((n) => n.toLowerCase().split(/\s+/).some((w) => ctx.lang.subunitWords.has(w)));

/** "Universitetet i X ved Senter for Y", "Handelshøyskolen ved NTNU": the sub-unit is part of the other. */
function subunits(ctx: DocumentContext, view: SentenceView, a: SentenceMention, b: SentenceMention, add: Add): void {
  const word = between(ctx, view, a, b).toLowerCase();
  if (!ctx.lang.affiliationPrepositions.has(word) || a.group.type === 'Person' || !ctx.lang.subunitWords.size) return;
  if (!(ACTORS.has(a.group.type) && ACTORS.has(b.group.type)) || a.backReference || b.backReference) return;
  const [part, whole] = holdsSubunitWord(ctx, b) && !holdsSubunitWord(ctx, a) ? [b, a] : [a, b];
  if (holdsSubunitWord(ctx, a) || holdsSubunitWord(ctx, b)) add(part, whole, 'PART_OF', 0.7, word, 'part-of:subunit');
}

export function structuralRelations(ctx: DocumentContext, view: SentenceView): FoundRelation[] {
  const found: FoundRelation[] = [];
  const add: Add = (s, t, type, confidence, trigger, rule) => {
    const mechanism = mechanismOf(rule, s, t);
    if (s.group !== t.group) found.push({ source: s.group, target: t.group, type, confidence: confidence - (s.backReference || t.backReference ? 0.2 : 0), sentence: view.index, trigger, mechanism });
  };
  const addRole: AddRole = (person, body, roles, confidence, trigger, rule) => {
    for (const role of roles) add(...roleEnds(role, person, body), role, confidence, trigger, rule);
    return true;
  };
  const ms = view.mentions;
  ms.forEach((m, k) => {
    affiliations(ctx, view, m, addRole);
    titledByOwner(ctx, view, m, ms[k + 1], addRole);
    const n = ms[k + 1];
    if (!n || n.first < m.last) return;
    const gap = between(ctx, view, m, n);
    subunits(ctx, view, m, n, add);
    // "Brightfield i Portugal", "Greenhouse Co-op in Newcastle", "Folkemødet 2024 i Allinge" (the edition's year).
    const place = gap.replace(/^(?:19|20)\d\d\s+/u, '').toLowerCase();
    if (ACTORS.has(m.group.type) && n.group.type === 'Place' && ctx.lang.locativePrepositions.has(place)) add(m, n, 'LOCATED_IN', 0.6, gap, 'location:preposition');
    // "amerikanska BLUEFIN", "det tyska energikooperativet Sonnenfeld", "the Bradford-based X".
    const demonym = m.group.type === 'Place' && m.last === m.first + 1 && !ctx.knowledge.places.has(view.toks[m.first]!.lower);
    // "the Vilnius-based repair social enterprise X": a few lower-case words describing the name may stand between.
    const describing = () => view.toks.slice(m.last, n.first).every((t) => isLowerWord(t));
    if (demonym && ACTORS.has(n.group.type) && n.first - m.last <= 4 && describing()) {
      add(n, m, 'LOCATED_IN', 0.6, view.toks[m.first]!.text, 'location:demonym');
    }
    // "Nordic Innovation, the Oslo-based organisation": the place-based adjective of an apposition.
    const based = (x: SentenceMention) => x.group.type === 'Place' && ctx.lang.basedSuffixes.some((b) => view.toks[x.first]!.lower.endsWith(b));
    if (ACTORS.has(m.group.type) && based(n) && view.toks[m.last]?.text === ',' && n.first - m.last <= 3) {
      add(m, n, 'LOCATED_IN', 0.6, view.toks[n.first]!.text, 'location:based');
    }
    // "Gemensam framtid/Bygdeskolan": the second is part of the first.
    if (gap === '/' && ACTORS.has(m.group.type) && ACTORS.has(n.group.type)) add(n, m, 'PART_OF', 0.5, '/', 'part-of:slash');
    // "Natos expertgrupp STO": a genitive owner, a cue noun, a name.
    const owner = view.toks[m.last - 1]!;
    const cue = view.toks[m.last];
    if (inGenitive(ctx, view, m) && m.group.type !== 'Place' && n.first === m.last + 1 && cue && ctx.lang.cueNouns.get(cue.lower)) {
      add(n, m, 'PART_OF', 0.6, `${owner.text} ${cue.text}`, 'part-of:genitive-cue');
    }
  });
  const events = ms.filter((m) => m.group.type === 'Event' || m.group.type === 'Programme');
  const places = ms.filter((m) => m.group.type === 'Place');
  if (view.toks.length <= SHORT_LINE && events.length === 1 && places.length === 1 && ms.length === 2) {
    add(events[0]!, places[0]!, 'LOCATED_IN', 0.5, 'heading', 'location:heading');
  }
  return found;
}
