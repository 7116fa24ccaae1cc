/**
 * End-to-end (built client, real test Neo4j with the corpus, Chromium), one page load: Bloom-style search
 * phrases in the search box — offered from typed words, each entity slot filled by typed autocomplete,
 * a wrongly typed entity refused with a message, the named query's result on the canvas as one undo step;
 * and the graphical plan's collapsed subtrees and zoom, kept from EXPLAIN to PROFILE of the same query.
 */
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from "vitest";
import { PROJECT_ROOT } from "../../server/config";
import { openExplorer, startSuite, type WatchedPage, type Win } from "./browser";

const OUT = path.join(PROJECT_ROOT, "test-output", "e2e");
const BOX = ".topbar .search-input";

let browser: Browser;
let watched: WatchedPage;
let page: Page;

const order = () => page.evaluate(() => (window as unknown as Win).zonegraph.graph.order);
const hasNode = (id: string) =>
  page.evaluate((n) => (window as unknown as Win).zonegraph.graph.hasNode(n), id);
const firstOption = () => page.locator(".topbar .search-hit").first();

async function typeInBox(text: string): Promise<void> {
  await page.fill(BOX, "");
  await page.focus(BOX);
  await page.keyboard.type(text);
}

beforeAll(async () => {
  ({ browser, watched, page } = await startSuite({ out: OUT }));
  await openExplorer(page, inject("baseUrl"));
  // The phrases are checked against the named queries the server lists.
  await page.waitForSelector('.named-list [data-query="corridor_zones"]', { state: "attached" });
});

afterEach(() => watched.assertClean());

afterAll(async () => {
  await browser?.close();
});

describe("search phrases", () => {
  it("offers a phrase, fills its corridor by autocomplete, runs it on the canvas, and Undo removes it", async () => {
    const before = await order();
    const corridorBefore = await hasNode("Corridor:中蒙俄经济走廊");
    await typeInBox("中蒙俄沿线");
    await page.waitForSelector(".topbar .search-phrase");
    expect(await firstOption().textContent()).toContain("中蒙俄沿线的自贸区");
    await page.keyboard.press("Enter");
    // The slot's text is searched among corridors only.
    await page.waitForSelector('.topbar .search-hit[data-id="Corridor:中蒙俄经济走廊"]');
    expect(await page.locator(".topbar .search-draft").textContent()).toBe("‹经济走廊›沿线的自贸区");
    await page.screenshot({ path: path.join(OUT, "phrase-slot.png") });
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => document.querySelector(".toast")?.textContent?.includes("行"));
    expect(await page.locator(".toast").first().textContent()).toMatch(
      /^中蒙俄经济走廊沿线的自贸区：\d+ 行 · \d+ 个节点$/,
    );
    expect(await hasNode("Corridor:中蒙俄经济走廊")).toBe(true);
    expect(await hasNode("FreeTradeZone:中国（内蒙古）自由贸易试验区")).toBe(true);
    const focus = await page.evaluate(() => [
      ...((window as unknown as Win).zonegraph.store.state.focusNodes ?? []),
    ]);
    expect(focus).toContain("FreeTradeZone:中国（内蒙古）自由贸易试验区");
    await page.screenshot({ path: path.join(OUT, "phrase-result.png") });
    await page.evaluate(() => (window as unknown as Win).zonegraph.undo());
    expect(await order()).toBe(before);
    expect(await hasNode("Corridor:中蒙俄经济走廊")).toBe(corridorBefore);
  });

  it("refuses an entity of the wrong type with a message, and Escape leaves the phrase", async () => {
    await typeInBox("沿线");
    await page.waitForSelector(".topbar .search-phrase");
    await page.keyboard.press("Enter");
    await page.keyboard.type("内蒙古自治区");
    await page.waitForSelector(".topbar .search-error");
    expect(await page.locator(".topbar .search-error").textContent()).toBe(
      "“内蒙古自治区”是省份，此处需要经济走廊",
    );
    await page.keyboard.press("Escape");
    expect(await page.locator(".topbar .search-draft").count()).toBe(0);
    expect(await page.locator(BOX).getAttribute("placeholder")).toContain("搜索实体");
  });

  it("fills two slots in English from one typed sentence (path from … to …)", async () => {
    await page.evaluate(() => (window as unknown as Win).zonegraph.dispatch({ type: "setLang", lang: "en" }));
    await typeInBox("path from 二连浩特片区 to 蒙古国");
    await page.waitForSelector(".topbar .search-phrase");
    expect(await firstOption().textContent()).toContain("path from 二连浩特片区 to 蒙古国");
    await page.keyboard.press("Enter");
    await page.waitForSelector('.topbar .search-hit[data-id="Area:二连浩特片区"]');
    await page.locator('.topbar .search-hit[data-id="Area:二连浩特片区"]').dispatchEvent("mousedown");
    await page.waitForSelector('.topbar .search-hit[data-id="Country:蒙古国"]');
    expect(await page.locator(BOX).inputValue()).toBe("蒙古国");
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => document.querySelector(".toast")?.textContent?.includes("rows"));
    expect(await page.locator(".toast").first().textContent()).toMatch(
      /^path from .+ to .+: \d+ rows · \d+ nodes$/,
    );
    expect(await hasNode("Area:二连浩特片区")).toBe(true);
    expect(await hasNode("Country:蒙古国")).toBe(true);
  });
});

