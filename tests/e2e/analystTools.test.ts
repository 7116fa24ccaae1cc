/**
 * End-to-end (built client, real test Neo4j, Chromium), one page load: the Noverlap layout (pinned node
 * kept, one undo step), style rules on relationships (edge reducer, legend, refusal, undo) and the
 * graphical EXPLAIN/PROFILE plan (boxes, heaviest marked, keyboard).
 */
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from "vitest";
import { PROJECT_ROOT } from "../../server/config";
import { openExplorer, startSuite, type WatchedPage, type Win } from "./browser";

const OUT = path.join(PROJECT_ROOT, "test-output", "e2e");

let browser: Browser;
let watched: WatchedPage;
let page: Page;

const shot = (name: string) => page.screenshot({ path: path.join(OUT, `${name}.png`) });

async function openPanel(key: string): Promise<void> {
  const panel = page.locator(`details.panel[data-panel="${key}"]`);
  if (!(await panel.evaluate((d) => (d as HTMLDetailsElement).open)))
    await panel.locator("> summary").click();
}

/** Undo from the keyboard with the focus off the form fields (inputs keep their own Ctrl+Z). */
async function undo(): Promise<void> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press("Control+z");
}

function positions(): Promise<Record<string, [number, number]>> {
  return page.evaluate(() => {
    const out: Record<string, [number, number]> = {};
    (window as unknown as Win).zonegraph.graph.forEachNode((id, a) => {
      out[id] = [Number(a.x), Number(a.y)];
    });
    return out;
  });
}

beforeAll(async () => {
  ({ browser, watched, page } = await startSuite({ out: OUT }));
  await openExplorer(page, inject("baseUrl"));
  await page.waitForFunction(() => (window as unknown as Win).zonegraph.view.layoutsDone > 0, undefined, {
    timeout: 30_000,
  });
});

afterEach(() => watched.assertClean());

afterAll(async () => {
  await browser?.close();
});

