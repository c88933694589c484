import { describe, expect, it } from 'vitest';
import { focusOf, keepPresent, selectOnly, toggleSelected } from '../../../../src/ui/state/selection.js';

describe('selection', () => {
  it('selects one, adds and removes with toggling, and focuses the last picked', () => {
    let s = selectOnly(['x'], 'a');
    s = toggleSelected(s, 'b');
    expect(focusOf(s)).toBe('b');
    s = toggleSelected(s, 'b');
    expect(s).toEqual(['a']);
    expect(focusOf([])).toBeNull();
  });

  it('drops ids that left the scene and keeps the same array when nothing left', () => {
    const s = ['a', 'b'];
    expect(keepPresent(s, (id) => id === 'a')).toEqual(['a']);
    expect(keepPresent(s, () => true)).toBe(s);
  });
});
