import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from "vitest";
import { PROJECT_ROOT } from "../../server/config";
import { openExplorer, startSuite, type WatchedPage, type Win, waitForStill } from "./browser";

const OUT = path.join(PROJECT_ROOT, "test-output", "e2e");
const ERENHOT = "Area:二连浩特片区";
const MANZHOULI = "Area:满洲里片区";
const CORRIDOR = "Corridor:中蒙俄经济走廊";

let browser: Browser;
let page: Page;
let watched: WatchedPage;
const requests: string[] = [];

interface Probe {
  selected: string | null;
  positions: Record<string, { x: number; y: number }>;
  screen: Record<string, { x: number; y: number }>;
}

/** Selection, graph positions and screen positions of some nodes, read from the running app. */
function probe(ids: string[]): Promise<Probe> {
  return page.evaluate((ids) => {
    type Sigma = { graphToViewport(p: { x: number; y: number }): { x: number; y: number } };
    const app = (window as unknown as Record<string, unknown>).zonegraph as {
      state: { selectedNode: string | null };
      graph: { getNodeAttributes(id: string): { x: number; y: number } };
      view: { sigma: Sigma };
    };
    const positions: Probe["positions"] = {};
    const screen: Probe["screen"] = {};
    for (const id of ids) {
      const a = app.graph.getNodeAttributes(id);
      positions[id] = { x: a.x, y: a.y };
      screen[id] = app.view.sigma.graphToViewport({ x: a.x, y: a.y });
    }
    return { selected: app.state.selectedNode, positions, screen };
  }, ids);
}

async function addFromSearch(text: string, id: string): Promise<void> {
  await page.click(".topbar input[type=search], .topbar input");
  await page.keyboard.press("Control+A");
  await page.keyboard.type(text);
  const hit = page.locator(`.topbar .search-hit[data-id="${id}"]`);
  await hit.first().waitFor({ timeout: 20_000 });
  await hit.first().click();
  await page.waitForFunction((id) => (window as unknown as Win).zonegraph.state.selectedNode === id, id, {
    timeout: 20_000,
  });
}

/** Longitude/latitude of a projected point (Web Mercator in degrees, as client/src/views/mapProjection.ts). */
function unproject(p: { x: number; y: number }): { lon: number; lat: number } {
  return { lon: p.x, lat: (2 * Math.atan(Math.exp((p.y * Math.PI) / 180)) - Math.PI / 2) * (180 / Math.PI) };
}

beforeAll(async () => {
  ({ browser, watched, page } = await startSuite({ out: OUT, viewport: { width: 1200, height: 800 } }));
  page.on("request", (r) => requests.push(r.url()));
  await openExplorer(page, inject("baseUrl"));
});

afterEach(() => watched.assertClean());

afterAll(async () => {
  await browser?.close();
});

