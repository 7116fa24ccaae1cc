/**
 * End-to-end: the built client served by createApp() over the real test Neo4j, driven in Debian's Chromium.
 * Screenshots go to test-output/e2e/ (git-ignored). Scenes stay small: software WebGL is slow.
 */
import fs from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from "vitest";
import { PROJECT_ROOT } from "../../server/config";
import { edgesQuery, nodesQuery } from "../../server/load/queries";
import { createDriver, Executor } from "../../server/neo4j/executor";
import { startSuite, type WatchedPage, type Win, waitForExplorer, waitForStill } from "./browser";

const OUT = path.join(PROJECT_ROOT, "test-output", "e2e");
const XSS = "<img src=x onerror=alert(1)>";
const XSS_ID = `Organization:${XSS}`;
const AREA = "Area:二连浩特片区";

let browser: Browser;
let page: Page;
let watched: WatchedPage;

async function shot(name: string): Promise<void> {
  await page.screenshot({ path: path.join(OUT, `${name}.png`) });
}

/** Visible nodes of the scene drawn outside the canvas. */
function nodesOffScreen(): Promise<number> {
  return page.evaluate(() => {
    const z = (window as unknown as Win).zonegraph;
    const { width, height } = z.view.sigma.getDimensions();
    return z.graph.nodes().filter((id) => {
      const d = z.view.sigma.getNodeDisplayData(id);
      if (!d || d.hidden) return false;
      const p = z.view.sigma.framedGraphToViewport(d);
      return p.x < 0 || p.y < 0 || p.x > width || p.y > height;
    }).length;
  });
}

/** The scene's node ids, sorted. */
function sceneNodes(): Promise<string[]> {
  return page.evaluate(() => (window as unknown as Win).zonegraph.graph.nodes().sort());
}

/** Browser Back or Forward, then wait until the scene holds exactly `nodes`. */
async function travel(dir: "back" | "forward", nodes: string[]): Promise<void> {
  await page.evaluate((d) => (d === "back" ? history.back() : history.forward()), dir);
  await page.waitForFunction(
    (want) => (window as unknown as Win).zonegraph.graph.nodes().sort().join("|") === want.join("|"),
    nodes,
    { timeout: 15_000 },
  );
}

/** The scene of the first screen and after the search, for the Back/Forward test. */
let overviewNodes: string[] = [];
let searchedNodes: string[] = [];

/** Number of nodes in the scene (the app exposes itself on window for tests). */
function sceneOrder(): Promise<number> {
  return page.evaluate(() => (window as unknown as Win).zonegraph.graph.order);
}

beforeAll(async () => {
  fs.mkdirSync(OUT, { recursive: true });
  // A hostile entity name, loaded through the loader's own queries next to 二连浩特片区.
  const conn = inject("neo4j");
  const executor = new Executor(createDriver(conn, { acquisitionTimeoutMs: 10_000 }), conn.database);
  try {
    await executor.executeWriteAll([
      nodesQuery("Organization", [
        {
          id: XSS_ID,
          type: "Organization",
          name: XSS,
          nameEn: XSS,
          aliases: [],
          source: "pattern",
          properties: {},
        },
      ]),
      edgesQuery("COOPERATES_WITH", [
        {
          id: `COOPERATES_WITH:${XSS_ID}->${AREA}`,
          source: XSS_ID,
          target: AREA,
          type: "COOPERATES_WITH",
          evidence: [
            { doc: "doc:e2e", passage: "p:e2e", start: 0, end: XSS.length, quote: XSS, method: "pattern" },
          ],
          // Above every corpus relationship of 二连浩特片区, so the capped expansion always includes it.
          confidence: 0.99,
          properties: {},
        },
      ]),
    ]);
  } finally {
    await executor.driver.close();
  }
  ({ browser, watched, page } = await startSuite());
  const res = await page.goto(inject("baseUrl"));
  expect(res?.headers()["content-security-policy"]).toContain("script-src 'self'");
});

afterEach(() => watched.assertClean());

afterAll(async () => {
  await browser?.close();
});

