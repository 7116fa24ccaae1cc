/**
 * Acceptance tests of the analyst's canvas (issue 13) over the real API: the console split pane, paths with
 * options and evidence per hop, undo/redo across expand, filter and path, legends. Screenshots go to
 * test-output/e2e/ (git-ignored). Any console error, page error or CSP violation fails the test.
 */
import fs from "node:fs";
import path from "node:path";
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
  waitForStill,
  watchedPage,
} from "./browser";

const OUT = path.join(PROJECT_ROOT, "test-output", "e2e");
const GANSU = "Province:甘肃省";
const CENTRAL_ASIA = "Country:中亚";
const IMFTZ = "FreeTradeZone:中国（内蒙古）自由贸易试验区";
const GUANGXI = "FreeTradeZone:中国（广西）自由贸易试验区";

/** Viewport positions of nodes and the label boxes sigma drew in its last frame, recomputed from its data. */
async function sceneGeometry(ids: string[]) {
  return page.evaluate((nodes) => {
    const z = (window as unknown as Win).zonegraph;
    const sig = z.view.sigma;
    const ctx = document.createElement("canvas").getContext("2d") as CanvasRenderingContext2D;
    const fontSize = sig.getSetting("labelSize") as number;
    ctx.font = `${sig.getSetting("labelWeight")} ${fontSize}px ${sig.getSetting("labelFont")}`;
    const boxes = [...z.view.labels.drawn.keys()].map((id) => {
      const d = sig.getNodeDisplayData(id);
      if (!d?.label) return null;
      const p = sig.framedGraphToViewport(d);
      const r = sig.scaleSize(d.size);
      return {
        id,
        x: p.x + r + 3,
        y: p.y - (2 * fontSize) / 3,
        w: ctx.measureText(d.label).width,
        h: fontSize,
      };
    });
    const positions = nodes.map((id) => {
      const d = sig.getNodeDisplayData(id);
      return d ? { id, ...sig.framedGraphToViewport(d) } : null;
    });
    return { boxes, positions, ...sig.getDimensions() };
  }, ids);
}

let browser: Browser;
let watched: WatchedPage;
let page: Page;

const order = () => page.evaluate(() => (window as unknown as Win).zonegraph.graph.order);
const shot = (name: string) => page.screenshot({ path: path.join(OUT, `${name}.png`) });
async function openPanel(key: string): Promise<void> {
  const panel = page.locator(`details.panel[data-panel="${key}"]`);
  if (!(await panel.evaluate((d) => (d as HTMLDetailsElement).open)))
    await panel.locator("> summary").click();
}
async function pickPathEnds(from: [string, string], to: [string, string]): Promise<void> {
  const boxes = page.locator(".paths .search-input");
  for (const [i, [q, id]] of [from, to].entries()) {
    await boxes.nth(i).fill(q);
    const hit = page.locator(`.paths .search-hit[data-id="${id}"]`);
    await hit.waitFor({ timeout: 15_000 });
    await hit.click();
  }
}

beforeAll(async () => {
  ({ browser, watched, page } = await startSuite({ out: OUT, acceptDownloads: true }));
  // Warm the server's first corridor query (cold Neo4j on a loaded machine can pass the transaction timeout).
  for (let i = 0; i < 3; i++) if ((await fetch(`${inject("baseUrl")}/api/corridors`)).ok) break;
  await openExplorer(page, inject("baseUrl"));
});

afterEach(() => watched.assertClean());

afterAll(async () => {
  await browser?.close();
});

