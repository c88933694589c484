/**
 * One supporting sentence, with the two actors' names highlighted, its language, and a link into the document; or,
 * for a relation a curator added, their note, which stands in no document and so has no link.
 */
import { isCuratedEvidence, type Evidence } from '../../model/index.js';
import { highlightNames } from '../text/highlight.js';

interface Props {
  evidence: Evidence;
  /** Names (with aliases) of the actors to highlight: first group is "this" actor, second the other. */
  names: readonly (readonly string[])[];
  onOpen: () => void;
}

export function EvidenceQuote({ evidence, names, onOpen }: Props) {
  const curated = isCuratedEvidence(evidence);
  return (
    <blockquote className={curated ? 'evidence curated' : 'evidence'} lang={evidence.language}>
      <p>
        {highlightNames(evidence.sentence, names).map((piece) =>
          piece.mark === null ? (
            <span key={piece.start}>{piece.text}</span>
          ) : (
            <mark key={piece.start} className={`actor actor-${piece.mark}`}>
              {piece.text}
            </mark>
          ),
        )}
      </p>
      <footer>
        <span className="lang" title="Language of the sentence">
          {evidence.language}
        </span>
        {evidence.trigger && <span className="trigger">cue “{evidence.trigger}”</span>}
        {curated ? (
          <span className="curator-note" title="Added by a curator in graph-data/curated/corrections.yaml; no document states it">
            curator’s note
          </span>
        ) : (
          <button type="button" className="link" onClick={onOpen}>
            Open in document →
          </button>
        )}
      </footer>
    </blockquote>
  );
}
