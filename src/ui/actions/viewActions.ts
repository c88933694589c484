/** Filters, how the graph is drawn, the side panel and the document reader. */
import type { AppState, Camera, Notice, SidePanel } from '../state/appState.js';
import type { Filters } from '../state/filters.js';
import { samePeriod, type Period } from '../time/period.js';
import { errorStatus, type ActionContext } from './context.js';

export function viewActions(ctx: ActionContext) {
  const { store } = ctx;

  /** Entities mentioned by the chosen documents: the document filter keeps only those. */
  async function loadDocumentEntities(documents: string[]): Promise<void> {
    if (documents.length === 0) {
      store.update((s) => ({ ...s, documentEntities: null }));
      return;
    }
    try {
      const details = await Promise.all(documents.map((id) => ctx.api.document(id)));
      const ids = new Set(details.flatMap((d) => d.mentions.map((m) => m.entityId)));
      store.update((s) => (s.filters.documents === documents ? { ...s, documentEntities: ids } : s));
    } catch (e) {
      store.update((s) => ({ ...s, status: errorStatus(e) }));
    }
  }

  return {
    loadDocumentEntities,

    setFilters(change: (f: Filters) => Filters): void {
      const before = store.get().filters;
      store.update((s) => ({ ...s, filters: change(s.filters) }));
      const after = store.get().filters;
      if (after.documents !== before.documents) void loadDocumentEntities(after.documents);
    },

    setView(change: Partial<AppState['view']>): void {
      store.update((s) => ({ ...s, view: { ...s.view, ...change } }));
    },

    showPanel(panel: SidePanel): void {
      store.update((s) => ({ ...s, view: { ...s.view, panel } }));
    },

    openDocument(documentId: string, range: { start: number; end: number } | null = null): void {
      store.update((s) => ({ ...s, reader: { documentId, range }, view: { ...s.view, panel: 'reader' } }));
    },

    closeDocument(): void {
      store.update((s) => ({ ...s, reader: { documentId: null, range: null }, view: { ...s.view, panel: 'details' } }));
    },

    /** Brushes a period on the timeline (null clears it); the same period again changes nothing. */
    setPeriod(period: Period | null): void {
      store.update((s) => (samePeriod(s.period, period) ? s : { ...s, period }));
    },

    setCamera(camera: Camera): void {
      store.update((s) => ({ ...s, camera }));
    },

    notify(notice: Notice): void {
      store.update((s) => ({ ...s, notice }));
    },

    dismissNotice(): void {
      store.update((s) => ({ ...s, notice: null, status: s.status.state === 'error' ? { state: 'idle' } : s.status }));
    },
  };
}
