/**
 * Dynamic GEXF: graphology-gexf writes static graphs only (no `mode`, no `start`/`end`), so this step adds them to
 * its output. A dated node or edge gets the days its time spans (`start` from its first day, `end` to its last; an
 * open side is left out, as GEXF reads it); undated and yearless elements exist throughout.
 */
import { spanBounds, type TimeSpan } from '../../model/index.js';

export interface ElementTimes {
  nodes: ReadonlyMap<string, TimeSpan>;
  edges: ReadonlyMap<string, TimeSpan>;
}

function interval(t: TimeSpan | undefined): string {
  const b = t && spanBounds(t);
  if (!b) return '';
  return `${b.first ? ` start="${b.first}"` : ''}${b.last ? ` end="${b.last}"` : ''}`;
}

const unescapeXml = (s: string) =>
  s.replace(/&(lt|gt|quot|apos|amp);/g, (_m, e: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[e]!);

export function withGexfTimes(xml: string, times: ElementTimes): string {
  if (times.nodes.size === 0 && times.edges.size === 0) return xml;
  return xml
    .replace(/<graph(?=[\s>])/, '<graph mode="dynamic" timeformat="date"')
    .replace(/<(node|edge) id="([^"]*)"/g, (whole, kind: string, id: string) => {
      const t = (kind === 'node' ? times.nodes : times.edges).get(unescapeXml(id));
      return t ? `${whole}${interval(t)}` : whole;
    });
}