describe("analyst tools: Noverlap, relationship style rules, graphical plan", () => {
  it("Noverlap pushes piled-up nodes apart, never moves a pinned node, and is one undo step", async () => {
    // Pile every node onto a small patch around the first one, which is pinned.
    const pinned = await page.evaluate(() => {
      const app = (window as unknown as Win).zonegraph;
      const ids = app.graph.nodes().sort();
      const first = ids[0] as string;
      ids.forEach((id, i) => {
        app.graph.mergeNodeAttributes(id, { x: (i % 4) * 0.01, y: Math.floor(i / 4) * 0.01 });
      });
      app.graph.setNodeAttribute(first, "fixed", true);
      return first;
    });
    await openPanel("analysis");
    await page.selectOption(".layout-panel .layout-kind", "noverlap");
    expect(await page.locator(".layout-panel .layout-gravity").isDisabled()).toBe(true);
    expect(await page.locator(".layout-panel .layout-margin").isDisabled()).toBe(false);
    await page.fill(".layout-panel .layout-margin", "8");
    await page.press(".layout-panel .layout-margin", "Tab");
    const before = await positions();
    await page.click(".layout-panel .layout-run");
    await page.waitForFunction(() => !(window as unknown as Win).zonegraph.view.layoutRunning, undefined, {
      timeout: 30_000,
    });
    const after = await positions();
    expect(after[pinned]).toEqual(before[pinned]);
    // No two discs overlap on screen (drawn radius + radius), within a pixel of rounding.
    const overlaps = await page.evaluate(() => {
      const v = (window as unknown as Win).zonegraph.view;
      const ids = (window as unknown as Win).zonegraph.graph.nodes();
      const d = ids.map((id) => {
        const n = v.sigma.getNodeDisplayData(id);
        const p = v.sigma.framedGraphToViewport(n ?? { x: 0, y: 0 });
        return { id, x: p.x, y: p.y, r: v.sigma.scaleSize(n?.size ?? 0), hidden: !n || n.hidden };
      });
      let bad = 0;
      for (const [i, a] of d.entries())
        for (const b of d.slice(i + 1))
          if (!a.hidden && !b.hidden && Math.hypot(a.x - b.x, a.y - b.y) < a.r + b.r - 1) bad++;
      return { bad, shown: d.filter((n) => !n.hidden).length };
    });
    expect(overlaps.shown).toBeGreaterThan(3);
    expect(overlaps.bad).toBe(0);
    await shot("noverlap");
    // Undo puts the nodes back where they were before the run; the next undo the choice of layout.
    await undo();
    expect(await positions()).toEqual(before);
    await undo();
    await undo();
    await expect(page.locator(".layout-panel .layout-kind").inputValue()).resolves.toBe("force");
  });

  it("styles relationships by a rule on their confidence, lists it in the legend, refuses a bad width", async () => {
    await page.keyboard.press("Escape");
    await openPanel("analysis");
    const form = ".style-rules-panel";
    await page.selectOption(`${form} .rule-on`, "edge");
    await page.selectOption(`${form} .rule-kind`, "range");
    await page.fill(`${form} .rule-property`, "confidence");
    await page.fill(`${form} .rule-min`, "0.9");
    await page.fill(`${form} .rule-colour`, "#ff00aa");
    await page.check(`${form} .rule-use-size`);
    await page.fill(`${form} .rule-size`, "30");
    await page.click(`${form} .rule-add`);
    await expect(page.locator(`${form} .style-rule-message`).textContent()).resolves.toBe(
      "请设置颜色或宽度（0.5–12）",
    );
    expect(await page.locator(`${form} .style-rule`).count()).toBe(0);
    await page.fill(`${form} .rule-size`, "5");
    await page.click(`${form} .rule-add`);
    await page.waitForSelector(".rule-legend .legend-item .rule-line");
    expect(await page.locator(".rule-legend .legend-name").textContent()).toBe(
      "-[*]->.confidence 0.9–∞ · 宽度 5",
    );
    const styled = await page.evaluate(() => {
      const app = (window as unknown as Win).zonegraph;
      let hits = 0;
      let misses = 0;
      const wrong: string[] = [];
      app.graph.forEachEdge((id, a) => {
        const d = app.view.sigma.getEdgeDisplayData(id);
        if (!d || d.hidden) return;
        const meets = typeof a.confidence === "number" && a.confidence >= 0.9;
        const ruled = d.color === "#ff00aa" && d.size === 5;
        if (meets) hits++;
        else misses++;
        if (meets !== ruled) wrong.push(id);
      });
      let nodes = 0;
      app.graph.forEachNode((id) => {
        if (app.view.sigma.getNodeDisplayData(id)?.color === "#ff00aa") nodes++;
      });
      return { hits, misses, wrong, nodes };
    });
    expect(styled.hits).toBeGreaterThan(0);
    expect(styled.misses).toBeGreaterThan(0);
    expect(styled.wrong).toEqual([]);
    expect(styled.nodes).toBe(0);
    const stored = await page.evaluate(() =>
      JSON.parse(localStorage.getItem("zonegraph.styleRules.v1") ?? "[]"),
    );
    expect(stored).toMatchObject([{ on: "edge", property: "confidence", color: "#ff00aa", size: 5 }]);
    await shot("edge-rule");
    await undo();
    await page.waitForFunction(() => !document.querySelector(".rule-legend"));
    const left = await page.evaluate(() => {
      const app = (window as unknown as Win).zonegraph;
      return app.graph.edges().filter((id) => app.view.sigma.getEdgeDisplayData(id)?.color === "#ff00aa")
        .length;
    });
    expect(left).toBe(0);
  });

  it("draws the EXPLAIN and PROFILE plans as boxes beside the table, heaviest marked, keyboard driven", async () => {
    await openPanel("cypher");
    await page.locator(".editor").click();
    await page.keyboard.press("Control+A");
    await page.keyboard.type("MATCH (a:Area)-[r:PART_OF]->(z:FreeTradeZone) RETURN z.name, a.name");
    await page.click(".console .explain");
    await page.waitForSelector(".plan-pane .plan-graph", { timeout: 20_000 });
    const textLines = String(await page.locator(".result-text.plan").textContent())
      .split("\n")
      .filter((l) => l.trim());
    const boxes = page.locator(".plan-graph [role=treeitem]");
    expect(await boxes.count()).toBe(textLines.length - 1);
    await expect(boxes.first().locator(":scope > .plan-box-head .plan-op").textContent()).resolves.toBe(
      "ProduceResults",
    );
    expect(await page.locator(".plan-graph .plan-box-heaviest").count()).toBe(0);
    expect(await page.locator(".plan-graph .plan-details", { hasText: "PART_OF" }).count()).toBeGreaterThan(
      0,
    );
    // Keyboard: the tree has one tab stop; Down goes to the next box, Up back (Left collapses an open box:
    // tests/e2e/searchPhrases.test.ts).
    await boxes.first().focus();
    await page.keyboard.press("ArrowDown");
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.index)).toBe("1");
    await page.keyboard.press("ArrowUp");
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.index)).toBe("0");
    await page.keyboard.press("End");
    const last = await page.evaluate(() => (document.activeElement as HTMLElement).dataset.index);
    expect(Number(last)).toBe(textLines.length - 2);
    expect(await page.locator(".plan-graph [role=treeitem][tabindex='0']").count()).toBe(1);

    await page.click(".console .profile");
    await page.waitForSelector(".result-text.profile", { timeout: 20_000 });
    const heavy = page.locator(".plan-graph .plan-box-heaviest");
    expect(await heavy.count()).toBe(1);
    await expect(heavy.locator(":scope > .plan-box-head .plan-mark").textContent()).resolves.toBe(
      "◀ 最多数据库命中",
    );
    const hits = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>(".plan-graph .plan-box")].map((b) => {
        const dts = [...b.querySelectorAll(":scope > .plan-facts dt")];
        const i = dts.findIndex((d) => d.textContent === "数据库命中");
        const dd = b.querySelectorAll(":scope > .plan-facts dd")[i];
        return {
          heaviest: b.classList.contains("plan-box-heaviest"),
          hits: Number(dd?.textContent?.replace(/,/g, "")),
        };
      }),
    );
    expect(hits.every((h) => Number.isInteger(h.hits))).toBe(true);
    const top = Math.max(...hits.map((h) => h.hits));
    expect(top).toBeGreaterThan(0);
    expect(hits.find((h) => h.heaviest)?.hits).toBe(top);
    await shot("plan-graph");
    // Bilingual: the boxes follow the language switch.
    await page.click('[data-action="lang"]');
    await expect(heavy.locator(":scope > .plan-box-head .plan-mark").textContent()).resolves.toBe(
      "◀ most db hits",
    );
    await page.click('[data-action="lang"]');
  });
});
