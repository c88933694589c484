/** Human wording of relation types, read from source to target ("A is funded by B"). */
import type { EdgeType } from '../../model/index.js';

export function relationLabel(type: EdgeType): string {
  if (type === 'CO_MENTIONED') return 'mentioned with';
  return type.toLowerCase().replace(/_/g, ' ');
}

/** Wording seen from one end: outgoing reads as is, incoming reverses ("funded by" becomes "funds"). */
export function relationFrom(type: EdgeType, direction: 'out' | 'in' | 'both'): string {
  if (direction !== 'in') return relationLabel(type);
  const reversed: Partial<Record<EdgeType, string>> = {
    MEMBER_OF: 'has member',
    PART_OF: 'includes',
    FOUNDED_BY: 'founded',
    FUNDED_BY: 'funds',
    ORGANISED_BY: 'organises',
    LOCATED_IN: 'location of',
    RUNS: 'run by',
    PARTICIPATES_IN: 'has participant',
    WORKS_AT: 'employs',
    SUPPORTS: 'supported by',
  };
  return reversed[type] ?? relationLabel(type);
}
