/**
 * A seeded synthetic graph slice for the rendering benchmark, shaped like an ecosystem: communities of varied size
 * (most links stay inside one), hubs by preferential attachment, and a share of links between communities.
 */
import { ENTITY_TYPES, RELATION_TYPES, type GraphEdge, type GraphNode, type GraphSlice, type TimeSpan } from '../../model/index.js';
import { seededRandom } from '../graph/seededRandom.js';

const INSIDE_COMMUNITY = 0.85;
const MEAN_COMMUNITY = 100;

export interface SyntheticOptions {
  /** Give most relations a time (a year, a start, or a period between 1990 and 2024); a fifth stay undated. */
  dated?: boolean;
  /** Give every actor a location: one of a few hundred places spread over the Nordic countries and Europe. */
  placed?: boolean;
}

const PLACES = 300;

export function syntheticSlice(nodeCount: number, edgeCount: number, options: SyntheticOptions = {}, seed = 7): GraphSlice {
  const rnd = seededRandom(seed);
  // Times and places draw from their own sequence, so the graph is the same with them or without.
  const extra = seededRandom(seed + 1);
  const year = () => String(1990 + Math.floor(extra() * 35));
  const time = (): TimeSpan | undefined => {
    const r = extra();
    if (r < 0.2) return undefined;
    if (r < 0.6) return { at: year(), precision: 'year' };
    if (r < 0.8) return { from: year(), precision: 'year' };
    const [a, b] = [year(), year()].sort() as [string, string];
    return { from: a, to: b, precision: 'year' };
  };
  const places = Array.from({ length: PLACES }, () => ({ latitude: 45 + extra() * 25, longitude: -5 + extra() * 35 }));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T;
  const nodes: GraphNode[] = [];
  const community: number[] = [];
  const members: number[][] = [];
  for (let i = 0; i < nodeCount; i++) {
    // Community sizes vary: a node starts a new community with probability 1/MEAN_COMMUNITY.
    if (members.length === 0 || rnd() < 1 / MEAN_COMMUNITY) members.push([]);
    const c = members.length - 1;
    community.push(c);
    (members[c] as number[]).push(i);
    const node: GraphNode = { id: `n${i}`, name: `Entity ${i}`, type: pick(ENTITY_TYPES), aliases: [], degree: 0, documentCount: 1 };
    if (options.placed) node.location = places[Math.floor(extra() * PLACES)];
    nodes.push(node);
  }
  // Ends of earlier edges: drawing from them makes hubs, as in real networks.
  const ends: number[] = [];
  const edges: GraphEdge[] = [];
  const seen = new Set<string>();
  while (edges.length < edgeCount) {
    const a = Math.floor(rnd() * nodeCount);
    const own = members[community[a] as number] as number[];
    const b =
      rnd() < INSIDE_COMMUNITY ? (own[Math.floor(rnd() * own.length)] as number) : (ends[Math.floor(rnd() * ends.length)] ?? Math.floor(rnd() * nodeCount));
    const type = pick(RELATION_TYPES);
    const id = `n${a}>${type}>n${b}`;
    if (a === b || seen.has(id)) continue;
    seen.add(id);
    ends.push(a, b);
    const e: GraphEdge = { id, source: `n${a}`, target: `n${b}`, type, confidence: rnd(), documentCount: 1, evidenceCount: 1 };
    const t = options.dated ? time() : undefined;
    if (t) e.time = t;
    edges.push(e);
    (nodes[a] as GraphNode).degree += 1;
    (nodes[b] as GraphNode).degree += 1;
  }
  return { nodes, edges, truncated: false };
}
