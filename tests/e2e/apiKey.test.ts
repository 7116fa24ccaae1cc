/**
 * API key mode end to end: a second app from createApp() with an API key, over the same test Neo4j,
 * driven in Chromium. The explorer asks for the key (a refused key is asked again, saying so), keeps
 * it in sessionStorage, sends it in the x-api-key header and never in a URL, and asks no more on
 * reload; a new tab (a new session) asks again.
 */
import type { AddressInfo } from "node:net";
import path from "node:path";
import type { Browser, Page, Request } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createApp } from "../../server/app";
import { PROJECT_ROOT } from "../../server/config";
import { createDriver, Executor } from "../../server/neo4j/executor";
import { launchChromium, type WatchedPage, type Win, waitForExplorer, watchedPage } from "./browser";

const API_KEY = "e2e-api-key-0123456789abcdef";
const STORAGE_KEY = "zonegraph.apiKey";

let browser: Browser;
let executor: Executor;
let server: ReturnType<ReturnType<typeof createApp>["listen"]>;
let baseUrl: string;

beforeAll(async () => {
  const conn = inject("neo4j");
  executor = new Executor(createDriver(conn, { acquisitionTimeoutMs: 10_000 }), conn.database);
  const app = createApp({
    executor,
    settings: {
      database: conn.database,
      cypherTimeoutMs: 20_000,
      cypherRowLimit: 10_000,
      cypherRateLimitPerMinute: 10_000,
      bodyLimit: "1mb",
      apiKey: API_KEY,
    },
    clientDir: path.join(PROJECT_ROOT, "client", "dist"),
  });
  server = app.listen(0, "127.0.0.1");
  await new Promise<void>((resolve, reject) => {
    server.once("listening", resolve);
    server.once("error", reject);
  });
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((resolve) => {
    server?.close(() => resolve());
    server?.closeAllConnections();
  });
  await executor?.driver.close();
});

function sceneOrder(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as Win).zonegraph.graph.order);
}

/** Every /api request the page sends, with its x-api-key header. */
function recordApiRequests(page: Page) {
  const seen: { url: string; key: string | undefined }[] = [];
  page.on("request", (r: Request) => {
    if (r.url().includes("/api/")) seen.push({ url: r.url(), key: r.headers()["x-api-key"] });
  });
  return seen;
}

/** The only problems allowed are the 401s this test provokes on purpose. */
function assertOnly401s(watched: WatchedPage) {
  const other = watched.problems
    .splice(0)
    .filter((p) => !/Failed to load resource: the server responded with a status of 401/.test(p));
  expect(other).toEqual([]);
}

async function submitKey(page: Page, key: string) {
  await page.locator(".apikey-dialog input").fill(key);
  await page.locator(".apikey-dialog button[type=submit]").click();
}

describe("explorer with API_KEY set", () => {
  it("asks for the key, says when it is refused, then works; the key travels in a header only", async () => {
    const context = await browser.newContext({ viewport: { width: 1200, height: 800 } });
    const watched = await watchedPage(context);
    const page = watched.page;
    const requests = recordApiRequests(page);
    await page.goto(baseUrl);

    const dialog = page.locator("dialog.apikey-dialog[open]");
    await dialog.waitFor({ timeout: 30_000 });
    await expect(dialog.textContent()).resolves.toContain("此服务器要求 API 密钥");
    await expect(dialog.textContent()).resolves.toContain("API key required");
    expect(await sceneOrder(page)).toBe(0);

    await submitKey(page, "not-the-right-key-000000");
    await page.locator("dialog.apikey-dialog[open] [role=alert]").waitFor({ timeout: 30_000 });
    await expect(page.locator("dialog.apikey-dialog[open] [role=alert]").textContent()).resolves.toContain(
      "API 密钥无效",
    );

    await submitKey(page, API_KEY);
    await waitForExplorer(page, 60_000);
    expect(await page.locator("dialog.apikey-dialog").count()).toBe(0);
    expect(await page.evaluate((k) => sessionStorage.getItem(k), STORAGE_KEY)).toBe(API_KEY);
    expect(await page.evaluate((k) => localStorage.getItem(k), STORAGE_KEY)).toBeNull();

    expect(requests.some((r) => r.key === API_KEY)).toBe(true);
    expect(requests.filter((r) => r.url.includes(API_KEY) || r.url.includes("not-the-right-key"))).toEqual(
      [],
    );
    // Once the key is known, every API request carries it.
    const firstWithKey = requests.findIndex((r) => r.key === API_KEY);
    expect(requests.slice(firstWithKey).filter((r) => r.key !== API_KEY)).toEqual([]);
    assertOnly401s(watched);

    // A reload in the same tab keeps the key: no prompt, no 401.
    const before = requests.length;
    await page.reload();
    await waitForExplorer(page, 60_000);
    expect(await page.locator("dialog.apikey-dialog").count()).toBe(0);
    const afterReload = requests.slice(before);
    expect(afterReload.length).toBeGreaterThan(0);
    expect(afterReload.filter((r) => r.key !== API_KEY)).toEqual([]);

    // The review queue reads its responses itself: it goes through the Api, so it sends the key too.
    await page.locator('details.panel[data-panel="review"] > summary').click();
    await page.locator(".review-list li").first().waitFor({ timeout: 30_000 });
    const review = requests.filter((r) => r.url.includes("/api/review/"));
    expect(review.length).toBeGreaterThan(0);
    expect(review.filter((r) => r.key !== API_KEY)).toEqual([]);
    watched.assertClean();
    await context.close();
  });

  it("a new session (another browser context) asks again", async () => {
    const context = await browser.newContext({ viewport: { width: 1200, height: 800 } });
    const watched = await watchedPage(context);
    await watched.page.goto(baseUrl);
    await watched.page.locator("dialog.apikey-dialog[open]").waitFor({ timeout: 30_000 });
    expect(await watched.page.evaluate((k) => sessionStorage.getItem(k), STORAGE_KEY)).toBeNull();
    assertOnly401s(watched);
    await context.close();
  });
});
