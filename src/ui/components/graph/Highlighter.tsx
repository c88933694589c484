/** Hover, selection and connection highlighting, installed as Sigma reducers. */
import { useSigma } from '@react-sigma/core';
import { useEffect, useMemo } from 'react';
import { connectionParts } from '../../actions/connectionActions.js';
import { buildFocus, reduceEdge, reduceNode } from '../../graph/reducers.js';
import type { AtlasGraph, EdgeAttributes, NodeAttributes } from '../../graph/types.js';
import { useAtlas } from '../../state/useAtlas.js';

export function Highlighter({ graph }: { graph: AtlasGraph }) {
  const sigma = useSigma<NodeAttributes, EdgeAttributes>();
  const hovered = useAtlas((s) => s.hovered);
  const selected = useAtlas((s) => s.selection);
  const result = useAtlas((s) => s.connection.result);
  const scene = useAtlas((s) => s.scene.present);
  const filters = useAtlas((s) => s.filters);

  const path = useMemo(() => {
    if (!result) return null;
    const parts = connectionParts(result);
    return { nodes: new Set(parts.nodes), edges: new Set(parts.edges) };
  }, [result]);

  useEffect(() => {
    const focus = buildFocus(graph, { hovered, selected, path });
    sigma.setSetting('nodeReducer', (id, data) => reduceNode(id, data, focus));
    sigma.setSetting('edgeReducer', (id, data) => reduceEdge(id, data, graph.extremities(id), focus));
    // Scene and filters change who neighbours whom: the focus is rebuilt after GraphSync (an earlier sibling) ran.
  }, [sigma, graph, hovered, selected, path, scene, filters]);

  return null;
}
