/** Attributes of the graphology graph Sigma draws. `type` is Sigma's program name, so the entity type has its own key. */
import type { MultiUndirectedGraph } from 'graphology';
import type { EdgeType, EntityType } from '../../model/index.js';

export interface NodeAttributes {
  x: number;
  y: number;
  size: number;
  color: string;
  label: string;
  entityType: EntityType;
  degree: number;
  documentCount: number;
  /** ForceAtlas2 leaves fixed nodes where they are: pinned ones. */
  fixed: boolean;
  community?: number;
  /** Sigma program: unset (discs) or the point program of large graphs (see levelOfDetail.ts). */
  type?: 'point';
}

export interface EdgeAttributes {
  relation: EdgeType;
  confidence: number;
  size: number;
  color: string;
  /** Sigma edge program: arrows for directed relations, lines for symmetric ones and co-mentions, one-pixel lines in large graphs. */
  type: 'arrow' | 'line' | 'fast';
}

export type AtlasGraph = MultiUndirectedGraph<NodeAttributes, EdgeAttributes>;
