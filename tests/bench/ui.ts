/**
 * `npm run bench:ui`: renders synthetic graphs in headless Chromium (software WebGL) through the explorer's own store
 * and graph view, and prints: time to the first frame (drawn and flushed from the GPU), frames per second the
 * screen shows while the mouse pans, the time of one full redraw (camera move, GPU flushed) and of the redraw when a
 * pan ends, and ForceAtlas2 iterations per second in the web worker (on the drawn graph, which is redrawn after each
 * iteration, and alone on a copy), then the first frame split into its steps with the load average; then, with most
 * relations dated and the timeline under the graph, the time from brushing a period until the frame showing it is
 * drawn; and the map at 10,000 placed actors: time to its first frame and to its country outlines. No Neo4j is needed.
 * `-- --only graph,brush,map` runs some of the three parts.
 */
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { build } from 'vite';
import { PROJECT_ROOT } from '../../src/config.js';
import { launchChromium } from '../e2e/support/chromium.js';

const SIZES = [
  { nodes: 10_000, edges: 50_000 },
  { nodes: 50_000, edges: 250_000 },
];
const MAP_SIZE = { nodes: 10_000, edges: 50_000 };
const BRUSHES: { label: string; period: { from: number; to: number } | null }[] = [
  { label: 'brush 2010–2015', period: { from: 2010, to: 2015 } },
  { label: 'move to 2011–2016', period: { from: 2011, to: 2016 } },
  { label: 'one year, 2020', period: { from: 2020, to: 2020 } },
  { label: 'clear', period: null },
];
const PARTS = ['graph', 'brush', 'map'] as const;
const PAN_MS = 3000;
const LAYOUT_MS = 5000;
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };

async function buildBench(): Promise<string> {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'impact-atlas-bench-'));
  await build({
    configFile: path.join(PROJECT_ROOT, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, sourcemap: false, rollupOptions: { input: path.join(PROJECT_ROOT, 'src/ui/bench.html') } },
  });
  return outDir;
}

function serve(dir: string): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    const file = path.join(dir, path.normalize(decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/')));
    if (!file.startsWith(dir) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/**
 * Drags the canvas in circles for PAN_MS: frames per second the screen shows while dragging, and the time to the
 * full redraw once the drag ends.
 */
async function pan(page: Page): Promise<{ fps: number; redrawMs: number }> {
  const centre = { x: 640, y: 360 };
  await page.mouse.move(centre.x, centre.y);
  await page.mouse.down();
  await page.evaluate(() => window.atlasBench?.startCounting());
  const started = Date.now();
  for (let step = 0; Date.now() - started < PAN_MS; step++) {
    const angle = step / 10;
    await page.mouse.move(centre.x + 150 * Math.cos(angle), centre.y + 150 * Math.sin(angle));
  }
  const fps = await page.evaluate(() => window.atlasBench?.stopCounting() ?? 0);
  await page.evaluate(() => window.atlasBench?.armRelease());
  await page.mouse.up();
  return { fps, redrawMs: await page.evaluate(() => window.atlasBench?.releaseFrameMs() ?? 0) };
}

const loadAverage = () => os.loadavg().map((l) => l.toFixed(1)).join(' ');

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]?.length ?? 0)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padStart(widths[i] ?? 0)).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

function onlyParts(): Set<string> {
  const i = process.argv.indexOf('--only');
  const wanted = i >= 0 ? (process.argv[i + 1] ?? '').split(',') : [...PARTS];
  const unknown = wanted.filter((p) => !(PARTS as readonly string[]).includes(p));
  if (unknown.length) throw new Error(`bench:ui: --only takes ${PARTS.join(', ')}; not ${unknown.join(', ')}`);
  return new Set(wanted);
}

async function openBench(browser: Browser, url: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  page.on('pageerror', (e) => console.error(`page error: ${e.message}`));
  page.on('crash', () => console.error('page crashed'));
  await page.goto(url);
  return page;
}

/** With most relations dated: the time from a brush on the timeline until Sigma's frame showing it is drawn. */
async function brushRows(browser: Browser, base: string): Promise<string[][]> {
  const rows: string[][] = [];
  for (const wanted of SIZES) {
    const page = await openBench(browser, `${base}/bench.html?nodes=${wanted.nodes}&edges=${wanted.edges}&dated=1`);
    await page.waitForFunction(() => window.atlasBench?.firstFrameMs != null, null, { timeout: 120_000 });
    await page.waitForTimeout(500);
    const row = [`${wanted.nodes.toLocaleString('en')} / ${wanted.edges.toLocaleString('en')}`];
    for (const b of BRUSHES) row.push((await page.evaluate((p) => window.atlasBench?.brushMs(p) ?? 0, b.period)).toFixed(0));
    row.push(loadAverage());
    rows.push(row);
    await page.close();
  }
  return rows;
}