describe("the analyst's canvas (issue 13)", () => {
  it("expanding 中国（广西）自由贸易试验区 twice keeps every new node in view and no two labels overlap", async () => {
    const nodes = () => page.evaluate(() => (window as unknown as Win).zonegraph.graph.nodes());
    let target = GUANGXI;
    for (const round of [1, 2]) {
      const before = new Set(await nodes());
      await page.evaluate((id) => (window as unknown as Win).zonegraph.select(id), target);
      await page.evaluate((id) => (window as unknown as Win).zonegraph.expand(id), target);
      const added = (await nodes()).filter((n) => !before.has(n));
      expect(added.length).toBeGreaterThan(0);
      await waitForStill(page, 1200); // the camera eases to the grown scene
      const g = await sceneGeometry(added);
      for (const p of g.positions) {
        expect(p).not.toBeNull();
        expect(p?.x).toBeGreaterThanOrEqual(0);
        expect(p?.x).toBeLessThanOrEqual(g.width);
        expect(p?.y).toBeGreaterThanOrEqual(0);
        expect(p?.y).toBeLessThanOrEqual(g.height);
      }
      const boxes = g.boxes.filter((b): b is NonNullable<typeof b> => b !== null);
      expect(boxes.length).toBeGreaterThan(3);
      for (const [i, a] of boxes.entries())
        for (const b of boxes.slice(i + 1)) {
          const overlap = a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
          expect(overlap, `labels of ${a.id} and ${b.id} overlap`).toBe(false);
        }
      await shot(`29-guangxi-expand-${round}`);
      // Second round: expand the new neighbour with the most relationships in the database.
      target = await page.evaluate((ids) => {
        const g = (window as unknown as Win).zonegraph.graph;
        return [...ids].sort(
          (a, b) =>
            Number(g.getNodeAttribute(b, "degree") ?? 0) - Number(g.getNodeAttribute(a, "degree") ?? 0),
        )[0] as string;
      }, added);
    }
  });

  it("the console open does not overlap the canvas, and its separator resizes the canvas", async () => {
    await page.click(".console-panel > summary");
    // The stage changes size in two steps (the <details> opens, then its toggle handler sets the console's
    // height), and sigma follows each through a ResizeObserver and its next frame: on a loaded machine that
    // takes longer than any fixed wait. Wait (bounded) until the console is open with its separator and
    // sigma's size is the stage's; the assertions below then say what is wrong if it never is.
    // `heightBetween`: also wait until the stage's height is strictly between these bounds.
    const settled = (heightBetween: [number, number] = [0, Number.POSITIVE_INFINITY]) =>
      page
        .waitForFunction(
          ([low, high]) => {
            const panel = document.querySelector<HTMLDetailsElement>(".console-panel");
            const sep = document.querySelector<HTMLElement>(".splitter");
            const stage = document.getElementById("stage")?.getBoundingClientRect();
            const sigma = (window as unknown as Win).zonegraph.view.sigma.getDimensions();
            return (
              panel?.open === true &&
              sep?.hidden === false &&
              stage !== undefined &&
              stage.height > (low ?? 0) &&
              stage.height < (high ?? Number.POSITIVE_INFINITY) &&
              Math.abs(sigma.height - stage.height) <= 1
            );
          },
          heightBetween,
          { timeout: 15_000, polling: 50 },
        )
        .catch(() => {});
    await settled();
    const measure = () =>
      page.evaluate(() => {
        const stage = document.getElementById("stage")?.getBoundingClientRect();
        const canvases = [...document.querySelectorAll("#stage canvas")].map((c) =>
          c.getBoundingClientRect(),
        );
        const consoleTop = document.querySelector(".console-panel")?.getBoundingClientRect().top ?? 0;
        const dims = (window as unknown as Win).zonegraph.view.sigma.getDimensions();
        return {
          stageBottom: stage?.bottom ?? 0,
          stageHeight: stage?.height ?? 0,
          canvasBottom: Math.max(...canvases.map((c) => c.bottom)),
          consoleTop,
          sigmaHeight: dims.height,
        };
      });
    const open = await measure();
    expect(open.canvasBottom).toBeLessThanOrEqual(open.consoleTop + 0.5);
    expect(Math.abs(open.sigmaHeight - open.stageHeight)).toBeLessThanOrEqual(1);
    // The console's header is clickable everywhere: nothing is drawn over it.
    const summary = await page.locator(".console-panel > summary").boundingBox();
    if (!summary) throw new Error("no console header");
    const onTop = await page.evaluate(
      ([x, y]) =>
        document.elementFromPoint(x as number, y as number)?.closest(".console-panel > summary") !== null,
      [summary.x + summary.width / 2, summary.y + summary.height / 2],
    );
    expect(onTop).toBe(true);
    // Drag the separator 120 px up: the console grows, the canvas shrinks by as much and sigma follows.
    const sep = await page.locator(".splitter").boundingBox();
    if (!sep) throw new Error("no separator");
    await page.mouse.move(sep.x + sep.width / 2, sep.y + sep.height / 2);
    await page.mouse.down();
    await page.mouse.move(sep.x + sep.width / 2, sep.y - 120, { steps: 6 });
    await page.mouse.up();
    await settled([0, open.stageHeight - 100]);
    const dragged = await measure();
    expect(open.stageHeight - dragged.stageHeight).toBeGreaterThan(100);
    expect(dragged.canvasBottom).toBeLessThanOrEqual(dragged.consoleTop + 0.5);
    expect(Math.abs(dragged.sigmaHeight - dragged.stageHeight)).toBeLessThanOrEqual(1);
    // The keyboard moves it too.
    await page.locator(".splitter").focus();
    await page.keyboard.press("ArrowDown");
    await settled([dragged.stageHeight, Number.POSITIVE_INFINITY]);
    expect((await measure()).stageHeight).toBeGreaterThan(dragged.stageHeight);
    await shot("30-console-split");
  });

  it("shows Cypher nodes, relationships and paths as chips that select or highlight, and exports CSV", async () => {
    await page.locator(".editor").click();
    await page.keyboard.press("Control+A");
    await page.keyboard.type(
      "MATCH p = (z:FreeTradeZone)-[r:ON_CORRIDOR]->(c:Corridor) RETURN z, r, p, z.name AS name LIMIT 5",
    );
    await page.keyboard.press("Control+Enter");
    await page.waitForSelector(".result-table .chip-node", { timeout: 20_000 });
    expect(await page.locator(".result-table .chip-rel").count()).toBeGreaterThan(0);
    expect(await page.locator(".result-table .chip-path").count()).toBeGreaterThan(0);
    const nodeId = await page.locator(".result-table .chip-node").first().getAttribute("title");
    await page.locator(".result-table .chip-node").first().click();
    await page.waitForFunction(
      (id) => (window as unknown as Win).zonegraph.state.selectedNode === id,
      nodeId,
      { timeout: 10_000 },
    );
    await page.locator(".result-table .chip-path").first().click();
    const focus = await page.evaluate(() => [
      ...((window as unknown as Win).zonegraph.state.focusNodes ?? []),
    ]);
    expect(focus.length).toBe(2);
    const [download] = await Promise.all([page.waitForEvent("download"), page.click(".console .export-csv")]);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    const csv = fs.readFileSync(await download.path(), "utf8");
    const lines = csv.trim().split(/\r\n/);
    expect(lines[0]).toBe("z,r,p,name");
    expect(lines.length).toBe(1 + (await page.locator(".result-table tbody tr").count()));
    expect(lines[1]).toMatch(/自由贸易试验区,\[:ON_CORRIDOR\],.*→/);
    await shot("31-console-chips");
    await page.click(".console-panel > summary");
  });

  it("甘肃 → 中亚: without co-occurrence it says why there is no path; with it, a simple path with evidence per hop", async () => {
    await openPanel("paths");
    await pickPathEnds(["甘肃省", GANSU], ["中亚", CENTRAL_ASIA]);
    const co = page.locator(".paths .co-occurrence");
    if (await co.isChecked()) await co.uncheck();
    await page.click(".paths .find-paths");
    const message = page.locator(".paths .path-message");
    await page.waitForSelector(".paths .path-message.none", { timeout: 20_000 });
    expect(await message.textContent()).toMatch(/4 跳内没有类型化关系的路径|No typed path within 4 hops/);
    expect(await message.isVisible()).toBe(true);
    // Nothing is dimmed without an explanation: no path, no focus.
    expect(await page.evaluate(() => (window as unknown as Win).zonegraph.state.focusNodes)).toBeNull();
    await shot("32-paths-none-typed");
    const show = page.locator(".paths .show-co-occurrence");
    if (await show.count()) await show.click();
    else {
      await co.check();
      await page.click(".paths .find-paths");
    }
    await page.waitForSelector(".paths .path-list > li", { timeout: 20_000 });
    expect(await message.textContent()).toMatch(/找到 \d+ 条路径|\d+ paths found/);
    const paths = await page.evaluate(() => (window as unknown as Win).zonegraph.state.path?.paths ?? []);
    expect(paths.length).toBeGreaterThan(0);
    for (const p of paths) expect(new Set(p.nodes).size).toBe(p.nodes.length);
    // Every hop of every path lists at least one quoted sentence.
    for (const li of await page.locator(".paths .path-list > li").all()) {
      const details = li.locator("details.path-evidence");
      if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open)))
        await details.locator("summary").click();
      const hops = li.locator(".path-hop");
      expect(await hops.count()).toBeGreaterThan(0);
      for (const hop of await hops.all()) expect(await hop.locator(".quote").count()).toBeGreaterThan(0);
    }
    await waitForStill(page, 1500);
    await shot("33-paths-co-occurrence");
  });

  it("in English no node label of the first screen is Chinese-only, and the header fits one row at 1280 px", async () => {
    const fresh = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    try {
      const w = await watchedPage(fresh);
      await openExplorer(w.page, inject("baseUrl"));
      const headerFits = () =>
        w.page.evaluate(() => {
          const bar = document.querySelector(".topbar") as HTMLElement;
          const tops = [...bar.children].map((c) =>
            Math.round((c as HTMLElement).getBoundingClientRect().top),
          );
          const items = [...bar.querySelectorAll("button, input")].map((c) => c.getBoundingClientRect());
          return {
            oneRow: Math.max(...tops) - Math.min(...tops) <= 12,
            inside: items.every(
              (r) => r.right <= window.innerWidth && r.bottom <= bar.getBoundingClientRect().bottom,
            ),
          };
        });
      expect(await headerFits()).toEqual({ oneRow: true, inside: true });
      await w.page.click('[data-action="lang"]');
      await w.page.waitForFunction(() => document.documentElement.lang === "en");
      await w.page.waitForTimeout(500);
      expect(await headerFits()).toEqual({ oneRow: true, inside: true });
      const labels = await w.page.evaluate(() => {
        const z = (window as unknown as Win).zonegraph;
        return z.graph
          .nodes()
          .map((n) => ({ id: n, label: z.view.sigma.getNodeDisplayData(n)?.label ?? "" }));
      });
      expect(labels.length).toBeGreaterThan(20);
      const chineseOnly = labels.filter((l) => !/[A-Za-z]/.test(l.label) || /\p{Script=Han}/u.test(l.label));
      expect(chineseOnly).toEqual([]);
      // Generated renderings are marked.
      expect(labels.some((l) => l.label.endsWith("*"))).toBe(true);
      await w.page.screenshot({ path: path.join(OUT, "35-english-first-screen.png") });
      w.assertClean();
    } finally {
      await fresh.close();
    }
  });

  it("the PNG has a title band, a legend of the scene's types and 2× resolution, without the dimmed state", async () => {
    await page.evaluate((id) => (window as unknown as Win).zonegraph.select(id), IMFTZ);
    await openPanel("export");
    const stage = await page.locator("#stage").boundingBox();
    if (!stage) throw new Error("no stage");
    const [download] = await Promise.all([
      page.waitForEvent("download", { timeout: 30_000 }),
      page.click('[data-action="png"]'),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.png$/);
    const b64 = fs.readFileSync(await download.path()).toString("base64");
    const probe = await page.evaluate(async (data) => {
      const img = new Image();
      img.src = `data:image/png;base64,${data}`;
      await img.decode();
      const c = document.createElement("canvas");
      c.width = img.naturalWidth;
      c.height = img.naturalHeight;
      const ctx = c.getContext("2d") as CanvasRenderingContext2D;
      ctx.drawImage(img, 0, 0);
      const count = (x0: number, x1: number, rgb: [number, number, number]) => {
        const px = ctx.getImageData(x0, 0, x1 - x0, c.height).data;
        let n = 0;
        for (let i = 0; i < px.length; i += 4)
          if (px[i] === rgb[0] && px[i + 1] === rgb[1] && px[i + 2] === rgb[2]) n++;
        return n;
      };
      // Pixels of a colour inside a filled area (same colour 2 px away on all four sides): dimmed discs,
      // not the grey edge of anti-aliased label text, which passes through every grey.
      const solid = (x0: number, x1: number, rgb: [number, number, number]) => {
        const px = ctx.getImageData(0, 0, c.width, c.height).data;
        const is = (x: number, y: number) => {
          const i = (y * c.width + x) * 4;
          return px[i] === rgb[0] && px[i + 1] === rgb[1] && px[i + 2] === rgb[2];
        };
        let n = 0;
        for (let y = 2; y < c.height - 2; y++)
          for (let x = Math.max(2, x0); x < Math.min(x1, c.width - 2); x++)
            if (is(x, y) && is(x - 2, y) && is(x + 2, y) && is(x, y - 2) && is(x, y + 2)) n++;
        return n;
      };
      const legendX = c.width - 2 * 220;
      return {
        width: c.width,
        height: c.height,
        legendZone: count(legendX, c.width, [214, 39, 40]),
        legendProvince: count(legendX, c.width, [31, 119, 180]),
        graphDim: solid(0, legendX, [228, 228, 228]),
      };
    }, b64);
    expect(probe.width).toBe(2 * (Math.round(stage.width) + 220));
    expect(probe.height).toBe(2 * (Math.round(stage.height) + 44 + 26));
    // The legend's swatches (14 px squares at 2×) in the legend column.
    expect(probe.legendZone).toBeGreaterThan(500);
    expect(probe.legendProvince).toBeGreaterThan(500);
    // The selection dims every other node on screen (#e4e4e4); the export draws them in their colours.
    expect(probe.graphDim).toBeLessThan(300);
    fs.writeFileSync(path.join(OUT, "36-export.png"), Buffer.from(b64, "base64"));
  });

  it("the corridor panel flags zones that are only applied for", async () => {
    // From the API: a corridor whose zone list has an entry that is not an established zone (甘肃, 贵州).
    const found = await page.evaluate(async () => {
      const list = (await (await fetch("/api/corridors")).json()) as { corridors: { id: string }[] };
      for (const c of list.corridors) {
        const z = (await (await fetch(`/api/corridors/${encodeURIComponent(c.id)}/zones`)).json()) as {
          links: { zone: { id: string; name: string } }[];
        };
        const hit = z.links.find((l) => /甘肃|贵州/.test(l.zone.name));
        if (hit) return { corridor: c.id, zone: hit.zone.id };
      }
      return null;
    });
    expect(found).not.toBeNull();
    if (!found) return;
    const detail = await page.evaluate(
      (id) => fetch(`/api/nodes/${encodeURIComponent(id)}`).then((r) => r.json()),
      found.zone,
    );
    expect((detail as { properties: Record<string, unknown> }).properties.established).toBeUndefined();
    await openPanel("corridors");
    await page.locator(`.corridor-pick[data-id="${found.corridor}"]`).click();
    const row = page.locator(`.corridor-zones .corridor-zone[data-zone="${found.zone}"]`).first();
    await row.locator(".status-badge.applied").waitFor({ timeout: 20_000 });
    expect(await row.locator(".status-badge").textContent()).toMatch(/申建中|applied for/);
    // Established zones of the same list are not flagged as applied.
    const established = page.locator(".corridor-zones .status-badge.established");
    await established.first().waitFor({ timeout: 20_000 });
    expect(await page.locator(".corridor-zones .status-badge.applied").count()).toBeLessThan(
      await page.locator(".corridor-zones .corridor-zone").count(),
    );
    await shot("37-corridor-status");
  });

  it("a share link restores an identical scene: same node and edge ids, positions within 1 px", async () => {
    await page.evaluate(() => (window as unknown as Win).zonegraph.view.stopLayout());
    await page.waitForTimeout(800);
    const url = await page.evaluate(() => (window as unknown as Win).zonegraph.shareUrl());
    const sent = await sceneOnScreen(page);
    expect(sent.edges.length).toBeGreaterThan(10);
    const { context: fresh, w } = await openShared(browser, url, sent.nodes.length);
    try {
      const got = await sceneOnScreen(w.page);
      expect(got.nodes).toEqual(sent.nodes);
      expect(got.edges).toEqual(sent.edges);
      expectSamePositions(sent.nodes, sent.pos, got.pos);
      await w.page.screenshot({ path: path.join(OUT, "38-shared-identical.png") });
      w.assertClean();
    } finally {
      await fresh.close();
    }
  });

  it("undo and redo across expand, filter and path", async () => {
    const snapshot = () =>
      page.evaluate(() => {
        const z = (window as unknown as Win).zonegraph;
        return {
          order: z.graph.order,
          hidden: [...z.state.hiddenTypes].sort(),
          paths: z.state.path?.paths.length ?? 0,
        };
      });
    await page.evaluate((id) => (window as unknown as Win).zonegraph.select(id), IMFTZ);
    const s0 = await snapshot();
    await page.evaluate((id) => (window as unknown as Win).zonegraph.expand(id), IMFTZ);
    const s1 = await snapshot();
    expect(s1.order).toBeGreaterThan(s0.order);
    await openPanel("legend");
    await page.click('.legend-item[data-type="Province"]');
    const s2 = await snapshot();
    expect(s2.hidden).toContain("Province");
    // Wait for this search's result (the previous test left a path in the state).
    await page.evaluate(() => {
      const w = window as unknown as Win & { __before: unknown };
      w.__before = w.zonegraph.state.path;
    });
    await page.click(".paths .find-paths");
    await page.waitForFunction(
      () => {
        const w = window as unknown as Win & { __before: unknown };
        return w.zonegraph.state.path !== w.__before;
      },
      undefined,
      { timeout: 20_000 },
    );
    const s3 = await snapshot();
    expect(s3.paths).toBeGreaterThan(0);
    const undo = () => page.click('[data-action="undo"]');
    const redo = () => page.click('[data-action="redo"]');
    await undo();
    expect(await snapshot()).toEqual(s2);
    await undo();
    expect(await snapshot()).toEqual(s1);
    await undo();
    expect(await snapshot()).toEqual(s0);
    await redo();
    expect(await snapshot()).toEqual(s1);
    await redo();
    expect(await snapshot()).toEqual(s2);
    await page.keyboard.press("Control+y");
    expect(await snapshot()).toEqual(s3);
    expect(await order()).toBe(s3.order);
    await shot("34-undo-redo");
  });
});
