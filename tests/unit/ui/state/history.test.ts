import { describe, expect, it } from 'vitest';
import { canRedo, canUndo, commit, redo, startHistory, undo } from '../../../../src/ui/state/history.js';

describe('undo stack', () => {
  it('undoes and redoes commits in order', () => {
    let h = startHistory('a');
    h = commit(h, 'b');
    h = commit(h, 'c');
    h = undo(h);
    expect(h.present).toBe('b');
    h = undo(h);
    expect(h.present).toBe('a');
    expect(canUndo(h)).toBe(false);
    h = redo(h);
    expect(h.present).toBe('b');
    expect(canRedo(h)).toBe(true);
  });

  it('drops the redo branch when a new change is committed after undoing', () => {
    const h = commit(undo(commit(startHistory(1), 2)), 3);
    expect(h.present).toBe(3);
    expect(canRedo(h)).toBe(false);
    expect(undo(h).present).toBe(1);
  });

  it('ignores undo and redo with nothing to go back or forward to, and commits of the same value', () => {
    const h = startHistory({ v: 1 });
    expect(undo(h)).toBe(h);
    expect(redo(h)).toBe(h);
    expect(commit(h, h.present)).toBe(h);
  });

  it('keeps at most 100 steps of undo', () => {
    let h = startHistory(0);
    for (let i = 1; i <= 150; i++) h = commit(h, i);
    expect(h.past).toHaveLength(100);
    expect(h.past[0]).toBe(50);
  });
});
