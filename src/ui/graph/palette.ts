/** Colours of entity types, communities and relation types: distinct hues with enough contrast on white. */
import type { EdgeType, EntityType, ReviewState } from '../../model/index.js';

export const TYPE_COLOURS: Record<EntityType, string> = {
  Organisation: '#3b5bdb',
  Programme: '#0c8599',
  Event: '#e8590c',
  Person: '#c2255c',
  Place: '#5c940d',
  Funding: '#e67700',
  Network: '#7048e8',
  Publication: '#495057',
};

const COMMUNITY_COLOURS = [
  '#1c7ed6', '#f03e3e', '#37b24d', '#f59f00', '#ae3ec9', '#1098ad', '#d6336c', '#74b816',
  '#f76707', '#4263eb', '#0ca678', '#862e9c',
];

/** Small communities share a neutral colour so the palette is spent on the ones that matter. */
export function communityColour(rank: number): string {
  return COMMUNITY_COLOURS[rank] ?? '#adb5bd';
}

export const COMMUNITY_PALETTE_SIZE = COMMUNITY_COLOURS.length;

/** Verified relations are drawn in a strong colour, rejected ones (when shown at all) in a faint one. */
export function edgeColour(type: EdgeType, review: ReviewState = 'proposed'): string {
  if (review === 'verified') return VERIFIED_COLOUR;
  if (review === 'rejected') return REJECTED_COLOUR;
  return type === 'CO_MENTIONED' ? '#dee2e6' : '#adb5bd';
}

export const VERIFIED_COLOUR = '#2b8a3e';
export const REJECTED_COLOUR = '#e9b8b8';

export const HIGHLIGHT_COLOUR = '#f08c00';
export const DIMMED_NODE_COLOUR = '#e9ecef';
export const DIMMED_EDGE_COLOUR = '#f1f3f5';
