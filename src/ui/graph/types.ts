/** Attributes of the graphology graph Sigma draws. `type` is Sigma's program name, so the entity type has its own key. */
import type { MultiUndirectedGraph } from 'graphology';
import type { EdgeType, EntityType, ReviewState } from '../../model/index.js';

/**
 * Sigma's display fields (`hidden`, `forceLabel`, `zIndex`, …) are present from the start with their defaults: Sigma
 * copies the attributes of every item when it indexes them and adds each missing field to each copy, which at
 * hundreds of thousands of items costs more than carrying them. Reducers still decide what is highlighted.
 */
interface DisplayDefaults {
  hidden: boolean;
  forceLabel: boolean;
  zIndex: number;
}

export interface NodeAttributes extends DisplayDefaults {
  x: number;
  y: number;
  size: number;
  color: string;
  label: string;
  highlighted: boolean;
  entityType: EntityType;
  degree: number;
  documentCount: number;
  /** ForceAtlas2 leaves fixed nodes where they are: pinned ones. */
  fixed: boolean;
  community: number | undefined;
  reviewState: ReviewState;
  /** Sigma program: unset (discs) or the point program of large graphs (see levelOfDetail.ts). */
  type: 'point' | undefined;
}

export interface EdgeAttributes extends DisplayDefaults {
  relation: EdgeType;
  confidence: number;
  reviewState: ReviewState;
  size: number;
  color: string;
  label: string;
  /** Sigma edge program: arrows for directed relations, lines for symmetric ones and co-mentions, one-pixel lines in large graphs. */
  type: 'arrow' | 'line' | 'fast';
}

export type AtlasGraph = MultiUndirectedGraph<NodeAttributes, EdgeAttributes>;
