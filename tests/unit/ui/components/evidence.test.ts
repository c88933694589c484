import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { CURATED_DOCUMENT_ID, type Evidence } from '../../../../src/model/index.js';
import { EvidenceGroup } from '../../../../src/ui/components/EvidenceGroup.js';

const names = [['HerSpace'], ['Grant scheme']];
const noOpen = () => undefined;

function render(documentId: string, title: string, evidence: Evidence) {
  return renderToStaticMarkup(createElement(EvidenceGroup, { group: { documentId, title, evidence: [evidence] }, names, onOpenDocument: noOpen }));
}

describe('evidence in the details panel', () => {
  it('links a sentence to its document', () => {
    const sentence = 'HerSpace received support from the Grant scheme.';
    const html = render('doc-1', 'Drammen meeting', { documentId: 'doc-1', sentence, start: 10, end: 10 + sentence.length, language: 'en', trigger: 'support' });
    expect(html).toContain('Drammen meeting</button>');
    expect(html).toContain('Open in document');
    expect(html).not.toContain('curator');
  });

  it("shows a curated relation's note as a curator's note, with no document to open", () => {
    const note = 'HerSpace is one of the projects the Grant scheme supported.';
    const html = render(CURATED_DOCUMENT_ID, CURATED_DOCUMENT_ID, { documentId: CURATED_DOCUMENT_ID, sentence: note, start: 0, end: note.length, language: 'en', note });
    expect(html).toContain('Added by a curator');
    expect(html).toContain('curator’s note');
    expect(html).not.toContain('Open in document');
    expect(html).not.toContain('<button');
    expect(html).not.toContain(CURATED_DOCUMENT_ID);
    expect(html).toContain('<mark class="actor actor-0">HerSpace</mark>');
  });
});