describe("graphical plan: collapse and zoom", () => {
  const boxes = () => page.locator(".plan-graph [role=treeitem]");
  const second = () => page.locator('.plan-graph [role=treeitem][data-index="1"]');
  const scale = () => page.locator('.plan-zoom [data-zoom="0"]').textContent();

  async function plan(query: string, button: "explain" | "profile"): Promise<void> {
    await page.locator(".editor").click();
    await page.keyboard.press("Control+A");
    await page.keyboard.type(query);
    await page.click(`.console .${button}`);
  }

  it("collapses a subtree and zooms from the keyboard, and keeps both for the PROFILE of the same query", async () => {
    await page.evaluate(() => (window as unknown as Win).zonegraph.dispatch({ type: "setLang", lang: "zh" }));
    const panel = page.locator('details.panel[data-panel="cypher"]');
    if (!(await panel.evaluate((d) => (d as HTMLDetailsElement).open)))
      await panel.locator("> summary").click();
    const query = "MATCH (a:Area)-[r:PART_OF]->(z:FreeTradeZone) RETURN z.name, a.name";
    await plan(query, "explain");
    await page.waitForSelector(".plan-pane .plan-graph", { timeout: 20_000 });
    const all = await boxes().count();
    expect(all).toBeGreaterThan(2);
    await boxes().first().focus();
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowLeft");
    expect(await second().getAttribute("aria-expanded")).toBe("false");
    expect(await boxes().count()).toBe(2);
    expect(await second().locator(".plan-hidden").textContent()).toBe(`已折叠 ${all - 2} 个算子`);
    await page.keyboard.press("+");
    expect(await scale()).toBe("125 %");
    await page.screenshot({ path: path.join(OUT, "plan-collapsed.png") });

    await page.click(".console .profile");
    await page.waitForSelector(".result-text.profile", { timeout: 20_000 });
    expect(await second().getAttribute("aria-expanded")).toBe("false");
    expect(await boxes().count()).toBe(2);
    expect(await scale()).toBe("125 %");
    // The language switch redraws the boxes with the same view.
    await page.click('[data-action="lang"]');
    expect(await second().locator(".plan-hidden").textContent()).toBe(`${all - 2} operators collapsed`);
    await page.click('[data-action="lang"]');
    await second().focus();
    await page.keyboard.press("ArrowRight");
    expect(await boxes().count()).toBe(all);
    await page.click('.plan-zoom [data-zoom="0"]');
    expect(await scale()).toBe("100 %");
    await second().focus();
    await page.keyboard.press("ArrowLeft");
    expect(await page.locator(".plan-graph [aria-expanded='false']").count()).toBe(1);
    // Another query starts with every box open.
    await plan("MATCH (z:FreeTradeZone)-[:LOCATED_IN]->(p:Province) RETURN z.name, p.name", "explain");
    await page.waitForFunction(() => !document.querySelector(".plan-graph [aria-expanded='false']"));
    expect(await page.locator(".plan-graph [aria-expanded='false']").count()).toBe(0);
  });
});

describe("ForceAtlas2: settings changed while it runs", () => {
  const positions = () =>
    page.evaluate(() => {
      const out: Record<string, [number, number]> = {};
      (window as unknown as Win).zonegraph.graph.forEachNode((id, a) => {
        out[id] = [Number(a.x), Number(a.y)];
      });
      return out;
    });
  const live = () => page.evaluate(() => (window as unknown as Win).zonegraph.view.liveLayout);

  it("moves the nodes step by step, takes a new gravity without a restart, and Undo puts the nodes back", async () => {
    const panel = page.locator('details.panel[data-panel="analysis"]');
    if (!(await panel.evaluate((d) => (d as HTMLDetailsElement).open)))
      await panel.locator("> summary").click();
    await page.fill(".layout-iterations", "2000");
    await page.locator(".layout-iterations").press("Tab");
    const before = await positions();
    const done = await page.evaluate(() => (window as unknown as Win).zonegraph.view.layoutsDone);
    await page.click(".layout-run");
    await page.waitForFunction(() => (window as unknown as Win).zonegraph.view.liveLayout);
    const early = await positions();
    await page.waitForTimeout(400);
    expect(await positions()).not.toEqual(early);
    await page.fill(".layout-gravity", "10");
    await page.locator(".layout-gravity").press("Tab");
    expect(await page.evaluate(() => (window as unknown as Win).zonegraph.store.state.layout.gravity)).toBe(
      10,
    );
    // The same run goes on (a restart would have cancelled it and started over).
    expect(await live()).toBe(true);
    await page.waitForFunction((n) => (window as unknown as Win).zonegraph.view.layoutsDone > n, done, {
      timeout: 60_000,
    });
    expect(await page.evaluate(() => (window as unknown as Win).zonegraph.view.layoutsDone)).toBe(done + 1);
    await page.evaluate(() => (window as unknown as Win).zonegraph.undo());
    await page.evaluate(() => (window as unknown as Win).zonegraph.undo());
    expect(await positions()).toEqual(before);
  });
});
