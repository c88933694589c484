/** Hover, selection and connection highlighting, installed as Sigma reducers. */
import { useSigma } from '@react-sigma/core';
import { useEffect, useMemo, useRef } from 'react';
import { connectionParts } from '../../actions/connectionActions.js';
import { detailFor } from '../../graph/levelOfDetail.js';
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
  // GraphView starts with the reducers of "nothing highlighted".
  const highlighting = useRef(false);

  // Changing reducers re-processes every item: in a large graph hovering would freeze the view, so it only shows the
  // hovered node's label (Sigma's own hover drawing) and the neighbourhood is for selection.
  const focusHover = detailFor(graph.order, graph.size) === 'fast' ? null : hovered;

  const path = useMemo(() => {
    if (!result) return null;
    const parts = connectionParts(result);
    return { nodes: new Set(parts.nodes), edges: new Set(parts.edges) };
  }, [result]);

  useEffect(() => {
    const focus = buildFocus(graph, { hovered: focusHover, selected, path });
    // Installing reducers re-processes every item: skip it when nothing was and nothing is highlighted.
    if (focus === null && !highlighting.current) return;
    highlighting.current = focus !== null;
    sigma.setSetting('nodeReducer', (id, data) => reduceNode(id, data, focus));
    sigma.setSetting('edgeReducer', (id, data) => reduceEdge(id, data, graph.extremities(id), focus));
    // Scene and filters change who neighbours whom: the focus is rebuilt after GraphSync (an earlier sibling) ran.
  }, [sigma, graph, focusHover, selected, path, scene, filters]);

  return null;
}
