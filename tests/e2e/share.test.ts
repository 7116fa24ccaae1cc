/**
 * Faithful sharing (issue 13, item 9) over the real API: a share link, short (`#s=<id>`, the scene stored
 * server-side) or full (the scene in the URL), restores in a fresh browser the same node and edge ids,
 * positions within 1 px, the selection, the filters (hidden node and relationship types, colour and size
 * mappings) and the language. Screenshots go to test-output/e2e/. Any console error fails the test.
 */
import fs from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from "vitest";
import { PROJECT_ROOT } from "../../server/config";
import { launchChromium, type WatchedPage, watchedPage } from "./browser";

const OUT = path.join(PROJECT_ROOT, "test-output", "e2e");
const GUANGXI = "FreeTradeZone:中国（广西）自由贸易试验区";

type Z = {
  graph: { order: number; nodes(): string[]; edges(): string[]; hasNode(id: string): boolean };
  state: {
    lang: string;
    selectedNode: string | null;
    selectedEdge: string | null;
    hiddenTypes: Set<string>;
    hiddenRels: Set<string>;
    colourBy: string;
    sizeBy: string;
  };
  dispatch(a: Record<string, unknown>): void;
  select(id: string): void;
  expand(id: string): Promise<void>;
  shareUrl(): string;
  exports: { shareLink(): Promise<{ url: string; notStored: boolean }> };
  view: {
    stopLayout(): void;
    sigma: {
      getNodeDisplayData(id: string): { x: number; y: number } | undefined;
      framedGraphToViewport(c: { x: number; y: number }): { x: number; y: number };
    };
  };
};
const zg = (p: Page) => p.evaluateHandle(() => (window as unknown as { zonegraph: Z }).zonegraph);

/** What a link must carry: nodes, edges, on-screen positions, selection, filters, language. */
function sceneOf(p: Page) {
  return p.evaluate(() => {
    const z = (window as unknown as { zonegraph: Z }).zonegraph;
    const pos: Record<string, { x: number; y: number }> = {};
    for (const n of z.graph.nodes()) {
      const d = z.view.sigma.getNodeDisplayData(n);
      if (d) pos[n] = z.view.sigma.framedGraphToViewport(d);
    }
    const s = z.state;
    return {
      nodes: z.graph.nodes().sort(),
      edges: z.graph.edges().sort(),
      pos,
      state: {
        lang: s.lang,
        selectedNode: s.selectedNode,
        selectedEdge: s.selectedEdge,
        hiddenTypes: [...s.hiddenTypes].sort(),
        hiddenRels: [...s.hiddenRels].sort(),
        colourBy: s.colourBy,
        sizeBy: s.sizeBy,
      },
    };
  });
}

let browser: Browser;
let watched: WatchedPage;
let page: Page;

beforeAll(async () => {
  fs.mkdirSync(OUT, { recursive: true });
  browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  watched = await watchedPage(context);
  page = watched.page;
  // Warm the server's first corridor query (cold Neo4j on a loaded machine can pass the transaction timeout).
  for (let i = 0; i < 3; i++) if ((await fetch(`${inject("baseUrl")}/api/corridors`)).ok) break;
  await page.goto(inject("baseUrl"));
  await page.waitForFunction(
    () => (window as unknown as { zonegraph: Z }).zonegraph.graph.order > 0,
    undefined,
    {
      timeout: 30_000,
    },
  );
  // A scene that differs from the start view in every part a link carries.
  await (await zg(page)).evaluate((z, id) => z.expand(id), GUANGXI);
  await (await zg(page)).evaluate((z) => {
    z.view.stopLayout();
    z.dispatch({ type: "setLang", lang: "en" });
    z.dispatch({ type: "toggleType", nodeType: "Country" });
    z.dispatch({ type: "toggleRel", rel: "PART_OF" });
    z.dispatch({ type: "setStyle", colourBy: "community", sizeBy: "pagerank" });
  });
  await (await zg(page)).evaluate((z, id) => z.select(id), GUANGXI);
  await page.waitForTimeout(800);
});

afterEach(() => watched.assertClean());

afterAll(async () => {
  await browser?.close();
});

async function expectRestored(url: string, shot: string): Promise<void> {
  const sent = await sceneOf(page);
  expect(sent.edges.length).toBeGreaterThan(10);
  expect(sent.state).toMatchObject({ lang: "en", selectedNode: GUANGXI, colourBy: "community" });
  const fresh = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  try {
    const w = await watchedPage(fresh);
    await w.page.goto(url);
    await w.page.waitForFunction(
      (n) => (window as unknown as { zonegraph: Z }).zonegraph.graph.order === n,
      sent.nodes.length,
      { timeout: 30_000 },
    );
    await w.page.waitForTimeout(1500);
    const got = await sceneOf(w.page);
    expect(got.nodes).toEqual(sent.nodes);
    expect(got.edges).toEqual(sent.edges);
    expect(got.state).toEqual(sent.state);
    for (const n of sent.nodes) {
      const a = sent.pos[n];
      const b = got.pos[n];
      expect(b, n).toBeDefined();
      expect(Math.hypot((a?.x ?? 0) - (b?.x ?? 0), (a?.y ?? 0) - (b?.y ?? 0)), n).toBeLessThanOrEqual(1);
    }
    // The language reached the page, not only the state.
    expect(await w.page.evaluate(() => document.documentElement.lang)).toMatch(/^en/);
    await w.page.screenshot({ path: path.join(OUT, shot) });
    w.assertClean();
  } finally {
    await fresh.close();
  }
}

describe("share links (issue 13, item 9)", () => {
  it("a short link (#s=<id>, the scene stored server-side) restores the exact scene, selection, filters and language", async () => {
    const link = await (await zg(page)).evaluate((z) => z.exports.shareLink());
    expect(link.notStored).toBe(false);
    const full = await (await zg(page)).evaluate((z) => z.shareUrl());
    expect(new URL(full).hash.length).toBeGreaterThan(1500);
    expect(new URL(link.url).hash).toMatch(/^#s=[A-Za-z0-9_-]{16}$/);
    // The id names the stored scene, readable over the API.
    const id = new URL(link.url).hash.slice(3);
    const stored = await fetch(`${inject("baseUrl")}/api/scenes/${id}`);
    expect(stored.status).toBe(200);
    await expectRestored(link.url, "40-share-short-link.png");
  });

  it("sharing the same scene twice gives the same short link", async () => {
    const a = await (await zg(page)).evaluate((z) => z.exports.shareLink());
    const b = await (await zg(page)).evaluate((z) => z.exports.shareLink());
    expect(b.url).toBe(a.url);
  });

  it("the full link (the scene in the URL) restores the same scene, selection, filters and language", async () => {
    const url = await (await zg(page)).evaluate((z) => z.shareUrl());
    await expectRestored(url, "41-share-full-link.png");
  });
});
