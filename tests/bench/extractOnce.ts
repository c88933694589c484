/**
 * One single-lane extraction of a folder, curated data off, printing nothing: bench:corpus runs two of these at once
 * to measure what two cores give two independent processes on this machine, the ceiling of two lanes in one.
 */
import { extractCorpus } from '../../importer/extractCorpus.js';

const folder = process.argv[2];
if (!folder) throw new Error('usage: tsx tests/bench/extractOnce.ts <folder>');
await extractCorpus([folder], { curated: false, workers: 1 });
