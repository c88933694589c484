import { describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { renderSvg } from '../../../../src/ui/export/svg.js';

describe('SVG of the view', () => {
  const svg = renderSvg({
    width: 200,
    height: 100,
    background: '#fff',
    nodes: [
      { x: 10, y: 10, r: 5, color: '#3b5bdb', label: 'Røde Kors & <Partners>' },
      { x: 100, y: 50, r: 8, color: '#e8590c', label: null },
      { x: 900, y: 50, r: 8, color: '#000', label: 'off canvas' },
    ],
    edges: [{ x1: 10, y1: 10, x2: 100, y2: 50, color: '#adb5bd', width: 1, arrow: true }],
  });
  const doc = parse(svg);

  it('draws each node on the canvas as a circle with its colour', () => {
    const circles = doc.querySelectorAll('circle');
    expect(circles.map((c) => c.getAttribute('fill'))).toEqual(['#3b5bdb', '#e8590c']);
  });

  it('escapes labels and draws directed edges with an arrow', () => {
    expect(svg).toContain('Røde Kors &amp; &lt;Partners&gt;');
    expect(doc.querySelectorAll('text')).toHaveLength(1);
    expect(doc.querySelector('line')?.getAttribute('marker-end')).toBe('url(#arrow)');
  });

  it('declares its size', () => {
    expect(doc.querySelector('svg')?.getAttribute('viewBox')).toBe('0 0 200 100');
  });

  it('draws a label where the view placed it when it says so', () => {
    const placed = renderSvg({
      width: 200,
      height: 100,
      background: '#fff',
      nodes: [{ x: 100, y: 50, r: 5, color: '#000', label: 'Moved left', labelAt: { x: 20, y: 50 } }],
      edges: [],
    });
    const text = parse(placed).querySelector('text');
    expect([text?.getAttribute('x'), text?.getAttribute('y'), text?.getAttribute('dominant-baseline')]).toEqual(['20', '50', 'central']);
  });
});
