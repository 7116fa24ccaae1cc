/**
 * Faithful sharing (issue 13, item 9) over the real API: a share link, short (`#s=<id>`, the scene stored
 * server-side) or full (the scene in the URL), restores in a fresh browser the same node and edge ids,
 * positions within 1 px, the selection, the filters (hidden node and relationship types, colour and size
 * mappings) and the language. Screenshots go to test-output/e2e/. Any console error fails the test.
 */
import fs from "node:fs";
import path from "node:path";
import { DOMParser } from "@xmldom/xmldom";
import type { Browser, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from "vitest";
import { PROJECT_ROOT } from "../../server/config";
import {
  expectSamePositions,
  openExplorer,
  openShared,
  sceneOnScreen,
  startSuite,
  type WatchedPage,
  type Win,
} from "./browser";

const OUT = path.join(PROJECT_ROOT, "test-output", "e2e");
const GUANGXI = "FreeTradeZone:中国（广西）自由贸易试验区";

const zg = (p: Page) => p.evaluateHandle(() => (window as unknown as Win).zonegraph);

/** What a link must carry: nodes, edges, on-screen positions, selection, filters, language. */
async function sceneOf(p: Page) {
  const state = await p.evaluate(() => {
    const s = (window as unknown as Win).zonegraph.state;
    return {
      lang: s.lang,
      selectedNode: s.selectedNode,
      selectedEdge: s.selectedEdge,
      hiddenTypes: [...s.hiddenTypes].sort(),
      hiddenRels: [...s.hiddenRels].sort(),
      colourBy: s.colourBy,
      sizeBy: s.sizeBy,
    };
  });
  return { ...(await sceneOnScreen(p)), state };
}

let browser: Browser;
let watched: WatchedPage;
let page: Page;

beforeAll(async () => {
  ({ browser, watched, page } = await startSuite({ out: OUT, acceptDownloads: true }));
  // Warm the server's first corridor query (cold Neo4j on a loaded machine can pass the transaction timeout).
  for (let i = 0; i < 3; i++) if ((await fetch(`${inject("baseUrl")}/api/corridors`)).ok) break;
  await openExplorer(page, inject("baseUrl"));
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
  const { context: fresh, w } = await openShared(browser, url, sent.nodes.length);
  try {
    const got = await sceneOf(w.page);
    expect(got.nodes).toEqual(sent.nodes);
    expect(got.edges).toEqual(sent.edges);
    expect(got.state).toEqual(sent.state);
    expectSamePositions(sent.nodes, sent.pos, got.pos);
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

/** Clicks an export button and reads the downloaded file. */
async function grab(action: string): Promise<{ name: string; text: string }> {
  const panel = page.locator('details.panel[data-panel="export"]');
  if (!(await panel.evaluate((d) => (d as HTMLDetailsElement).open)))
    await panel.locator("> summary").click();
  const [d] = await Promise.all([
    page.waitForEvent("download", { timeout: 60_000 }),
    page.click(`[data-action="${action}"]`),
  ]);
  return { name: d.suggestedFilename(), text: fs.readFileSync(await d.path(), "utf8") };
}

describe("exports (issue 13, item 8)", () => {
  it("the SVG has the title, date, a legend per colour mapping and the source documents, without the dim state", async () => {
    // The selection dims the rest of the scene on screen; the export must not.
    expect(await (await zg(page)).evaluate((z) => z.state.selectedNode)).toBe(GUANGXI);
    const { name, text } = await grab("svg");
    expect(name).toMatch(/\.svg$/);
    fs.writeFileSync(path.join(OUT, "42-export.svg"), text);
    const doc = new DOMParser().parseFromString(text, "image/svg+xml");
    const svg = doc.documentElement;
    const [, , vw] = String(svg.getAttribute("viewBox")).split(" ").map(Number);
    expect(Number(svg.getAttribute("width"))).toBe(2 * (vw ?? 0));
    const texts = Array.from(doc.getElementsByTagName("text")).map((t) => t.textContent ?? "");
    expect(texts).toContain("zonegraph — Free Trade Zones");
    expect(texts.some((t) => /^\d+ nodes · \d+ edges · \d{4}-\d{2}-\d{2}$/.test(t))).toBe(true);
    // English UI, colour by Louvain: the type legend, the community legend and the zone statuses.
    expect(texts).toContain("Legend & type filter");
    expect(texts.some((t) => /^Free trade zone \(\d+\)$/.test(t))).toBe(true);
    expect(texts).toContain("Louvain community");
    expect(texts.some((t) => /^#\d+ \(\d+\)$/.test(t))).toBe(true);
    expect(texts).toContain("Zone status");
    expect(texts.some((t) => /^established \(\d+\)$/.test(t))).toBe(true);
    const source = texts.find((t) => t.startsWith("Source: zonegraph"));
    expect(source).toMatch(/· \d{4}-\d{2}-\d{2} · documents: \S/);
    const fills = Array.from(doc.getElementsByTagName("circle")).map((c) => c.getAttribute("fill"));
    expect(fills.length).toBeGreaterThan(10);
    expect(fills).not.toContain("#e4e4e4");
    expect(new Set(fills).size).toBeGreaterThan(1);
  });

  it("the GEXF carries zone statuses and each relationship's evidence count and methods", async () => {
    const { text } = await grab("gexf");
    const doc = new DOMParser().parseFromString(text, "application/xml");
    const titles = (cls: string) =>
      new Map(
        Array.from(doc.getElementsByTagName("attributes"))
          .filter((a) => a.getAttribute("class") === cls)
          .flatMap((a) => Array.from(a.getElementsByTagName("attribute")))
          .map((a) => [a.getAttribute("id"), a.getAttribute("title")]),
      );
    const values = (el: Element, names: Map<string | null, string | null>) =>
      Object.fromEntries(
        Array.from(el.getElementsByTagName("attvalue")).map((v) => [
          names.get(v.getAttribute("for")),
          v.getAttribute("value"),
        ]),
      );
    const nodeNames = titles("node");
    const zone = Array.from(doc.getElementsByTagName("node")).find((n) => n.getAttribute("id") === GUANGXI);
    expect(zone && values(zone, nodeNames).status).toBe("established");
    const edgeNames = titles("edge");
    const edges = Array.from(doc.getElementsByTagName("edge")).map((e) => values(e, edgeNames));
    const typed = edges.filter((e) => e.type !== "CO_OCCURS");
    expect(typed.length).toBeGreaterThan(5);
    for (const e of typed) {
      expect(Number(e.evidenceCount)).toBeGreaterThan(0);
      expect(e.methods).toMatch(/^[a-z_-]+( \| [a-z_-]+)*$/);
    }
  });
});

describe("legends for every colour mapping (issue 13, item 8)", () => {
  it("the UI legend shows the Louvain communities, then the PageRank scale, as the colour mapping changes", async () => {
    expect(await (await zg(page)).evaluate((z) => z.state.colourBy)).toBe("community");
    const communities = page.locator('.legend .metric-legend[data-metric="community"] li');
    await communities.first().waitFor({ state: "attached", timeout: 15_000 });
    expect(await communities.count()).toBeGreaterThan(1);
    expect(await communities.first().locator(".legend-name").textContent()).toMatch(/^#\d+$/);
    await (await zg(page)).evaluate((z) =>
      z.dispatch({ type: "setStyle", colourBy: "pagerank", sizeBy: "pagerank" }),
    );
    const stops = page.locator('.legend .metric-legend[data-metric="pagerank"] .gradient span');
    await stops.first().waitFor({ state: "attached", timeout: 15_000 });
    expect(await stops.count()).toBe(11);
    expect(await page.locator(".legend .metric-legend-title").textContent()).toBe("PageRank");
    const { text } = await grab("svg");
    expect(text).toContain(">PageRank</text>");
    await (await zg(page)).evaluate((z) =>
      z.dispatch({ type: "setStyle", colourBy: "community", sizeBy: "pagerank" }),
    );
  });
});
