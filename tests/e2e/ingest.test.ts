/**
 * Upload → preview → accept → search, in Chromium against the real API and the test Neo4j. The
 * uploaded document is deleted afterwards (DELETE /api/documents/:id), so the corpus graph the other
 * e2e tests read is as loaded. The zone is fictional, so every entity it brings is new.
 */
import fs from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from "vitest";
import { PROJECT_ROOT } from "../../server/config";
import { sha256Of } from "../../server/ingest/decode/index";
import { uploadDocId } from "../../server/ingest/extract";
import { makePdf } from "../support/documents";
import { startSuite, type WatchedPage } from "./browser";

const OUT = path.join(PROJECT_ROOT, "test-output", "e2e");
const ZONE = "FreeTradeZone:中国（琼崖）自由贸易试验区";
const LINES = [
  "中国（琼崖）自由贸易试验区总体方案",
  "中国（琼崖）自由贸易试验区包括椰林片区和珊瑚片区两个片区。",
];

let browser: Browser;
let watched: WatchedPage;
let page: Page;
let pdf: Buffer;
let docId: string;

beforeAll(async () => {
  fs.mkdirSync(OUT, { recursive: true });
  pdf = await makePdf(LINES, { title: "琼崖自贸试验区方案", author: "e2e" });
  docId = uploadDocId(sha256Of(pdf));
  // Run alone on a busy 2-core machine, this file can be the first to query the fresh test Neo4j:
  // warm the start view's queries so their first (cold) run does not hit the API's timeouts.
  for (const url of [
    "/api/corridors",
    "/api/subgraph?types=FreeTradeZone,Province,Corridor,Agreement&limit=2000",
  ])
    for (let i = 0; i < 5 && (await fetch(`${inject("baseUrl")}${url}`)).status !== 200; i++);
  ({ browser, watched, page } = await startSuite());
  await page.goto(inject("baseUrl"));
  await page.waitForSelector('details.panel[data-panel="upload"]', { timeout: 30_000 });
});

afterEach(() => watched.assertClean());

afterAll(async () => {
  await browser?.close();
  const res = await fetch(`${inject("baseUrl")}/api/documents/${encodeURIComponent(docId)}`, {
    method: "DELETE",
  });
  expect([200, 404]).toContain(res.status);
});

describe("upload a document in the explorer", () => {
  it("says in Chinese what is missing or wrong: no file chosen, an unsupported file", async () => {
    await page.locator('details.panel[data-panel="upload"] > summary').click();
    await page.click('[data-testid="upload-preview"]');
    expect(await page.locator(".upload .upload-result .error").textContent()).toBe(
      "请先选择要上传的文件（PDF、DOCX、HTML、Markdown 或纯文本）。",
    );
    watched.expectHttpError("/api/documents", 415);
    await page.setInputFiles('[data-testid="upload-files"]', {
      name: "图片.pdf",
      mimeType: "application/pdf",
      buffer: Buffer.from([
        0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
      ]),
    });
    await page.click('[data-testid="upload-preview"]');
    await page.waitForFunction(
      () =>
        /不支持的文件类型/.test(document.querySelector(".upload .upload-result .error")?.textContent ?? ""),
      undefined,
      { timeout: 30_000 },
    );
    expect(await page.locator(".upload .upload-result .error").textContent()).toContain("：图片.pdf");
  });

  it("previews the change set, commits it, and finds the new zone by search", async () => {
    await page.setInputFiles('[data-testid="upload-files"]', {
      name: "琼崖方案.pdf",
      mimeType: "application/pdf",
      buffer: pdf,
    });
    await page.click('[data-testid="upload-preview"]');
    const entity = page.locator(`.upload .new-entity[data-id="${ZONE}"]`);
    await entity.waitFor({ timeout: 60_000 });
    expect(await page.locator(".upload .new-relation").count()).toBeGreaterThan(0);
    // Relations read "A —TYPE→ B" with names, never ids.
    const relations = await page
      .locator(".upload .new-relation label, .upload .new-evidence")
      .allTextContents();
    expect(relations.join("\n")).toMatch(/椰林片区 —属于→ 中国（琼崖）自由贸易试验区/);
    expect(relations.join("\n")).not.toMatch(/FreeTradeZone:|Area:|->/);
    await page.locator(".upload h4").scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(OUT, "60-upload-preview.png") });
    // Nothing is stored before the commit.
    const before = await fetch(`${inject("baseUrl")}/api/nodes/${encodeURIComponent(ZONE)}`);
    expect(before.status).toBe(404);
    await page.click('[data-testid="upload-commit"]');
    await page.waitForFunction(
      () =>
        /已提交|Committed/.test(document.querySelector('[data-testid="upload-progress"]')?.textContent ?? ""),
      undefined,
      { timeout: 60_000 },
    );
    await page.locator(".topbar .search-input").fill("琼崖");
    await page.waitForSelector(`.topbar .search-hit[data-id="${ZONE}"]`, { timeout: 20_000 });
    await page.screenshot({ path: path.join(OUT, "61-upload-committed-search.png") });
  });
});
