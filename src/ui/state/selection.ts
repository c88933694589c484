/** Selected entities, in the order picked; the last one is shown in the details panel. */
export type Selection = readonly string[];

export const focusOf = (s: Selection): string | null => s.at(-1) ?? null;

export function selectOnly(_s: Selection, id: string): Selection {
  return [id];
}

/** Adds `id`, or removes it when already selected (shift-click). */
export function toggleSelected(s: Selection, id: string): Selection {
  return s.includes(id) ? s.filter((x) => x !== id) : [...s, id];
}

/** Drops ids that left the scene, so the selection never points at nothing. */
export function keepPresent(s: Selection, present: (id: string) => boolean): Selection {
  const kept = s.filter(present);
  return kept.length === s.length ? s : kept;
}