/** The map with every actor placed: time to its first frame (actors and links), and to the country outlines. */
async function mapRow(browser: Browser, base: string): Promise<string[]> {
  const page = await openBench(browser, `${base}/bench.html?nodes=${MAP_SIZE.nodes}&edges=${MAP_SIZE.edges}&view=map`);
  await page.waitForFunction(() => window.atlasMapBench?.frameMs != null && window.atlasMapBench.outlinesMs != null, null, { timeout: 120_000 });
  const t = await page.evaluate(() => window.atlasMapBench!);
  await page.close();
  return [`${MAP_SIZE.nodes.toLocaleString('en')} / ${MAP_SIZE.edges.toLocaleString('en')}`, ((t.frameMs ?? 0) / 1000).toFixed(2), ((t.outlinesMs ?? 0) / 1000).toFixed(2), loadAverage()];
}

async function main(): Promise<void> {
  const parts = onlyParts();
  console.log(`bench:ui on ${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown CPU'}, load ${loadAverage()}), headless Chromium, software WebGL`);
  const dir = await buildBench();
  const server = await serve(dir);
  const { port } = server.address() as AddressInfo;
  const browser = await launchChromium();
  const rows: string[][] = [];
  const steps: string[][] = [];
  let brushes: string[][] = [];
  let map: string[] | null = null;
  try {
    for (const wanted of parts.has('graph') ? SIZES : []) {
      const page = await openBench(browser, `http://127.0.0.1:${port}/bench.html?nodes=${wanted.nodes}&edges=${wanted.edges}`);
      await page.waitForFunction(() => window.atlasBench?.firstFrameMs != null, null, { timeout: 120_000 });
      const first = await page.evaluate(() => ({
        ms: window.atlasBench?.firstFrameMs ?? 0,
        steps: window.atlasBench?.firstFrameSteps ?? null,
        nodes: window.atlasBench?.nodes ?? 0,
        edges: window.atlasBench?.edges ?? 0,
      }));
      const size = `${first.nodes.toLocaleString('en')} / ${first.edges.toLocaleString('en')}`;
      const ms = (v: number | undefined) => (v ?? 0).toFixed(0);
      steps.push([size, ms(first.steps?.prepare), ms(first.steps?.process), ms(first.steps?.submit), ms(first.steps?.draw), loadAverage()]);
      await page.waitForTimeout(500);
      const frameMs = await page.evaluate(() => window.atlasBench?.cameraFrameMs() ?? 0);
      const panning = await pan(page);
      const drawn = await page.evaluate((ms) => window.atlasBench?.layout(ms, false) ?? 0, LAYOUT_MS);
      const alone = await page.evaluate((ms) => window.atlasBench?.layout(ms, true) ?? 0, LAYOUT_MS);
      rows.push([
        size,
        (first.ms / 1000).toFixed(2),
        panning.fps.toFixed(1),
        frameMs.toFixed(0),
        panning.redrawMs.toFixed(0),
        drawn.toFixed(1),
        alone.toFixed(1),
      ]);
      await page.close();
    }
    if (parts.has('brush')) brushes = await brushRows(browser, `http://127.0.0.1:${port}`);
    if (parts.has('map')) map = await mapRow(browser, `http://127.0.0.1:${port}`);
  } finally {
    await browser.close();
    server.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
  if (parts.has('graph')) printGraph(rows, steps);
  if (brushes.length) {
    console.log('\nTimeline brush, relations dated (a fifth undated): ms from the brush until the frame showing it is drawn. Target ≤ 200 ms.');
    console.log(table(['nodes / edges', ...BRUSHES.map((b) => b.label), 'load average'], brushes));
  }
  if (map) {
    console.log('\nMap, every actor placed: from mounting the map with the scene in the store.');
    console.log(table(['nodes / edges', 'first frame (s)', 'outlines drawn (s)', 'load average'], [map]));
  }
}

function printGraph(rows: string[][], steps: string[][]): void {
  console.log(table(['nodes / edges', 'first frame (s)', 'panning (fps)', 'full redraw (ms)', 'redraw after pan (ms)', 'ForceAtlas2 drawn (it/s)', 'ForceAtlas2 alone (it/s)'], rows));
  console.log('Targets: first frame ≤ 3 s and panning ≥ 20 fps at 50,000 / 250,000.');
  console.log('\nFirst frame by step (ms): store, scene, graphology graph, placement, appearance and Sigma reading every item; Sigma process; draw calls handed to WebGL; the GPU drawing them.');
  console.log(table(['nodes / edges', 'up to Sigma process', 'Sigma process', 'submit', 'GPU draw', 'load average'], steps));
}

main().catch((err: Error) => {
  console.error(err.stack ?? err.message);
  process.exit(1);
});
