import path from "node:path";
import type { Browser, Page, Route } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from "vitest";
import { PROJECT_ROOT } from "../../server/config";
import { routeMockApi, XSS_NAME } from "../fixtures/client/mockApi";
import { openExplorer, startSuite, type WatchedPage, type Win, waitForStill, watchedPage } from "./browser";

const OUT = path.join(PROJECT_ROOT, "test-output", "e2e-mock");
let browser: Browser;
let page: Page;
let watched: WatchedPage;

beforeAll(async () => {
  ({ browser, watched, page } = await startSuite({ out: OUT }));
  await routeMockApi(page);
  await openExplorer(page, inject("baseUrl"));
});

afterEach(() => watched.assertClean());

afterAll(async () => {
  await browser?.close();
});

describe("explorer (mock API)", () => {
  it("searches, expands, shows the truncated hint, undoes and redoes", async () => {
    await page.keyboard.press("/");
    await page.keyboard.type("二连");
    await page.waitForSelector(".topbar .search-hit");
    await page.keyboard.press("Enter");
    await page.waitForSelector(".inspector .entity-name");
    expect(await page.locator(".inspector .entity-name").textContent()).toBe("二连浩特片区");
    const before = await page.evaluate(() => (window as unknown as Win).zonegraph.graph.order);
    await page.keyboard.press("e");
    await page.waitForSelector('[data-action="load-more"]');
    const after = await page.evaluate(() => (window as unknown as Win).zonegraph.graph.order);
    expect(after).toBeGreaterThan(before);
    await waitForStill(page, 1500);
    await page.screenshot({ path: path.join(OUT, "expanded.png") });
    await page.keyboard.press("Control+z");
    expect(await page.evaluate(() => (window as unknown as Win).zonegraph.graph.order)).toBe(before);
    await page.keyboard.press("Control+y");
    expect(await page.evaluate(() => (window as unknown as Win).zonegraph.graph.order)).toBe(after);
  });

  it("renders the hostile name as text everywhere and runs nothing", async () => {
    await page.evaluate((id) => (window as unknown as Win).zonegraph.select(id), `Organization:${XSS_NAME}`);
    await page.waitForFunction(
      (n) => document.querySelector(".inspector .entity-name")?.textContent === n,
      XSS_NAME,
    );
    await page.fill(".topbar .search-input", "img");
    await page.waitForSelector(".topbar .search-hit");
    expect(await page.locator(".topbar .search-hit .hit-name").first().textContent()).toBe(XSS_NAME);
    expect(await page.locator("img[src='x']").count()).toBe(0);
    await page.screenshot({ path: path.join(OUT, "xss.png") });
    await page.keyboard.press("Escape");
  });

  it("opens a document from a source quote", async () => {
    await page.evaluate(() => (window as unknown as Win).zonegraph.select("Area:二连浩特片区"));
    await page.waitForSelector(".inspector .sources .open-doc");
    await page.locator(".inspector .sources .open-doc").first().click();
    await page.waitForSelector("dialog[open] .mention-self");
    await page.keyboard.press("Escape");
  });

  it("follows a corridor and lists the chain with quotes", async () => {
    await page.click('.corridor-pick[data-id="Corridor:中蒙俄经济走廊"]');
    await page.waitForSelector(".corridor-zones .quote");
    expect(await page.locator(".corridor-zones .zone-name").first().textContent()).toBe(
      "中国(内蒙古)自由贸易试验区",
    );
  });

  it("says why a corridor's zones could not be listed after a 408 under load, and Retry lists them", async () => {
    const busy = {
      error: { code: "CYPHER_TIMEOUT", message: "The query was stopped at its timeout of 5000 ms." },
    };
    const zones = "**/api/corridors/*/zones";
    await page.route(zones, (r) =>
      r.fulfill({ status: 408, contentType: "application/json", body: JSON.stringify(busy) }),
    );
    watched.expectHttpError("/zones", 408);
    await page.click('.corridor-pick[data-id="Corridor:中蒙俄经济走廊"]');
    await page.waitForSelector(".corridor-out .corridor-error");
    expect(await page.locator(".corridor-out .corridor-error").textContent()).toMatch(
      /^服务器繁忙或数据库暂时不可用，未能列出此走廊上的自贸区。 查询超时 \(CYPHER_TIMEOUT\)/,
    );
    expect(await page.locator(".corridor-zones").count()).toBe(0);
    await page.unroute(zones);
    await page.click(".corridor-out .corridor-retry");
    await page.waitForSelector(".corridor-zones .quote");
    expect(await page.locator(".corridor-out .corridor-error").count()).toBe(0);
  });

  it("runs Cypher with CodeMirror under the CSP and shows errors inline", async () => {
    await page.click(".console-panel > summary");
    await page.locator(".editor").click();
    await page.keyboard.press("Control+A");
    await page.keyboard.type("MATCH (z:FreeTradeZone) RETURN z");
    await page.keyboard.press("Control+Enter");
    await page.waitForSelector(".result-table td");
    // CodeMirror's theme is applied (constructable stylesheets in its shadow root).
    const display = await page.evaluate(() => {
      const host = document.querySelector(".editor");
      const gutter = host?.shadowRoot?.querySelector(".cm-gutters");
      return gutter ? getComputedStyle(gutter).display : "";
    });
    expect(display).toBe("flex");
    await page.locator(".editor").click();
    await page.keyboard.press("Control+A");
    await page.keyboard.type("MATC (n)");
    watched.expectHttpError("/api/cypher", 400);
    await page.click(".console .run");
    await page.waitForSelector(".console-error:not(:empty)");
    expect(await page.locator(".console-error").textContent()).toContain("CYPHER_SYNTAX");
    // Said in the UI language, and the previous query's rows are not left under the error.
    expect(await page.locator(".console-error").textContent()).toContain("Cypher 语法错误");
    expect(await page.locator(".result-table td").count()).toBe(0);
    await page.screenshot({ path: path.join(OUT, "cypher.png") });
  });

  it("says why a search failed instead of 'no results'", async () => {
    const body = { error: { code: "NEO4J_UNAVAILABLE", message: "Neo4j is restarting or not reachable." } };
    await page.route("**/api/search?**", (r) =>
      r.fulfill({ status: 503, contentType: "application/json", body: JSON.stringify(body) }),
    );
    watched.expectHttpError("/api/search", 503);
    await page.fill(".topbar .search-input", "满洲里");
    await page.waitForSelector(".topbar .search-error");
    expect(await page.locator(".topbar .search-error").textContent()).toContain("数据库暂时不可用");
    expect(await page.locator(".topbar .search-list").textContent()).not.toContain("无结果");
    await page.unroute("**/api/search?**");
    await page.keyboard.press("Escape");
  });

  it("recovers by itself when the database comes back after a failed first screen", async () => {
    const w = await watchedPage(page.context());
    try {
      await routeMockApi(w.page);
      const down = { error: { code: "NEO4J_UNAVAILABLE", message: "Neo4j is restarting or not reachable." } };
      // Registered after the mock, so it answers first: every API call fails as while Neo4j restarts.
      const fail = (r: Route) =>
        r.fulfill({ status: 503, contentType: "application/json", body: JSON.stringify(down) });
      await w.page.route("**/api/**", fail);
      await w.page.goto(inject("baseUrl"));
      await w.page.waitForSelector(".toast.error:not([hidden])");
      expect(await w.page.evaluate(() => (window as unknown as Win).zonegraph.graph.order)).toBe(0);
      await w.page.unroute("**/api/**", fail);
      await w.page.waitForFunction(() => (window as unknown as Win).zonegraph.graph.order > 0, undefined, {
        timeout: 30_000,
      });
      await w.page.waitForSelector(".corridor-pick");
      // Only the 503s provoked above.
      expect(w.problems.filter((p) => !/status of 503/.test(p))).toEqual([]);
    } finally {
      await w.page.close();
    }
  });

  it("restores the scene from a shared URL", async () => {
    const url = await page.evaluate(() => (window as unknown as Win).zonegraph.shareUrl());
    expect(url).toContain("#s=");
  });
});
