/**
 * The actors on the map as a list for screen readers (the canvas says nothing): name, place and where on the screen,
 * kept in step with the camera. Beyond a few hundred actors nobody reads a list, so it stops there.
 */
import { useSigma } from '@react-sigma/core';
import { useEffect, useState } from 'react';
import type { EdgeAttributes, NodeAttributes } from '../../graph/types.js';
import { useAtlas } from '../../state/useAtlas.js';

const LISTED_UP_TO = 300;

interface Marker {
  id: string;
  name: string;
  place: string;
  /** The place entity the position comes from, when the actor is not a place itself. */
  placeId: string | undefined;
  x: number;
  y: number;
}

export function MapMarkers() {
  const sigma = useSigma<NodeAttributes, EdgeAttributes>();
  const nodes = useAtlas((s) => s.scene.present.nodes);
  const [markers, setMarkers] = useState<Marker[]>([]);

  useEffect(() => {
    const graph = sigma.getGraph();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const read = () => {
      if (graph.order > LISTED_UP_TO) return setMarkers([]);
      const next: Marker[] = [];
      graph.forEachNode((id, a) => {
        if (a.hidden) return;
        const node = nodes.get(id);
        const place = node?.locatedAt ? (nodes.get(node.locatedAt)?.name ?? node.locatedAt) : a.label;
        const { x, y } = sigma.graphToViewport(a);
        next.push({ id, name: a.label, place, placeId: node?.locatedAt, x: Math.round(x), y: Math.round(y) });
      });
      setMarkers(next);
    };
    const later = () => {
      clearTimeout(timer);
      timer = setTimeout(read, 150);
    };
    sigma.on('afterRender', later);
    later();
    return () => {
      clearTimeout(timer);
      sigma.off('afterRender', later);
    };
  }, [sigma, nodes]);

  return (
    <ul className="visually-hidden" aria-label="Actors on the map" data-testid="map-markers">
      {markers.map((m) => (
        <li key={m.id} data-entity={m.id} data-place={m.placeId} data-x={m.x} data-y={m.y}>
          {m.name === m.place ? m.name : `${m.name}, ${m.place}`}
        </li>
      ))}
    </ul>
  );
}
