/** Keyboard shortcuts for the graph: undo/redo, expand, hide, pin, connect, layout, fit, clear. */
import { useEffect } from 'react';
import { focusOf } from '../state/selection.js';
import { useActions, useStore } from '../state/useAtlas.js';

const typingIn = (t: EventTarget | null) =>
  t instanceof HTMLInputElement || t instanceof HTMLTextAreaElement || t instanceof HTMLSelectElement || (t instanceof HTMLElement && t.isContentEditable);

export function useShortcuts(): void {
  const actions = useActions();
  const store = useStore();
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (typingIn(e.target) || e.altKey) return;
      const mod = e.ctrlKey || e.metaKey;
      const key = e.key.toLowerCase();
      const focus = focusOf(store.get().selection);
      if (mod && key === 'z') (e.shiftKey ? actions.scene.redo : actions.scene.undo)();
      else if (mod && key === 'y') actions.scene.redo();
      else if (mod) return;
      else if (key === 'escape') actions.scene.clearSelection();
      else if (key === 'e' && focus) void actions.scene.expand({ id: focus, depth: 1, relations: [] });
      else if (key === 'h' && focus) actions.scene.hide([...store.get().selection]);
      else if (key === 'p' && focus) actions.scene.togglePin(focus);
      else if (key === 'c' && focus) actions.connection.addActor(focus);
      else {
        // Canvas buttons declare their own keys.
        // The first one on screen: the graph's buttons stay in the page, hidden, while the map is shown.
        const button = [...document.querySelectorAll<HTMLButtonElement>(`[data-shortcut="${CSS.escape(e.key)}"]`)].find((b) => b.checkVisibility({ visibilityProperty: true }));
        if (!button) return;
        button.click();
      }
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [actions, store]);
}
