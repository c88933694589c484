/** One supporting sentence, with the two actors' names highlighted, its language, and a link into the document. */
import type { Evidence } from '../../model/index.js';
import { highlightNames } from '../text/highlight.js';

interface Props {
  evidence: Evidence;
  /** Names (with aliases) of the actors to highlight: first group is "this" actor, second the other. */
  names: readonly (readonly string[])[];
  onOpen: () => void;
}

export function EvidenceQuote({ evidence, names, onOpen }: Props) {
  return (
    <blockquote className="evidence" lang={evidence.language}>
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
        <button type="button" className="link" onClick={onOpen}>
          Open in document →
        </button>
      </footer>
    </blockquote>
  );
}