describe("explorer", () => {
  it("opens on the corpus overview", async () => {
    await waitForExplorer(page);
    await waitForStill(page, 2500);
    await shot("01-overview");
    expect(await sceneOrder()).toBeGreaterThan(3);
    await expect(page.locator(".legend-item").count()).resolves.toBeGreaterThan(5);
    // Types with no node on the canvas are listed dimmed, and only those.
    const counts = await page.$$eval(".legend-item[data-type]", (items) =>
      items.map((b) => [b.classList.contains("none"), b.querySelector(".count")?.textContent] as const),
    );
    expect(counts.some(([none]) => none)).toBe(true);
    for (const [none, count] of counts) expect(none).toBe(count === "0");
    overviewNodes = await sceneNodes();
  });

  it("searches 二连浩特, adds it and expands it", async () => {
    await page.keyboard.press("/");
    await page.keyboard.type("二连浩特");
    await page.waitForSelector(".topbar .search-hit", { timeout: 15_000 });
    await shot("02-search");
    const hit = page.locator(`.topbar .search-hit[data-id="${AREA}"]`);
    if ((await hit.count()) > 0) await hit.first().click();
    else await page.keyboard.press("Enter");
    await page.waitForSelector(".inspector .entity-name", { timeout: 15_000 });
    searchedNodes = await sceneNodes();
    const before = await sceneOrder();
    await page.click('[data-action="expand"]');
    await page.waitForFunction((n) => (window as unknown as Win).zonegraph.graph.order > n, before, {
      timeout: 20_000,
    });
    await waitForStill(page, 2500);
    await shot("03-expanded");
  });

  it("finds a misspelt transliteration (Erenhto) with a did-you-mean line, in Chinese", async () => {
    await page.fill(".topbar .search-input", "Erenhto");
    await page.waitForSelector(".topbar .search-suggest", { timeout: 15_000 });
    expect(await page.locator(".topbar .search-suggest").textContent()).toBe("您是不是要找：Erenhot？");
    expect(await page.locator(".topbar .search-hit").first().getAttribute("data-id")).toBe("City:二连浩特");
    // Choosing the suggestion searches for it: the exact hits replace the tolerant ones.
    await page.locator(".topbar .search-suggest").dispatchEvent("mousedown");
    await page.waitForFunction(
      () =>
        !document.querySelector(".topbar .search-suggest") && document.querySelector(".topbar .search-hit"),
      undefined,
      { timeout: 15_000 },
    );
    expect(await page.inputValue(".topbar .search-input")).toBe("Erenhot");
    await page.keyboard.press("Escape");
  });

  it("shows source sentences and opens the document with mentions highlighted", async () => {
    await page.waitForSelector(".inspector .sources .quote", { timeout: 15_000 });
    const quote = await page.locator(".inspector .sources .quote").first().textContent();
    expect(quote).toMatch(/二连浩特/);
    await page.locator(".inspector .sources .open-doc").first().click();
    await page.waitForSelector("dialog[open] .doc-text mark", { timeout: 15_000 });
    await page.waitForTimeout(300);
    await shot("04-document");
    expect(await page.locator("dialog[open] .mention-self").count()).toBeGreaterThan(0);
    await page.keyboard.press("Escape");
  });

  it("Back closes the document, then returns to the search and the first screen; Forward comes back", async () => {
    const expanded = await sceneNodes();
    expect(searchedNodes).toContain(AREA);
    expect(expanded.length).toBeGreaterThan(searchedNodes.length);
    await page.locator(".inspector .sources .open-doc").first().click();
    await page.waitForSelector("dialog[open] .doc-text mark", { timeout: 15_000 });
    await page.evaluate(() => history.back());
    await page.waitForFunction(() => !document.querySelector("dialog[open]"), undefined, { timeout: 15_000 });
    expect(await sceneNodes()).toEqual(expanded);
    await travel("back", searchedNodes);
    expect(page.url()).toContain(inject("baseUrl"));
    await travel("back", overviewNodes);
    expect(page.url()).toContain(inject("baseUrl"));
    await travel("forward", searchedNodes);
    await travel("forward", expanded);
    // Back/Forward are store steps too: undo goes back to where the last Forward started.
    await page.evaluate(() => (window as unknown as Win).zonegraph.undo());
    expect(await sceneNodes()).toEqual(searchedNodes);
    await page.evaluate(() => (window as unknown as Win).zonegraph.redo());
    expect(await sceneNodes()).toEqual(expanded);
  });

  it("renders a hostile entity name as text and runs nothing", async () => {
    await page.evaluate((id) => {
      const app = (window as unknown as Win).zonegraph;
      if (app.graph.hasNode(id)) app.select(id);
    }, XSS_ID);
    const present = await page.evaluate(
      (id) => (window as unknown as Win).zonegraph.graph.hasNode(id),
      XSS_ID,
    );
    // The hostile entity is a neighbour of 二连浩特片区, expanded by the test above.
    expect(present).toBe(true);
    await page.waitForFunction(
      (name) => document.querySelector(".inspector .entity-name")?.textContent === name,
      XSS,
      { timeout: 15_000 },
    );
    expect(await page.locator("img[src='x']").count()).toBe(0);
    await shot("05-xss-as-text");
    // Also through search autocomplete.
    await page.fill(".topbar .search-input", "img src");
    await page.waitForTimeout(1200);
    expect(await page.locator("img[src='x']").count()).toBe(0);
    await page.keyboard.press("Escape");
  });

  it("runs a Cypher query, draws the nodes and shows the table", async () => {
    await page.click(".console-panel > summary");
    const editor = page.locator(".editor");
    await editor.click();
    await page.keyboard.press("Control+A");
    await page.keyboard.type("MATCH (c:Corridor)<-[r]-(n) RETURN c, r, n LIMIT 25");
    const before = await sceneOrder();
    await page.click(".console .run");
    await page.waitForSelector(".result-table table", { timeout: 20_000 });
    await waitForStill(page, 2000);
    await shot("06-cypher");
    expect(await sceneOrder()).toBeGreaterThanOrEqual(before);
    // A syntax error shows inline.
    await editor.click();
    await page.keyboard.press("Control+A");
    await page.keyboard.type("MATC (n) RETURN n");
    watched.expectHttpError("/api/cypher", 400);
    await page.click(".console .run");
    await page.waitForSelector(".console-error:not(:empty)", { timeout: 15_000 });
    await shot("07-cypher-error");
    await page.click(".console-panel > summary");
  });

  it("shows a Cypher result as text and JSON, and keeps favourite queries (save, rename, delete, undo)", async () => {
    await page.click(".console-panel > summary");
    await page.locator(".editor").click();
    await page.keyboard.press("Control+A");
    await page.keyboard.type(
      "MATCH (a:Area)-[r:PART_OF]->(z:FreeTradeZone) RETURN z.name AS zone, a LIMIT 3",
    );
    await page.click(".console .run");
    await page.waitForSelector(".result-table table", { timeout: 20_000 });
    await page.click('.result-modes [data-mode="text"]');
    const text = String(await page.locator(".result-text").textContent()).split("\n");
    expect(text).toHaveLength(3 + 3 + 1);
    expect(text[1]).toMatch(/^\| zone +\| a +\|$/);
    expect(text[3]).toMatch(/^\| 中国（.+）自由贸易试验区 +\| \(.+片区\) +\|$/);
    expect(await page.locator(".result-table").isHidden()).toBe(true);
    await page.click('.result-modes [data-mode="json"]');
    const json = JSON.parse(String(await page.locator(".result-text").textContent()));
    expect(json).toHaveLength(3);
    expect(json[0].a.labels).toContain("Area");
    await page.click('.result-modes [data-mode="table"]');
    expect(await page.locator(".result-table table").isVisible()).toBe(true);
    // EXPLAIN: the plan as an indented tree, root first; the query is not run.
    await page.click(".console .explain");
    await page.waitForSelector(".result-text.plan", { timeout: 20_000 });
    const plan = String(await page.locator(".result-text.plan").textContent()).split("\n");
    expect(plan[0]).toMatch(/^运算符 +估计行数 +详情$/);
    expect(plan[1]).toMatch(/^ProduceResults\b/);
    expect(plan.some((l) => /^ +└─ \S/.test(l) && l.includes("PART_OF"))).toBe(true);
    await expect(page.locator(".console-status").textContent()).resolves.toMatch(/^执行计划：\d+ 个运算符/);
    // Favourites: saved with a name, renamed in place, deleted, brought back by Undo; kept in localStorage.
    await page.fill(".favourite-name", "片区与自贸区");
    await page.click(".favourite-save");
    await expect(page.locator(".favourite-open").first().textContent()).resolves.toBe("片区与自贸区");
    await page.locator(".favourite-rename").first().click();
    await page.fill(".favourite-rename-input", "   ");
    await page.press(".favourite-rename-input", "Enter");
    await expect(page.locator(".favourite-message").textContent()).resolves.toBe("名称不能为空");
    await page.fill(".favourite-rename-input", "自贸区的片区");
    await page.press(".favourite-rename-input", "Enter");
    await expect(page.locator(".favourite-open").first().textContent()).resolves.toBe("自贸区的片区");
    await page.locator(".favourite-delete").first().click();
    expect(await page.locator(".favourite-open").count()).toBe(0);
    await page.click(".favourite-undo");
    const stored = await page.evaluate(() =>
      JSON.parse(localStorage.getItem("zonegraph.cypherFavourites.v1") ?? "[]"),
    );
    expect(stored).toMatchObject([{ name: "自贸区的片区", query: expect.stringContaining("PART_OF") }]);
    await page.locator(".editor").click();
    await page.keyboard.press("Control+A");
    await page.keyboard.type("RETURN 1");
    await page.locator(".favourite-open").first().click();
    await expect(page.locator(".editor .cm-content").textContent()).resolves.toContain("PART_OF");
    await page.click(".console-panel > summary");
  });

  it("profiles a Cypher query: the plan with rows and db hits per operator, the heaviest marked", async () => {
    await page.click(".console-panel > summary");
    await page.locator(".editor").click();
    await page.keyboard.press("Control+A");
    await page.keyboard.type("MATCH (a:Area)-[r:PART_OF]->(z:FreeTradeZone) RETURN z.name, a.name");
    await page.click(".console .profile");
    await page.waitForSelector(".result-text.profile", { timeout: 20_000 });
    const lines = String(await page.locator(".result-text.profile").textContent()).split("\n");
    expect(lines[0]).toMatch(/^运算符 +估计行数 +实际行数 +数据库命中 +详情$/);
    expect(lines[1]).toMatch(/^ProduceResults +[\d.]+ +\d+ +\d+/);
    const heaviest = String(await page.locator(".result-text .plan-heaviest").textContent());
    expect(heaviest).toMatch(/◀ 最多数据库命中\n$/);
    // Operator, estimated rows, rows, db hits: the heaviest line has the most db hits.
    const hits = (l: string) => Number(l.match(/^\s*(?:└─ )?\S+\s+[\d.]+\s+\d+\s+(\d+)/)?.[1]);
    const opLines = lines.slice(1).filter((l) => l.trim());
    expect(opLines.every((l) => Number.isInteger(hits(l)))).toBe(true);
    expect(hits(heaviest)).toBeGreaterThan(0);
    expect(Math.max(...opLines.map(hits))).toBe(hits(heaviest));
    const status = String(await page.locator(".console-status").textContent());
    expect(status).toMatch(/^性能分析：\d+ 个运算符 · 共 [\d,]+ 次数据库命中 · \d+ 行结果/);
    await page.click(".console-panel > summary");
  });

  it("follows the China–Mongolia–Russia corridor with its explanation chains and sentences", async () => {
    // The corridors panel is the first one, open, with one button per corridor.
    const pick = page.locator(".corridor-pick", { hasText: "中蒙俄" });
    await pick.first().waitFor({ timeout: 15_000 });
    await pick.first().click();
    await page.waitForSelector(".corridor-zones .corridor-zone", { timeout: 20_000 });
    await waitForStill(page, 2500);
    await shot("08-corridor");
    const zones = await page.locator(".corridor-zones .zone-name").allTextContents();
    expect(zones.length).toBeGreaterThan(0);
    expect(zones).toContain("中国（内蒙古）自由贸易试验区");
    const quotes = await page.locator(".corridor-zones .quote").allTextContents();
    expect(quotes.length).toBeGreaterThan(0);
    expect(quotes.join("\n")).toMatch(/中蒙俄/);
  });

  it("a narrow (phone) window shows the graph full width, with no sideways scrolling", async () => {
    // Zoomed into a corner first: the resize must re-fit the scene.
    await page.evaluate(() =>
      (window as unknown as Win).zonegraph.view.sigma.getCamera().setState({ x: 0.9, y: 0.9, ratio: 0.2 }),
    );
    await page.setViewportSize({ width: 390, height: 800 });
    await page.waitForTimeout(800);
    const box = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      stage: document.querySelector("#stage")?.getBoundingClientRect().toJSON(),
    }));
    expect(box.page).toBeLessThanOrEqual(390);
    expect(box.stage.width).toBeGreaterThanOrEqual(360);
    expect(box.stage.height).toBeGreaterThanOrEqual(300);
    await page.waitForFunction(
      () => (window as unknown as Win).zonegraph.view.sigma.getCamera().getState().ratio === 1,
      undefined,
      { timeout: 10_000 },
    );
    expect(await nodesOffScreen()).toBe(0);
    await shot("08-narrow");
    await page.setViewportSize({ width: 1400, height: 900 });
    await page.waitForTimeout(500);
  });

  it("styles nodes by a rule on a property (degree ≥ the top degree → colour and size), with a legend entry, undone by Ctrl+Z", async () => {
    await page.keyboard.press("Escape");
    // The threshold: the highest degree among the shown nodes, so the rule meets at least one of them.
    const top = await page.evaluate(() => {
      const app = (window as unknown as Win).zonegraph;
      let max = 0;
      app.graph.forEachNode((id, a) => {
        if (!app.view.sigma.getNodeDisplayData(id)?.hidden && typeof a.degree === "number")
          max = Math.max(max, a.degree);
      });
      return max;
    });
    expect(top).toBeGreaterThan(0);
    await page.click('[data-panel="analysis"] > summary');
    await page.selectOption(".style-rules-panel .rule-kind", "range");
    await page.fill(".style-rules-panel .rule-property", "degree");
    await page.fill(".style-rules-panel .rule-min", String(top));
    await page.fill(".style-rules-panel .rule-colour", "#123456");
    await page.check(".style-rules-panel .rule-use-size");
    await page.fill(".style-rules-panel .rule-size", "30");
    await page.click(".style-rules-panel .rule-add");
    await page.waitForSelector(".rule-legend .legend-item");
    expect(await page.locator(".rule-legend .legend-name").textContent()).toBe(`*.degree ${top}–∞ · 大小 30`);
    const styled = () =>
      page.evaluate((min) => {
        const app = (window as unknown as Win).zonegraph;
        let hits = 0;
        const wrong: string[] = [];
        app.graph.forEachNode((id, a) => {
          const d = app.view.sigma.getNodeDisplayData(id);
          if (!d || d.hidden) return;
          const meets = typeof a.degree === "number" && a.degree >= min;
          const ruled = d.color === "#123456" && d.size === 30;
          if (meets) hits++;
          if (meets !== ruled) wrong.push(id);
        });
        return { hits, wrong };
      }, top);
    const on = await styled();
    expect(on.hits).toBeGreaterThan(0);
    expect(on.wrong).toEqual([]);
    const stored = await page.evaluate(() =>
      JSON.parse(localStorage.getItem("zonegraph.styleRules.v1") ?? "[]"),
    );
    expect(stored).toMatchObject([
      { property: "degree", test: { kind: "range", min: top }, color: "#123456" },
    ]);
    // Undo from the keyboard, with the focus off the form (inputs keep their own Ctrl+Z).
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press("Control+z");
    await page.waitForFunction(() => !document.querySelector(".rule-legend"));
    const off = await page.evaluate(() => {
      const app = (window as unknown as Win).zonegraph;
      let ruled = 0;
      app.graph.forEachNode((id) => {
        if (app.view.sigma.getNodeDisplayData(id)?.color === "#123456") ruled++;
      });
      return ruled;
    });
    expect(off).toBe(0);
    await page.click('[data-panel="analysis"] > summary');
  });

  it("lays the scene out on a circle from the layout parameters, and undoes the choice", async () => {
    await page.click('[data-panel="analysis"] > summary');
    await page.selectOption(".layout-panel .layout-kind", "circular");
    expect(await page.locator(".layout-panel .layout-gravity").isDisabled()).toBe(true);
    await page.click(".layout-panel .layout-run");
    await page.waitForFunction(() => !(window as unknown as Win).zonegraph.view.layoutRunning, undefined, {
      timeout: 30_000,
    });
    const radii = await page.evaluate(() => {
      const app = (window as unknown as Win).zonegraph;
      const out: number[] = [];
      app.graph.forEachNode((_id, a) => {
        if (a.fixed !== true) out.push(Math.hypot(Number(a.x), Number(a.y)));
      });
      return out;
    });
    expect(radii.length).toBeGreaterThan(3);
    const r0 = radii[0] ?? 0;
    for (const r of radii) expect(Math.abs(r - r0)).toBeLessThan(r0 * 1e-3);
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    // The run is one undo step (the positions), the choice of layout the one before it.
    await page.keyboard.press("Control+z");
    await page.keyboard.press("Control+z");
    await expect(page.locator(".layout-panel .layout-kind").inputValue()).resolves.toBe("force");
    await page.click('[data-panel="analysis"] > summary');
  });

  it("switches the interface to English", async () => {
    await page.click('[data-action="lang"]');
    await page.waitForTimeout(800);
    expect(await page.locator(".panel > summary").first().textContent()).toBe("Corridors");
    await shot("09-english");
  });
});
