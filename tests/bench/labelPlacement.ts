/**
 * `npx tsx tests/bench/labelPlacement.ts`: the cost the label pass (src/ui/graph/labelPlacement.ts) adds to every
 * frame the graph view draws, for as many candidate labels as Sigma's grid hands it, crowded into a 1280×720 view.
 * Figures only.
 */
import { placeLabels, type LabelRequest } from '../../src/ui/graph/labelPlacement.js';
import { seededRandom } from '../../src/ui/graph/seededRandom.js';

const VIEW = { width: 1280, height: 720 };
const COUNTS = [50, 150, 500, 2000];
const FRAMES = 200;

function requests(count: number): LabelRequest[] {
  const random = seededRandom(count);
  return Array.from({ length: count }, (_, i) => ({
    key: `n${i}`,
    x: random() * VIEW.width,
    y: random() * VIEW.height,
    size: 2 + random() * 12,
    width: 40 + random() * 160,
    height: 14,
    emphasised: i === 0,
    forced: i < 40,
  }));
}

console.log('| candidate labels | placed | per frame (ms, median) | per frame (ms, p95) |');
console.log('|---|---|---|---|');
for (const count of COUNTS) {
  const input = requests(count);
  for (let i = 0; i < 20; i++) placeLabels(input, VIEW);
  const times: number[] = [];
  let placed = 0;
  for (let i = 0; i < FRAMES; i++) {
    const started = performance.now();
    placed = placeLabels(input, VIEW).length;
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!.toFixed(3);
  console.log(`| ${count} | ${placed} | ${at(0.5)} | ${at(0.95)} |`);
}
