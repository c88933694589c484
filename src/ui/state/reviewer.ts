/** The reviewer's name, asked once and kept by the browser (localStorage), so every review is signed without asking again. */
const KEY = 'impact-atlas-reviewer';

export function loadReviewer(): string | null {
  try {
    return globalThis.localStorage?.getItem(KEY)?.trim() || null;
  } catch {
    // Storage can be switched off (private modes): the name is then asked once per page.
    return null;
  }
}

export function saveReviewer(name: string): void {
  try {
    globalThis.localStorage?.setItem(KEY, name);
  } catch {
    // See loadReviewer.
  }
}
