/**
 * GraphML writer. graphology-graphml only parses (its 0.5 release ships no writer), so this small writer emits
 * the subset it reads back: typed keys for every attribute, one element per node and edge, per-edge direction.
 */
import type { Attributes } from 'graphology-types';
import type Graph from 'graphology';

type KeyType = 'string' | 'int' | 'double' | 'boolean';

// XML 1.0 cannot carry most control characters even escaped; they are dropped.
const INVALID_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function xmlEscape(value: string): string {
  return value
    .replace(INVALID_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** The narrowest GraphML type that holds every value an attribute takes. */
function keyTypes(records: Iterable<Attributes>): Map<string, KeyType> {
  const types = new Map<string, KeyType>();
  for (const attributes of records) {
    for (const [name, value] of Object.entries(attributes)) {
      if (value === null || value === undefined) continue;
      const t: KeyType =
        typeof value === 'boolean' ? 'boolean' : typeof value === 'number' ? (Number.isInteger(value) ? 'int' : 'double') : 'string';
      const seen = types.get(name);
      if (!seen || seen === t) types.set(name, t);
      else if ((seen === 'int' && t === 'double') || (seen === 'double' && t === 'int')) types.set(name, 'double');
      else types.set(name, 'string');
    }
  }
  return types;
}

function dataElements(attributes: Attributes, ids: Map<string, string>): string {
  return Object.entries(attributes)
    .filter(([, v]) => v !== null && v !== undefined)
    .map(([name, v]) => `<data key="${ids.get(name)}">${xmlEscape(String(v))}</data>`)
    .join('');
}

export function writeGraphml(graph: Graph): string {
  const nodeTypes = keyTypes(graph.mapNodes((_k, a) => a));
  const edgeTypes = keyTypes(graph.mapEdges((_k, a) => a));
  const nodeIds = new Map([...nodeTypes.keys()].map((name, i) => [name, `n${i}`]));
  const edgeIds = new Map([...edgeTypes.keys()].map((name, i) => [name, `e${i}`]));
  const keys = [
    ...[...nodeTypes].map(([name, t]) => `  <key id="${nodeIds.get(name)}" for="node" attr.name="${xmlEscape(name)}" attr.type="${t}"/>`),
    ...[...edgeTypes].map(([name, t]) => `  <key id="${edgeIds.get(name)}" for="edge" attr.name="${xmlEscape(name)}" attr.type="${t}"/>`),
  ];
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    ...keys,
    // Undirected by default and `directed="true"` per directed edge: graphology-graphml reads direction only this way.
    '  <graph id="G" edgedefault="undirected">',
  ];
  graph.forEachNode((key, attributes) => {
    lines.push(`    <node id="${xmlEscape(key)}">${dataElements(attributes, nodeIds)}</node>`);
  });
  graph.forEachEdge((key, attributes, source, target, _s, _t, undirected) => {
    const direction = undirected ? '' : ' directed="true"';
    lines.push(
      `    <edge id="${xmlEscape(key)}" source="${xmlEscape(source)}" target="${xmlEscape(target)}"${direction}>${dataElements(attributes, edgeIds)}</edge>`,
    );
  });
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}
