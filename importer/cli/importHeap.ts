/**
 * How the import process's V8 heap grows. An import holds a large live heap (every document's contributions: some
 * 600 MB on 10,000 documents) while it makes much short-lived garbage. By default V8 lets the heap grow to several
 * times what survived the last full collection before it collects again, and the garbage took the importer to
 * 2.2 GB with one worker and 1.7 GB with two. A growth factor of 1.5 keeps it to 1.4 GB for about 5% more time.
 * The flag is process-wide: the extraction worker threads follow it too.
 */
import v8 from 'node:v8';

export const HEAP_GROWING_PERCENT = 50;

export function limitHeapGrowth(): void {
  v8.setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}
