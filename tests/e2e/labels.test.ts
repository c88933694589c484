/**
 * Labels in a crowded view, in real Chromium: a 130-actor graph whose hub has 34 long-named neighbours. The labels the
 * graph view drew are read from the graph element's `data-labels` (what LabelLayout wrote after placing them); the
 * screenshots are in test-results/e2e/.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { DrawnLabel } from '../../src/ui/graph/labelLayer.js';
import { intersects, LABEL_GAP, type Box } from '../../src/ui/graph/labelPlacement.js';
import { CROWDED_ACTORS, crowdedExtraction, HUB, HUB_NEIGHBOURS } from './support/crowdedExtraction.js';
import { inView, screenshot, SCREENSHOTS, startExplorer, type Explorer } from './support/explorer.js';

let explorer: Explorer;
const extraction = crowdedExtraction();
const neighbourhood = new Set([HUB.id, ...extraction.relations.flatMap((r) => (r.source === HUB.id ? [r.target] : r.target === HUB.id ? [r.source] : []))]);

const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 20_000 });

beforeAll(async () => {
  explorer = await startExplorer({ import: { extraction, curated: false } });
});

afterAll(async () => {
  await explorer?.close();
});

/** The labels drawn, once the view has settled (the attribute is written a moment after the labels stop moving). */
async function drawnLabels(page: Page, until: (labels: DrawnLabel[]) => boolean): Promise<DrawnLabel[]> {
  const read = async () => JSON.parse((await page.locator('.graph-canvas .sigma-container').getAttribute('data-labels')) ?? '[]') as DrawnLabel[];
  await poll(async () => until(await read())).toBe(true);
  // Nothing moves any more: two reads half a second apart agree (the attribute lags the frames by a moment).
  let last = '';
  await poll(async () => {
    await page.waitForTimeout(500);
    const now = JSON.stringify(await read());
    const same = now === last;
    last = now;
    return same;
  }).toBe(true);
  return read();
}

function overlapping(labels: readonly (Box & { key: string })[]): string[] {
  const pairs: string[] = [];
  for (let i = 0; i < labels.length; i++)
    for (let j = i + 1; j < labels.length; j++) if (intersects(labels[i]!, labels[j]!)) pairs.push(`${labels[i]!.key} / ${labels[j]!.key}`);
  return pairs;
}

/** Where Sigma's own label drawing would have put the text: right of the node. */
const sigmaDefault = (l: DrawnLabel) => ({ key: l.key, x: l.node.x + l.node.size + LABEL_GAP, y: l.node.y - l.height / 2, width: l.width, height: l.height });

describe('labels of a crowded graph', () => {
  it("never overlap in a selected node's neighbourhood", async () => {
    const page = await explorer.open(`?sel=${HUB.id}`);
    await poll(() => page.locator('.entity-name').textContent()).toBe(HUB.name);
    expect((await inView(page)).nodes).toBe(CROWDED_ACTORS);
    expect(neighbourhood.size).toBe(HUB_NEIGHBOURS + 1);
    const labels = await drawnLabels(page, (ls) => ls.some((l) => l.key === HUB.id && l.emphasised));
    await screenshot(page, 'labels-crowded-selection');

    // With a selection only its neighbourhood is labelled.
    expect(labels.every((l) => neighbourhood.has(l.key))).toBe(true);
    expect(overlapping(labels)).toEqual([]);
    // The view is crowded: drawn where Sigma draws a label, some of these would cover each other.
    expect(overlapping(labels.map(sigmaDefault)).length).toBeGreaterThan(0);
    expect(labels.length).toBeGreaterThanOrEqual(8);

    // Closer in there is room for more of the neighbourhood's names, and still none covers another.
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await page.getByRole('button', { name: 'Zoom in' }).click();
    const closer = await drawnLabels(page, (ls) => ls.length > labels.length);
    await screenshot(page, 'labels-crowded-selection-closer');
    expect(closer.every((l) => neighbourhood.has(l.key))).toBe(true);
    expect(overlapping(closer)).toEqual([]);
    const moved = (ls: DrawnLabel[]) => ls.filter((l) => l.side !== 'right').length;
    console.log(
      `labels of the ${neighbourhood.size}-node neighbourhood drawn: ${labels.length} fitted (${moved(labels)} moved off Sigma's side), ${closer.length} zoomed in twice (${moved(closer)} moved)`,
    );
  });

  it('without a selection follow the density settings and do not overlap either', async () => {
    const page = await explorer.open();
    const labels = await drawnLabels(page, (ls) => ls.length > 0);
    await screenshot(page, 'labels-crowded-overview');
    expect(labels.length).toBeLessThan(CROWDED_ACTORS);
    expect(overlapping(labels)).toEqual([]);
  });

  it('are exported as drawn: the SVG has the labels the view placed, where it placed them, and the PNG is written', async () => {
    const page = await explorer.open(`?sel=${HUB.id}`);
    const labels = await drawnLabels(page, (ls) => ls.some((l) => l.key === HUB.id && l.emphasised));
    // By keyboard, as the menu is used without a mouse.
    await page.locator('.export-menu summary').press('Enter');
    const [svg] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'SVG', exact: true }).press('Enter')]);
    const texts = parse(fs.readFileSync(await svg.path(), 'utf8')).querySelectorAll('#labels text');
    expect(texts.map((t) => t.text).sort()).toEqual(labels.map((l) => l.label).sort());
    const hub = labels.find((l) => l.key === HUB.id)!;
    const hubText = texts.find((t) => t.text === hub.label)!;
    expect(Number(hubText.getAttribute('x'))).toBeCloseTo(hub.x, 0);

    const [png] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'PNG', exact: true }).press('Enter')]);
    const file = path.join(SCREENSHOTS, 'labels-crowded-export.png');
    fs.copyFileSync(await png.path(), file);
    expect(fs.statSync(file).size).toBeGreaterThan(10_000);
  });
});
