/**
 * The timeline and the map in real Chromium over the imported sample corpus: brushing a period leaves only the
 * relations that hold in it, and the map puts the corpus's places where they are. Screenshots go to test-results/e2e/.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphSliceSchema, spanOverlaps, type GraphSlice } from '../../src/model/index.js';
import { screenshot, searchAndPick, startExplorer, type Explorer } from './support/explorer.js';

let explorer: Explorer;
let overview: GraphSlice;

const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 15_000 });

beforeAll(async () => {
  explorer = await startExplorer();
  // What the explorer's first view holds, read from the API on its own, to know what a period should leave.
  overview = GraphSliceSchema.parse(await (await fetch(`${explorer.url}/api/overview?limit=2000`)).json());
});

afterAll(async () => {
  await explorer?.close();
});

/** Nodes and edges the graph view draws (not hidden by the period). */
async function drawn(page: Page): Promise<{ nodes: number; edges: number }> {
  const canvas = page.locator('.graph-layer .sigma-container');
  return { nodes: Number(await canvas.getAttribute('data-shown-nodes')), edges: Number(await canvas.getAttribute('data-shown-edges')) };
}

/** Drags over the timeline's bars from the middle of one year to the middle of another. */
async function brush(page: Page, from: number, to: number): Promise<void> {
  const bars = page.locator('.timeline-bars');
  const first = Number(await bars.getAttribute('aria-valuemin'));
  const last = Number(await bars.getAttribute('aria-valuemax'));
  const box = (await bars.boundingBox())!;
  const x = (year: number) => box.x + ((year - first + 0.5) / (last - first + 1)) * box.width;
  await page.mouse.move(x(from), box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move((x(from) + x(to)) / 2, box.y + box.height / 2, { steps: 3 });
  await page.mouse.move(x(to), box.y + box.height / 2, { steps: 3 });
  await page.mouse.up();
}

describe('timeline and map on the sample corpus', () => {
  it('brushing 2010–2015 shows only the relations that hold then, and clearing shows all again', async () => {
    const typed = overview.edges.filter((e) => e.type !== 'CO_MENTIONED');
    const holding = typed.filter((e) => e.time && spanOverlaps(e.time, '2010-01-01', '2015-12-31'));
    // The corpus states relations of 2012 and others outside the period (a founding in 1980, a scheme of 2022).
    expect(holding.length).toBeGreaterThan(0);
    expect(typed.some((e) => e.time && !spanOverlaps(e.time, '2010-01-01', '2015-12-31'))).toBe(true);
    const ends = new Set(holding.flatMap((e) => [e.source, e.target]));
    const events = overview.nodes.filter((n) => n.type === 'Event' && n.time && spanOverlaps(n.time, '2010-01-01', '2015-12-31'));
    const nodes = new Set([...ends, ...events.map((n) => n.id)]);

    const page = await explorer.open();
    await poll(async () => (await drawn(page)).edges).toBe(typed.length);
    await brush(page, 2010, 2015);
    await poll(() => page.getByTestId('timeline-note').getAttribute('data-period')).toBe('2010-2015');
    await poll(() => drawn(page)).toEqual({ nodes: nodes.size, edges: holding.length });
    const note = page.getByTestId('timeline-note');
    expect(Number(await note.getAttribute('data-edges'))).toBe(holding.length);
    expect(await note.innerText()).toMatch(/undated links hidden/);
    expect(decodeURIComponent(page.url())).toContain('period=2010-2015');
    await screenshot(page, 'timeline-2010-2015');

    // The period travels with the link.
    const shared = await explorer.open(`?period=2010-2015`);
    await poll(() => drawn(shared)).toEqual({ nodes: nodes.size, edges: holding.length });
    await shared.context().close();

    await page.getByRole('button', { name: 'Clear period' }).click();
    await poll(async () => (await drawn(page)).edges).toBe(typed.length);
    expect(page.url()).not.toContain('period=');

    // The year fields brush too.
    await page.getByLabel('Period from year').fill('2022');
    await page.getByLabel('Period to year').fill('2022');
    await poll(() => note.getAttribute('data-period')).toBe('2022-2022');
    const in2022 = typed.filter((e) => e.time && spanOverlaps(e.time, '2022-01-01', '2022-12-31'));
    await poll(async () => (await drawn(page)).edges).toBe(in2022.length);
    await page.context().close();
  });

  it('the map shows the actors at their places in geographic order and keeps the selection', async () => {
    const page = await explorer.open();
    await searchAndPick(page, 'Ashoka');
    await poll(() => page.locator('.entity-name').textContent()).toBe('Ashoka');
    await page.getByRole('button', { name: 'Map', exact: true }).click();
    await poll(() => page.url()).toContain('view=map');

    const markers = page.getByTestId('map-markers');
    const places = ['stockholm', 'malmö', 'drammen', 'vienna', 'washington'];
    await poll(async () => markers.locator('li').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-entity')))).toEqual(expect.arrayContaining(places));
    // Positions settle once the camera has framed the map.
    await page.waitForTimeout(600);
    const at = async (id: string) => {
      const li = markers.locator(`li[data-entity="${id}"]`);
      return { x: Number(await li.getAttribute('data-x')), y: Number(await li.getAttribute('data-y')) };
    };
    const [stockholm, malmo, drammen, vienna, washington] = await Promise.all(places.map(at));
    expect(washington!.x).toBeLessThan(vienna!.x);
    expect(drammen!.x).toBeLessThan(stockholm!.x);
    expect(drammen!.y).toBeLessThan(malmo!.y);
    expect(malmo!.y).toBeLessThan(vienna!.y);
    expect(vienna!.y).toBeLessThan(washington!.y);
    // All of them on the screen.
    for (const p of [stockholm, malmo, drammen, vienna, washington]) {
      expect(p!.x).toBeGreaterThan(0);
      expect(p!.y).toBeGreaterThan(0);
      expect(p!.x).toBeLessThan(1280);
    }
    // An actor placed through a place it is located in sits beside that place.
    const located = await markers.locator('li[data-place]').evaluateAll((lis) =>
      lis.map((li) => ({ place: li.getAttribute('data-place')!, x: Number(li.getAttribute('data-x')), y: Number(li.getAttribute('data-y')) })),
    );
    expect(located.length).toBeGreaterThan(0);
    for (const actor of located) {
      const place = markers.locator(`li[data-entity="${actor.place}"]`);
      if ((await place.count()) === 0) continue;
      const p = await at(actor.place);
      expect(Math.hypot(actor.x - p.x, actor.y - p.y)).toBeLessThan(20);
    }
    const count = page.getByTestId('map-count');
    expect(Number(await count.getAttribute('data-placed'))).toBeGreaterThanOrEqual(places.length);
    expect(await count.innerText()).toMatch(/on the map/);
    // The selection stays: the details panel still shows the entity picked in the graph view.
    expect(await page.locator('.entity-name').textContent()).toBe('Ashoka');
    expect(decodeURIComponent(page.url())).toContain('sel=ashoka');
    await screenshot(page, 'map');

    await page.getByRole('button', { name: 'Graph', exact: true }).click();
    await poll(() => page.url()).not.toContain('view=map');
    expect(await page.locator('.entity-name').textContent()).toBe('Ashoka');
    await page.context().close();
  });
});
