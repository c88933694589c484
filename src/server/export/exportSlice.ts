/** Writes a slice in one of the export formats, with the content type and file name of the download. */
import { write as writeGexf } from 'graphology-gexf';
import type { Database } from '../../db/database.js';
import { sliceProperties } from '../../db/queries/sliceProperties.js';
import type { ExportFormat, GraphSlice, TimeSpan } from '../../model/index.js';
import { csvZip } from './csv.js';
import { cypherScript } from './cypher.js';
import { withGexfTimes } from './gexfTime.js';
import { writeGraphml } from './graphml.js';
import { sliceGraph } from './sliceGraph.js';

export interface ExportFile {
  body: string | Buffer;
  contentType: string;
  fileName: string;
}

function sliceTimes(slice: GraphSlice) {
  const dated = <T extends { id: string; time?: TimeSpan }>(items: T[]) => new Map(items.flatMap((x) => (x.time ? [[x.id, x.time] as const] : [])));
  return { nodes: dated(slice.nodes), edges: dated(slice.edges) };
}

export async function exportSlice(db: Database, slice: GraphSlice, format: ExportFormat): Promise<ExportFile> {
  const name = 'impact-atlas-subgraph';
  switch (format) {
    case 'gexf':
      return { body: withGexfTimes(writeGexf(sliceGraph(slice), { version: '1.3' }), sliceTimes(slice)), contentType: 'application/gexf+xml; charset=utf-8', fileName: `${name}.gexf` };
    case 'graphml':
      return { body: writeGraphml(sliceGraph(slice)), contentType: 'application/graphml+xml; charset=utf-8', fileName: `${name}.graphml` };
    case 'json':
      // graphology's serialisation format: Gephi Lite and graphology's `import` read it as is.
      return { body: JSON.stringify(sliceGraph(slice).export()), contentType: 'application/json; charset=utf-8', fileName: `${name}.json` };
    case 'csv':
      return { body: Buffer.from(csvZip(slice)), contentType: 'application/zip', fileName: `${name}.csv.zip` };
    case 'cypher': {
      const stored = await sliceProperties(db, slice);
      return { body: cypherScript(stored.nodes, stored.edges), contentType: 'text/plain; charset=utf-8', fileName: `${name}.cypher` };
    }
  }
}
