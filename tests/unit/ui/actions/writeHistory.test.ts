import { describe, expect, it } from 'vitest';
import type { CorrectionBody, GraphSlice, ReviewBody } from '../../../../src/model/index.js';
import { createActions } from '../../../../src/ui/actions/index.js';
import type { api } from '../../../../src/ui/http/client.js';
import { initialState, type AppState } from '../../../../src/ui/state/appState.js';
import { startHistory } from '../../../../src/ui/state/history.js';
import { emptyScene, mergeSlice } from '../../../../src/ui/state/scene.js';
import { createStore } from '../../../../src/ui/state/store.js';
import { edge, node } from '../fixtures.js';

/** A stand-in for the HTTP client that records what the actions asked the server and answers like it. */
function fakeServer() {
  const calls: string[] = [];
  let names: Record<string, string> = { a: 'A' };
  let next = 0;
  const client = {
    review: async (body: ReviewBody) => {
      calls.push(`review ${body.claim.kind === 'relation' ? `${body.claim.source}>${body.claim.type}>${body.claim.target}` : body.claim.id} ${body.state}`);
      return { claim: body.claim, review: body.state === 'proposed' ? undefined : { state: body.state, by: body.by, at: '2026-12-04T18:00:00Z' } };
    },
    correct: async (body: CorrectionBody) => {
      const id = `c${++next}`;
      calls.push(`correct ${body.kind} ${id}`);
      if (body.kind === 'rename') names = { ...names, [body.entity]: body.name };
      return { correction: { id, kind: body.kind }, affected: { entityIds: ['a'] } };
    },
    undoCorrection: async (id: string) => {
      calls.push(`undo ${id}`);
      names = { a: 'A' };
      return { correction: { id, kind: 'rename' as const }, affected: { entityIds: ['a'] } };
    },
    subgraph: async ({ ids }: { ids: string[] }): Promise<GraphSlice> => ({
      nodes: ids.filter((id) => names[id]).map((id) => ({ ...node(id), name: names[id] ?? id })),
      edges: ids.includes('b') ? [edge('a', 'PARTNERS_WITH', 'b')] : [],
      truncated: false,
    }),
  };
  return { calls, client: client as unknown as typeof api };
}

function setUp() {
  const server = fakeServer();
  const scene = mergeSlice(emptyScene(), { nodes: [node('a'), node('b')], edges: [edge('a', 'PARTNERS_WITH', 'b')] });
  const store = createStore<AppState>({ ...initialState(), reviewer: 'Kari', scene: startHistory(scene) });
  return { ...server, store, actions: createActions(store, server.client) };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('undo and redo of workbench writes', () => {
  it('undo of a rename asks the server to undo that correction; redo makes it again under its new id', async () => {
    const { calls, store, actions } = setUp();
    expect(await actions.correction.correct({ kind: 'rename', entity: 'a', name: 'Alpha' })).toBe(true);
    expect(store.get().scene.present.nodes.get('a')?.name).toBe('Alpha');
    actions.scene.undo();
    await settle();
    expect(store.get().scene.present.nodes.get('a')?.name).toBe('A');
    actions.scene.redo();
    await settle();
    actions.scene.undo();
    await settle();
    expect(calls).toEqual(['correct rename c1', 'undo c1', 'correct rename c2', 'undo c2']);
  });

  it('undo of a review puts the claim back to the state it had, on the page and on the server', async () => {
    const { calls, store, actions } = setUp();
    const claim = { kind: 'relation', source: 'a', type: 'PARTNERS_WITH', target: 'b' } as const;
    await actions.review.review(claim, 'rejected', null);
    expect(store.get().scene.present.edges.get('a>PARTNERS_WITH>b')?.review?.state).toBe('rejected');
    actions.scene.undo();
    await settle();
    expect(store.get().scene.present.edges.get('a>PARTNERS_WITH>b')?.review).toBeUndefined();
    expect(calls).toEqual(['review a>PARTNERS_WITH>b rejected', 'review a>PARTNERS_WITH>b proposed']);
  });

  it('asks for the reviewer once, and a declined name sends nothing', async () => {
    const { calls, store, actions } = setUp();
    store.update((s) => ({ ...s, reviewer: null }));
    const pending = actions.review.review({ kind: 'entity', id: 'a' }, 'verified', null);
    expect(store.get().askingReviewer).toBe(true);
    actions.reviewer.cancel();
    expect(await pending).toBe(false);
    const again = actions.review.review({ kind: 'entity', id: 'a' }, 'verified', null);
    actions.reviewer.set('  Kari  ');
    expect(await again).toBe(true);
    expect(store.get().reviewer).toBe('Kari');
    expect(calls).toEqual(['review a verified']);
  });
});
