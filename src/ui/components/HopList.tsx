/** A connection hop by hop: who is linked to whom, how, and the sentence that says so. */
import { isSymmetric, type Evidence, type GraphEdge, type GraphNode } from '../../model/index.js';
import { TYPE_COLOURS } from '../graph/palette.js';
import { useActions } from '../state/useAtlas.js';
import { relationLabel } from '../text/relationWording.js';
import { EvidenceQuote } from './EvidenceQuote.js';
import { ReviewControls } from './workbench/ReviewControls.js';

export type Hop = GraphEdge & { evidence: Evidence[] };

function Actor({ node }: { node: GraphNode | undefined }) {
  const actions = useActions();
  if (!node) return <span className="entity-link">?</span>;
  return (
    <button type="button" className="entity-link" onClick={() => void actions.pick(node.id)}>
      <span className="dot" style={{ background: TYPE_COLOURS[node.type] }} aria-hidden="true" />
      {node.name}
    </button>
  );
}

/** `order` gives the walking order of a path (from → to); hops of a connecting subgraph go source → target. */
export function HopList({ hops, nodes, order }: { hops: Hop[]; nodes: ReadonlyMap<string, GraphNode>; order?: string[] }) {
  const actions = useActions();
  return (
    <ol className="hops">
      {hops.map((hop, i) => {
        const from = order?.[i] ?? hop.source;
        const to = order?.[i + 1] ?? hop.target;
        const forward = hop.source === from;
        const directed = hop.type !== 'CO_MENTIONED' && !isSymmetric(hop.type);
        const a = nodes.get(from);
        const b = nodes.get(to);
        const names = [a ? [a.name, ...a.aliases] : [], b ? [b.name, ...b.aliases] : []];
        return (
          <li key={`${hop.id}-${i}`} className="hop">
            <div className="hop-head">
              <Actor node={a} />
              <span className="hop-relation">
                {directed && !forward && '← '}
                {relationLabel(hop.type)}
                {directed && forward && ' →'}
              </span>
              <Actor node={b} />
            </div>
            {hop.type !== 'CO_MENTIONED' && (
              <ReviewControls
                claim={{ kind: 'relation', source: hop.source, type: hop.type, target: hop.target }}
                review={hop.review}
                label={`${nodes.get(hop.source)?.name ?? hop.source} ${relationLabel(hop.type)} ${nodes.get(hop.target)?.name ?? hop.target}`}
              />
            )}
            {hop.evidence.length === 0 && <p className="hint">No sentence recorded for this link.</p>}
            {hop.evidence.slice(0, 2).map((ev) => (
              <EvidenceQuote
                key={`${ev.documentId}-${ev.start}`}
                evidence={ev}
                names={names}
                onOpen={() => actions.view.openDocument(ev.documentId, { start: ev.start, end: ev.end })}
              />
            ))}
            {hop.evidence.length > 2 && <p className="hint">and {hop.evidence.length - 2} more sentences</p>}
          </li>
        );
      })}
    </ol>
  );
}
