/**
 * Placement, first screen, label density, keyboard and the list view (issue 13, items 2 and 11) in Chromium
 * over the real API. Screenshots go to test-output/e2e/. Any console error, page error or CSP violation
 * fails the test.
 */
import fs from "node:fs";
import path from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from "vitest";
import { PROJECT_ROOT } from "../../server/config";
import { launchChromium, type WatchedPage, watchedPage } from "./browser";

const OUT = path.join(PROJECT_ROOT, "test-output", "e2e");
const GUANGXI = "FreeTradeZone:中国（广西）自由贸易试验区";

type Xy = { x: number; y: number };
type Win = {
  zonegraph: {
    graph: {
      order: number;
      nodes(): string[];
      degree(id: string): number;
      getNodeAttributes(id: string): Record<string, unknown>;
      forEachNode(fn: (id: string, a: Record<string, unknown>) => void): void;
    };
    view: {
      layoutsDone: number;
      layoutRunning: boolean;
      labels: { drawn: Map<string, unknown> };
      sigma: {
        getCamera(): { getState(): { x: number; y: number; ratio: number } };
        getNodeDisplayData(id: string): Xy | undefined;
        framedGraphToViewport(p: Xy): Xy;
        getDimensions(): { width: number; height: number };
      };
    };
    scene: { togglePin(ids: string[]): void };
    state: { labelDensity: number; selectedNode: string | null };
    select(id: string): void;
    expand(id: string): Promise<void>;
  };
};

let browser: Browser;
let context: BrowserContext;
let watched: WatchedPage;
let page: Page;

const shot = (name: string) => page.screenshot({ path: path.join(OUT, `${name}.png`) });

/** Open the explorer and wait until the first screen's layout has been applied. */
async function openFirstScreen(): Promise<void> {
  await page.goto(inject("baseUrl"));
  await page.waitForFunction(() => (window as unknown as Win).zonegraph?.view.layoutsDone > 0, undefined, {
    timeout: 60_000,
  });
}

const positions = () =>
  page.evaluate(() => {
    const out: Record<string, [number, number]> = {};
    (window as unknown as Win).zonegraph.graph.forEachNode((id, a) => {
      out[id] = [a.x as number, a.y as number];
    });
    return out;
  });

beforeAll(async () => {
  fs.mkdirSync(OUT, { recursive: true });
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  watched = await watchedPage(context);
  page = watched.page;
});

afterEach(() => watched.assertClean());

afterAll(async () => {
  await browser?.close();
});

describe("placement and the first screen", () => {
  it("the first screen is laid out identically on every load, unconnected nodes on a shelf beside the graph", async () => {
    await openFirstScreen();
    const first = await positions();
    await shot("40-first-screen");
    await openFirstScreen();
    const second = await positions();
    expect(Object.keys(first).length).toBeGreaterThan(20);
    expect(second).toEqual(first);
    // No scatter of lone dots: every node without a relationship in the scene is right of the graph.
    const split = await page.evaluate(() => {
      const z = (window as unknown as Win).zonegraph;
      const lone: number[] = [];
      const linked: number[] = [];
      z.graph.forEachNode((id, a) => (z.graph.degree(id) === 0 ? lone : linked).push(a.x as number));
      return { lone, linked };
    });
    expect(split.lone.length).toBeGreaterThan(0);
    expect(Math.min(...split.lone)).toBeGreaterThan(Math.max(...split.linked));
  });

  it("the Layout button runs ForceAtlas2 again and pinned nodes stay exactly where they are", async () => {
    await openFirstScreen();
    const before = await positions();
    const pinned = Object.keys(before)
      .filter((id) => id.startsWith("Province:"))
      .slice(0, 2);
    await page.evaluate((ids) => (window as unknown as Win).zonegraph.scene.togglePin(ids), pinned);
    const done = await page.evaluate(() => (window as unknown as Win).zonegraph.view.layoutsDone);
    await page.click('[data-action="layout"]');
    await page.waitForFunction((n) => (window as unknown as Win).zonegraph.view.layoutsDone > n, done, {
      timeout: 60_000,
    });
    const after = await positions();
    for (const id of pinned) expect(after[id]).toEqual(before[id]);
    const moved = Object.keys(before).filter(
      (id) =>
        Math.hypot(
          (after[id]?.[0] ?? 0) - (before[id]?.[0] ?? 0),
          (after[id]?.[1] ?? 0) - (before[id]?.[1] ?? 0),
        ) > 1e-6,
    );
    expect(moved.length).toBeGreaterThan(0);
  });
});
