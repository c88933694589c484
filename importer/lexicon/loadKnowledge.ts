/** Loads the language knowledge (graph-data/lexicon) and, unless switched off, the curated data (graph-data/curated). */
// FIRST CUT: placeholder until the extraction work lands; the shape of Knowledge is the extractor's to define.
export interface Knowledge {
  curated: boolean;
}

export function loadKnowledge(options: { curated: boolean; root?: string }): Knowledge {
  return { curated: options.curated };
}