describe("the offline map", () => {
  let graphLayout: Probe;

  it("switches to the map with the selection kept", async () => {
    await addFromSearch("二连浩特", ERENHOT);
    await addFromSearch("满洲里", MANZHOULI);
    await page.waitForTimeout(1500);
    graphLayout = await probe([ERENHOT, MANZHOULI]);
    expect(graphLayout.selected).toBe(MANZHOULI);
    await page.click('[data-action="map"]');
    await page.waitForSelector('[data-action="map"][aria-pressed="true"]', { timeout: 30_000 });
    await page.waitForSelector(".map-missing:not([hidden]) summary", { timeout: 10_000 });
    await waitForStill(page, 2500);
    await page.screenshot({ path: path.join(OUT, "map.png") });
    await page.locator(".stage-wrap").screenshot({ path: path.join(OUT, "map-stage.png") });
    const onMap = await probe([ERENHOT, MANZHOULI]);
    expect(onMap.selected).toBe(MANZHOULI);
    await expect(page.locator(".inspector .entity-name").first().textContent()).resolves.toContain("满洲里");
  });

  it("shows 二连浩特 and 满洲里 at their coordinates by the Mongolian/Russian border", async () => {
    const p = await probe([ERENHOT, MANZHOULI]);
    const erenhot = unproject(p.positions[ERENHOT] as { x: number; y: number });
    const manzhouli = unproject(p.positions[MANZHOULI] as { x: number; y: number });
    // Within the circle (0.6° in projected units) that nodes sharing a point are spread on.
    expect(Math.abs(erenhot.lon - 111.98)).toBeLessThan(1);
    expect(Math.abs(erenhot.lat - 43.65)).toBeLessThan(1);
    expect(Math.abs(manzhouli.lon - 117.38)).toBeLessThan(1);
    expect(Math.abs(manzhouli.lat - 49.6)).toBeLessThan(1);
    // North is up on screen, east to the right; both are on screen.
    const e = p.screen[ERENHOT] as { x: number; y: number };
    const m = p.screen[MANZHOULI] as { x: number; y: number };
    expect(m.y).toBeLessThan(e.y);
    expect(m.x).toBeGreaterThan(e.x);
    const box = await page.locator("#stage").boundingBox();
    for (const s of [e, m]) {
      expect(s.x).toBeGreaterThan(0);
      expect(s.y).toBeGreaterThan(0);
      expect(s.x).toBeLessThan(box?.width ?? 0);
      expect(s.y).toBeLessThan(box?.height ?? 0);
    }
  });

  it("draws 中蒙俄经济走廊 through 二连浩特 and 满洲里, northwards, on the background canvas", async () => {
    const drawn = await page.evaluate((id) => {
      type Pt = { x: number; y: number };
      const app = (window as unknown as Record<string, unknown>).zonegraph as {
        map: { corridorLines(): Map<string, Pt[]> };
        view: { sigma: { graphToViewport(p: Pt): Pt } };
      };
      const line = app.map.corridorLines().get(id) ?? [];
      const mercY = (lat: number) =>
        Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) * (180 / Math.PI);
      const at = (lon: number, lat: number) => app.view.sigma.graphToViewport({ x: lon, y: mercY(lat) });
      // Red pixels along the first segment of the line from 二连浩特 (the line is dashed: sample a few).
      const canvas = document.querySelector("canvas.map-layer") as HTMLCanvasElement;
      const ctx = canvas.getContext("2d");
      const ratio = canvas.width / canvas.getBoundingClientRect().width;
      const e = at(111.98, 43.65);
      const i = line.findIndex((p) => Math.hypot(p.x - e.x, p.y - e.y) < 1);
      const next = line[i + 1] ?? e;
      let red = 0;
      for (let k = 1; k < 20; k++) {
        const x = (e.x + ((next.x - e.x) * k) / 20) * ratio;
        const y = (e.y + ((next.y - e.y) * k) / 20) * ratio;
        const [r = 0, g = 0, b = 0] = ctx?.getImageData(Math.round(x), Math.round(y), 1, 1).data ?? [];
        if (r > 150 && g < 150 && b < 150) red++;
      }
      return { line, erenhot: e, manzhouli: at(117.38, 49.6), red };
    }, CORRIDOR);
    expect(drawn.line.length).toBeGreaterThanOrEqual(4);
    const near = (a: { x: number; y: number }) =>
      drawn.line.some((p) => Math.hypot(p.x - a.x, p.y - a.y) < 1);
    expect(near(drawn.erenhot)).toBe(true);
    expect(near(drawn.manzhouli)).toBe(true);
    // Northwards: every vertex is at or above the previous one on screen, the end above 满洲里.
    for (let k = 1; k < drawn.line.length; k++)
      expect(drawn.line[k]?.y ?? 0).toBeLessThanOrEqual((drawn.line[k - 1]?.y ?? 0) + 0.001);
    expect(drawn.line.at(-1)?.y ?? 0).toBeLessThan(drawn.manzhouli.y);
    expect(drawn.red).toBeGreaterThan(3);
    // Corridor names never overlap (several corridors end at the same station), and most are drawn.
    const labels = await page.evaluate(() => {
      type B = { x: number; y: number; w: number; h: number };
      const app = (window as unknown as Record<string, unknown>).zonegraph as {
        map: { corridorLabels(): Map<string, B>; corridorLines(): Map<string, unknown> };
      };
      return { boxes: [...app.map.corridorLabels().values()], lines: app.map.corridorLines().size };
    });
    expect(labels.boxes.length).toBeGreaterThanOrEqual(Math.ceil(labels.lines / 2));
    for (const [i, a] of labels.boxes.entries())
      for (const b of labels.boxes.slice(i + 1))
        expect(a.x + a.w <= b.x || b.x + b.w <= a.x || a.y + a.h <= b.y || b.y + b.h <= a.y).toBe(true);
  });

  it("writes no corridor name over a node label, nor two node labels over each other", async () => {
    const drawn = await page.evaluate(() => {
      type B = { x: number; y: number; w: number; h: number };
      const app = (window as unknown as Record<string, unknown>).zonegraph as {
        map: { corridorLabels(): Map<string, B> };
        view: { labels: { drawn: Map<string, B> } };
      };
      return {
        corridors: [...app.map.corridorLabels().values()],
        nodes: [...app.view.labels.drawn.values()],
      };
    });
    const apart = (a: { x: number; y: number; w: number; h: number }, b: typeof a) =>
      a.x + a.w <= b.x || b.x + b.w <= a.x || a.y + a.h <= b.y || b.y + b.h <= a.y;
    expect(drawn.nodes.length).toBeGreaterThan(0);
    expect(drawn.corridors.length).toBeGreaterThan(3);
    for (const c of drawn.corridors) for (const n of drawn.nodes) expect(apart(c, n)).toBe(true);
    for (const [i, a] of drawn.nodes.entries())
      for (const b of drawn.nodes.slice(i + 1)) expect(apart(a, b)).toBe(true);
  });

  it("writes no node label over another node's disc", async () => {
    const drawn = await page.evaluate(() => {
      type B = { x: number; y: number; w: number; h: number };
      type D = { x: number; y: number; size: number; hidden?: boolean };
      const app = (window as unknown as Record<string, unknown>).zonegraph as {
        graph: { forEachNode(fn: (id: string) => void): void };
        view: {
          labels: { drawn: Map<string, B> };
          sigma: {
            getNodeDisplayData(id: string): D | undefined;
            framedGraphToViewport(p: { x: number; y: number }): { x: number; y: number };
            scaleSize(s: number): number;
          };
        };
      };
      const { sigma } = app.view;
      const discs: [string, B][] = [];
      app.graph.forEachNode((id) => {
        const d = sigma.getNodeDisplayData(id);
        if (!d || d.hidden) return;
        const p = sigma.framedGraphToViewport(d);
        const r = sigma.scaleSize(d.size);
        discs.push([id, { x: p.x - r, y: p.y - r, w: 2 * r, h: 2 * r }]);
      });
      return { labels: [...app.view.labels.drawn.entries()], discs };
    });
    const apart = (a: { x: number; y: number; w: number; h: number }, b: typeof a) =>
      a.x + a.w <= b.x || b.x + b.w <= a.x || a.y + a.h <= b.y || b.y + b.h <= a.y;
    // At country scale the discs are dense: few labels have room (zooming in shows more), none over a disc.
    expect(drawn.labels.length).toBeGreaterThan(0);
    expect(drawn.discs.length).toBeGreaterThan(20);
    const over = drawn.labels.flatMap(([id, box]) =>
      drawn.discs
        .filter(([other, disc]) => other !== id && !apart(box, disc))
        .map(([o]) => `${id} over ${o}`),
    );
    expect(over).toEqual([]);
  });

  it("keeps the geographic positions and the map's frame when the layout or fit buttons are used", async () => {
    const before = await probe([ERENHOT, MANZHOULI]);
    await page.click('[data-action="layout"]');
    await page.click('[data-action="fit"]');
    await page.waitForTimeout(1500);
    const after = await probe([ERENHOT, MANZHOULI]);
    expect(after.positions).toEqual(before.positions);
    const bbox = await page.evaluate(
      () => (window as unknown as Win).zonegraph.view.sigma.getCustomBBox() as { x: number[] } | null,
    );
    expect(bbox?.x).toEqual([72, 136]);
  });

  it("lists the scene's nodes that have no coordinates", async () => {
    const listed = await page
      .locator(".map-missing li button")
      .evaluateAll((bs) => bs.map((b) => (b as HTMLElement).dataset.id));
    expect(listed).toContain(CORRIDOR);
    expect(listed).not.toContain(ERENHOT);
    // The list is collapsed under its count; opened, an item selects its node (shown in the inspector).
    await page.click(".map-missing summary");
    await page.click(`.map-missing button[data-id="${CORRIDOR}"]`);
    await page.waitForFunction(
      (id) => (window as unknown as Win).zonegraph.state.selectedNode === id,
      CORRIDOR,
      { timeout: 10_000 },
    );
    await page.locator(".stage-wrap").screenshot({ path: path.join(OUT, "map-list.png") });
  });

  it("made no network request other than to the app", () => {
    const base = new URL(inject("baseUrl")).origin;
    const outside = requests.filter((u) => !u.startsWith(`${base}/`) && !/^(data|blob):/.test(u));
    expect(requests.some((u) => u.includes("/api/geo"))).toBe(true);
    expect(outside).toEqual([]);
  });

  it("switches back to the graph with the layout restored and the selection made on the map kept", async () => {
    await page.click('[data-action="map"]');
    await page.waitForSelector('[data-action="map"][aria-pressed="false"]', { timeout: 10_000 });
    const back = await probe([ERENHOT, MANZHOULI]);
    expect(back.selected).toBe(CORRIDOR);
    expect(back.positions).toEqual(graphLayout.positions);
    await expect(page.locator(".map-missing").isHidden()).resolves.toBe(true);
    await expect(page.locator("canvas.map-layer").count()).resolves.toBe(0);
  });
});
