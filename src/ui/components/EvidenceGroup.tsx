/**
 * The evidence of a relation from one source: a document (its title opens it) or the curators (their note, nothing to
 * open: graph-data/curated is not a document).
 */
import { isCuratedEvidence, type EntityRelation } from '../../model/index.js';
import { EvidenceQuote } from './EvidenceQuote.js';

interface Props {
  group: EntityRelation['evidenceByDocument'][number];
  names: readonly (readonly string[])[];
  /** Opens a document, optionally at a marked range. */
  onOpenDocument: (documentId: string, range?: { start: number; end: number }) => void;
}

export function EvidenceGroup({ group, names, onOpenDocument }: Props) {
  return (
    <div className="evidence-group">
      {isCuratedEvidence(group) ? (
        <span className="source-label">Added by a curator</span>
      ) : (
        <button type="button" className="doc-link" onClick={() => onOpenDocument(group.documentId)}>
          {group.title}
        </button>
      )}
      {group.evidence.map((ev) => (
        <EvidenceQuote
          key={`${ev.start}-${ev.end}`}
          evidence={ev}
          names={names}
          onOpen={() => onOpenDocument(ev.documentId, { start: ev.start, end: ev.end })}
        />
      ))}
    </div>
  );
}
