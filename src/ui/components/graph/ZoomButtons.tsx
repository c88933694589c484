/** Fit, zoom in and zoom out over a Sigma canvas, with their keys (F, +, −); the graph view and the map share them. */
import { useCamera } from '@react-sigma/core';

export function ZoomButtons({ fitTitle }: { fitTitle: string }) {
  const { zoomIn, zoomOut, reset } = useCamera({ duration: 250, factor: 1.5 });
  return (
    <>
      <button type="button" onClick={() => reset()} title={`${fitTitle} (F)`} data-shortcut="f">
        Fit
      </button>
      <button type="button" onClick={() => zoomIn()} aria-label="Zoom in" title="Zoom in (+)" data-shortcut="+">
        +
      </button>
      <button type="button" onClick={() => zoomOut()} aria-label="Zoom out" title="Zoom out (−)" data-shortcut="-">
        −
      </button>
    </>
  );
}
