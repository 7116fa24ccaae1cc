/**
 * End-to-end (built client, real test Neo4j with the corpus, Chromium), one page load: Bloom-style search
 * phrases in the search box — offered from typed words, each entity slot filled by typed autocomplete,
 * a wrongly typed entity refused with a message, the named query's result on the canvas as one undo step.
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
