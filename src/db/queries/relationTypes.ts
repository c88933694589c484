/** Relationship-type alternatives for Cypher patterns, built only from the validated enums (never from raw input). */
import { RELATION_TYPES, RelationTypeSchema, type EdgeType, type RelationType } from '../../model/index.js';

/**
 * `FUNDED_BY|PARTNERS_WITH` for a pattern `[r:…]`. Each name is re-checked against the enum here, at the last step
 * before it is interpolated, so a caller cannot pass anything else by mistake.
 */
export function relationPattern(relations: readonly RelationType[] | undefined, includeWeak = false): string {
  const chosen = relations && relations.length > 0 ? relations : RELATION_TYPES;
  const names: EdgeType[] = [...new Set(chosen.map((t) => RelationTypeSchema.parse(t)))].sort();
  if (includeWeak) names.push('CO_MENTIONED');
  return names.join('|');
}
