/** What the user chose to see: entity types, relation types, minimum confidence, documents, weak links, review states. */
import { ENTITY_TYPES, type EdgeType, type EntityType, type GraphEdge, type GraphNode, type RelationType } from '../../model/index.js';
import { DEFAULT_REVIEW_STATES, type Review, type ReviewState } from '../../model/index.js';

export interface Filters {
  hiddenTypes: EntityType[];
  hiddenRelations: RelationType[];
  minConfidence: number;
  /** Only entities these documents mention; empty means every document. */
  documents: string[];
  includeWeak: boolean;
  /** Claims in these review states are drawn; rejected ones are left out by default. */
  reviewStates: ReviewState[];
}

export const defaultFilters = (): Filters => ({
  hiddenTypes: [],
  hiddenRelations: [],
  minConfidence: 0,
  documents: [],
  includeWeak: false,
  reviewStates: [...DEFAULT_REVIEW_STATES],
});

const toggled = <T>(list: readonly T[], item: T): T[] =>
  list.includes(item) ? list.filter((x) => x !== item) : [...list, item];

export function toggleType(f: Filters, type: EntityType): Filters {
  return { ...f, hiddenTypes: toggled(f.hiddenTypes, type) };
}

/** Shows only `type`; isolating the type that is already alone shows every type again. */
export function isolateType(f: Filters, type: EntityType): Filters {
  const alone = f.hiddenTypes.length === ENTITY_TYPES.length - 1 && !f.hiddenTypes.includes(type);
  return { ...f, hiddenTypes: alone ? [] : ENTITY_TYPES.filter((t) => t !== type) };
}

export function toggleRelation(f: Filters, type: RelationType): Filters {
  return { ...f, hiddenRelations: toggled(f.hiddenRelations, type) };
}

export function toggleReviewState(f: Filters, state: ReviewState): Filters {
  return { ...f, reviewStates: toggled(f.reviewStates, state) };
}

/** A claim without a review is still what the extractor proposed. */
export const reviewStateOf = (item: { review?: Review }): ReviewState => item.review?.state ?? 'proposed';

export function toggleDocument(f: Filters, documentId: string): Filters {
  return { ...f, documents: toggled(f.documents, documentId) };
}

/**
 * Whether a node passes the filters. `documentEntities` holds the entities mentioned by the chosen documents
 * (null while none are chosen).
 */
export function nodePasses(node: GraphNode, f: Filters, documentEntities: ReadonlySet<string> | null): boolean {
  if (f.hiddenTypes.includes(node.type) || !f.reviewStates.includes(reviewStateOf(node))) return false;
  return documentEntities === null || documentEntities.has(node.id);
}

export function edgeTypePasses(type: EdgeType, f: Filters): boolean {
  return type === 'CO_MENTIONED' ? f.includeWeak : !f.hiddenRelations.includes(type);
}

export function edgePasses(edge: GraphEdge, f: Filters): boolean {
  if (!edgeTypePasses(edge.type, f) || !f.reviewStates.includes(reviewStateOf(edge))) return false;
  // Co-mentions carry no confidence of a stated relation: the threshold applies to typed relations only.
  return edge.type === 'CO_MENTIONED' || edge.confidence >= f.minConfidence;
}

export function isFiltering(f: Filters): boolean {
  return f.hiddenTypes.length > 0 || f.hiddenRelations.length > 0 || f.minConfidence > 0 || f.documents.length > 0 || !f.reviewStates.includes('proposed') || !f.reviewStates.includes('verified');
}
