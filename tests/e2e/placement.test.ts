import path from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from "vitest";
import { PROJECT_ROOT } from "../../server/config";
import { openExplorer, startSuite, type WatchedPage, type Win } from "./browser";

const OUT = path.join(PROJECT_ROOT, "test-output", "e2e");
const GUANGXI = "FreeTradeZone:中国（广西）自由贸易试验区";

type Xy = { x: number; y: number };

let browser: Browser;
let context: BrowserContext;
let watched: WatchedPage;
let page: Page;

const shot = (name: string) => page.screenshot({ path: path.join(OUT, `${name}.png`) });

/** Open the explorer and wait until the first screen's layout has been applied. */
async function openFirstScreen(): Promise<void> {
  await page.goto(inject("baseUrl"));
  await page.waitForFunction(() => (window as unknown as Win).zonegraph?.view.layoutsDone > 0, undefined, {
    timeout: 60_000,
  });
  // The first screen ends with the camera easing to the whole scene: let it finish, so that a test's own
  // camera move is not overwritten by that animation.
  await page.waitForFunction(
    () =>
      !(
        (window as unknown as Win).zonegraph.view.sigma.getCamera() as unknown as { isAnimated(): boolean }
      ).isAnimated(),
    undefined,
    { timeout: 10_000 },
  );
}

const positions = () =>
  page.evaluate(() => {
    const out: Record<string, [number, number]> = {};
    (window as unknown as Win).zonegraph.graph.forEachNode((id, a) => {
      out[id] = [a.x as number, a.y as number];
    });
    return out;
  });

beforeAll(async () => {
  ({ browser, context, watched, page } = await startSuite({ out: OUT }));
});

afterEach(() => watched.assertClean());

afterAll(async () => {
  await browser?.close();
});

describe("placement and the first screen", () => {
  it("the first screen is laid out identically on every load, unconnected nodes on a shelf beside the graph", async () => {
    await openFirstScreen();
    const first = await positions();
    await shot("40-first-screen");
    await openFirstScreen();
    const second = await positions();
    expect(Object.keys(first).length).toBeGreaterThan(20);
    expect(second).toEqual(first);
    // No scatter of lone dots: every node without a relationship in the scene is right of the graph.
    const split = await page.evaluate(() => {
      const z = (window as unknown as Win).zonegraph;
      const lone: number[] = [];
      const linked: number[] = [];
      z.graph.forEachNode((id, a) => (z.graph.degree(id) === 0 ? lone : linked).push(a.x as number));
      return { lone, linked };
    });
    expect(split.lone.length).toBeGreaterThan(0);
    expect(Math.min(...split.lone)).toBeGreaterThan(Math.max(...split.linked));
  });

  it("no label of the first screen runs off the canvas: the fit makes room for the labels, not only the discs", async () => {
    await openFirstScreen();
    const labels = await page.evaluate(() => {
      const z = (window as unknown as Win).zonegraph;
      const width = z.view.sigma.getDimensions().width;
      const out: { id: string; left: number; right: number; disc: number }[] = [];
      for (const [id, b] of z.view.labels.drawn) {
        const d = z.view.sigma.getNodeDisplayData(id);
        const disc = d ? z.view.sigma.framedGraphToViewport(d).x : Number.NaN;
        out.push({ id, left: b.x, right: b.x + b.w, disc });
      }
      return { width, out };
    });
    expect(labels.out.length).toBeGreaterThan(20);
    for (const l of labels.out) {
      expect(l.left, l.id).toBeGreaterThanOrEqual(0);
      expect(l.right, l.id).toBeLessThanOrEqual(labels.width);
      // Each label right of its own disc, as sigma draws it (none had to be moved to the left side).
      expect(l.left, l.id).toBeGreaterThan(l.disc);
    }
  });

  it("the Layout button runs ForceAtlas2 again and pinned nodes stay exactly where they are", async () => {
    await openFirstScreen();
    const before = await positions();
    const pinned = Object.keys(before)
      .filter((id) => id.startsWith("Province:"))
      .slice(0, 2);
    await page.evaluate((ids) => (window as unknown as Win).zonegraph.scene.togglePin(ids), pinned);
    const done = await page.evaluate(() => (window as unknown as Win).zonegraph.view.layoutsDone);
    await page.click('[data-action="layout"]');
    await page.waitForFunction((n) => (window as unknown as Win).zonegraph.view.layoutsDone > n, done, {
      timeout: 60_000,
    });
    const after = await positions();
    for (const id of pinned) expect(after[id]).toEqual(before[id]);
    const moved = Object.keys(before).filter(
      (id) =>
        Math.hypot(
          (after[id]?.[0] ?? 0) - (before[id]?.[0] ?? 0),
          (after[id]?.[1] ?? 0) - (before[id]?.[1] ?? 0),
        ) > 1e-6,
    );
    expect(moved.length).toBeGreaterThan(0);
  });

  it("expanding puts the neighbours on rings around the node and the camera eases until they are in view", async () => {
    await openFirstScreen();
    const before = new Set(await page.evaluate(() => (window as unknown as Win).zonegraph.graph.nodes()));
    // Look somewhere else first, zoomed in, so that the new nodes start outside the view.
    await page.evaluate(() => {
      const cam = (window as unknown as Win).zonegraph.view.sigma.getCamera() as unknown as {
        setState(s: { x: number; y: number; ratio: number }): void;
      };
      cam.setState({ x: 0.05, y: 0.95, ratio: 0.2 });
    });
    // Record the camera on every frame while the expand runs and for a second after.
    await page.evaluate(() => {
      const w = window as unknown as { camTrace: number[]; zonegraph: Win["zonegraph"] };
      w.camTrace = [];
      const t0 = performance.now();
      const tick = () => {
        w.camTrace.push(w.zonegraph.view.sigma.getCamera().getState().ratio);
        if (performance.now() - t0 < 8000) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    await page.evaluate((id) => (window as unknown as Win).zonegraph.expand(id), GUANGXI);
    await page.waitForTimeout(1500);
    const added = (await page.evaluate(() => (window as unknown as Win).zonegraph.graph.nodes())).filter(
      (n) => !before.has(n),
    );
    expect(added.length).toBeGreaterThan(0);
    const geo = await page.evaluate(
      ([anchor, ids]) => {
        const z = (window as unknown as Win).zonegraph;
        const at = (id: string) => z.graph.getNodeAttributes(id) as unknown as Xy;
        const vp = (id: string) => {
          const d = z.view.sigma.getNodeDisplayData(id);
          return d ? z.view.sigma.framedGraphToViewport(d) : null;
        };
        const c = at(anchor as string);
        return {
          dims: z.view.sigma.getDimensions(),
          viewport: (ids as string[]).map(vp),
          distances: (ids as string[]).map((id) => Math.hypot(at(id).x - c.x, at(id).y - c.y)),
          trace: (window as unknown as { camTrace: number[] }).camTrace,
        };
      },
      [GUANGXI, added] as const,
    );
    for (const p of geo.viewport) {
      expect(p).not.toBeNull();
      expect(p?.x).toBeGreaterThanOrEqual(0);
      expect(p?.x).toBeLessThanOrEqual(geo.dims.width);
      expect(p?.y).toBeGreaterThanOrEqual(0);
      expect(p?.y).toBeLessThanOrEqual(geo.dims.height);
    }
    // Rings: the new nodes sit at a few distinct radii around the expanded node, none on top of it.
    expect(Math.min(...geo.distances)).toBeGreaterThan(0);
    // Eased, not jumped: the camera passed through intermediate zoom ratios between 0.2 and the end.
    const end = geo.trace[geo.trace.length - 1] as number;
    expect(end).toBeGreaterThan(0.2);
    const between = new Set(
      geo.trace.filter((r) => r > 0.2 + 1e-3 && r < end - 1e-3).map((r) => r.toFixed(4)),
    );
    expect(between.size).toBeGreaterThanOrEqual(2);
    await shot("41-expand-rings-camera");
  });
});

describe("label density", () => {
  it("the slider changes how many labels are drawn, undo restores it, and the share link keeps it", async () => {
    await openFirstScreen();
    const drawn = () => page.evaluate(() => (window as unknown as Win).zonegraph.view.labels.drawn.size);
    const density = () => page.evaluate(() => (window as unknown as Win).zonegraph.state.labelDensity);
    const slider = page.locator('input[data-action="labelDensity"]');
    expect(await slider.getAttribute("aria-label")).toBeTruthy();
    const initial = await drawn();
    await slider.focus();
    await page.keyboard.press("Home");
    await page.waitForTimeout(400);
    const sparse = await drawn();
    expect(await density()).toBeCloseTo(0.1, 5);
    await page.keyboard.press("End");
    await page.waitForTimeout(400);
    const dense = await drawn();
    expect(await density()).toBeCloseTo(3, 5);
    expect(sparse).toBeLessThan(initial);
    expect(dense).toBeGreaterThan(sparse);
    await shot("42-label-density-dense");
    // The share link carries the density; a fresh page restores it.
    const url = await page.evaluate(() => (window as unknown as Win).zonegraph.shareUrl());
    await page.keyboard.press("Escape");
    await page.keyboard.press("Control+z");
    await page.waitForTimeout(200);
    expect(await density()).toBeCloseTo(0.1, 5);
    const other = await context.newPage();
    await openExplorer(other, url, 60_000);
    expect(await other.evaluate(() => (window as unknown as Win).zonegraph.state.labelDensity)).toBeCloseTo(
      3,
      5,
    );
    await other.close();
  });

  it("a node hidden while the layout eases the nodes to their places leaves the animation without an error", async () => {
    await openFirstScreen();
    const outcome = await page.evaluate(async () => {
      const z = (window as unknown as Win).zonegraph;
      const g = z.graph;
      const ids = g.nodes().filter((id) => g.getNodeAttribute(id, "fixed") !== true);
      // spread the scene out, so that the layout has somewhere to move every node
      for (const id of ids)
        g.mergeNodeAttributes(id, {
          x: (g.getNodeAttribute(id, "x") as number) * 3 + 40,
          y: (g.getNodeAttribute(id, "y") as number) * 3 - 40,
        });
      const before = new Map(ids.map((id) => [id, g.getNodeAttribute(id, "x") as number]));
      const victim = ids[ids.length - 1] as string;
      const done = z.view.runLayout();
      const moving = await new Promise<boolean>((resolve) => {
        const t0 = performance.now();
        const tick = () => {
          if (ids.some((id) => g.hasNode(id) && g.getNodeAttribute(id, "x") !== before.get(id)))
            resolve(true);
          else if (performance.now() - t0 > 30_000) resolve(false);
          else requestAnimationFrame(tick);
        };
        tick();
      });
      if (moving) z.scene.hide([victim]);
      const applied = await done;
      return { moving, gone: !g.hasNode(victim), applied };
    });
    expect(outcome.moving).toBe(true);
    expect(outcome.gone).toBe(true);
    expect(outcome.applied).toBe(true);
    // afterEach's watched.assertClean() fails on the error the next animation frame threw before the fix
    // ("Graph.setNodeAttribute: could not find the … node")
  });
});

describe("accessibility and keys", () => {
  it("every visible control has an accessible name, and keyboard focus is visible", async () => {
    await openFirstScreen();
    for (const d of await page.$$("details"))
      await d.evaluate((x) => ((x as HTMLDetailsElement).open = true));
    const unnamed = await page.evaluate(() => {
      const name = (el: Element): string => {
        const l = el.getAttribute("aria-label");
        if (l?.trim()) return l;
        const by = el.getAttribute("aria-labelledby");
        if (by)
          return by
            .split(" ")
            .map((i) => document.getElementById(i)?.textContent ?? "")
            .join(" ")
            .trim();
        const labels = (el as HTMLInputElement).labels;
        if (labels?.length)
          return [...labels]
            .map((x) => x.textContent ?? "")
            .join(" ")
            .trim();
        if (/^(BUTTON|SUMMARY|A)$/.test(el.tagName) && el.textContent?.trim()) return el.textContent.trim();
        return el.getAttribute("title") ?? el.getAttribute("placeholder") ?? "";
      };
      return [...document.querySelectorAll("button, input, select, textarea, summary, a[href], [tabindex]")]
        .filter((e) => e.getClientRects().length > 0 && !name(e))
        .map((e) => e.outerHTML.slice(0, 120));
    });
    expect(unnamed).toEqual([]);
    // In the Chinese UI no accessible name is English (format and product names excepted), hidden
    // regions such as the analyst views' drawer included.
    const english = await page.evaluate(() =>
      [...document.querySelectorAll("[aria-label]")]
        .map((e) => e.getAttribute("aria-label") ?? "")
        .filter((l) => /[A-Za-z]{3,}/.test(l) && !/[\u4e00-\u9fff]/.test(l))
        .filter((l) => !/^(PNG|SVG|GEXF|GraphML|JSON|CSV|Cypher)$/.test(l)),
    );
    expect(english).toEqual([]);
    // Tab from the search box reaches the toolbar; the focused control shows an outline.
    await page.focus(".topbar .search-input");
    let reached = false;
    for (let i = 0; i < 20 && !reached; i++) {
      await page.keyboard.press("Tab");
      reached = await page.evaluate(() => document.activeElement?.getAttribute("data-action") === "fit");
    }
    expect(reached).toBe(true);
    const outline = await page.evaluate(() => {
      const st = getComputedStyle(document.activeElement as Element);
      return { style: st.outlineStyle, width: Number.parseFloat(st.outlineWidth) };
    });
    expect(outline.style).not.toBe("none");
    expect(outline.width).toBeGreaterThanOrEqual(2);
    await page.keyboard.press("Enter"); // Fit, from the keyboard.
    await shot("43-keyboard-focus");
  });

  it("keyboard only: search and pick, expand, undo, open the list view and select from it", async () => {
    await openFirstScreen();
    const order = () => page.evaluate(() => (window as unknown as Win).zonegraph.graph.order);
    const start = await order();
    await page.focus("#stage");
    await page.keyboard.press("/");
    await page.keyboard.type("中国（广西）自由贸易试验区");
    await page.locator(".topbar .search-hit").first().waitFor({ timeout: 15_000 });
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => (window as unknown as Win).zonegraph.state.selectedNode !== null);
    const picked = await page.evaluate(() => (window as unknown as Win).zonegraph.state.selectedNode);
    expect(picked).toBe(GUANGXI);
    await page.keyboard.press("e");
    await page.waitForFunction((n) => (window as unknown as Win).zonegraph.graph.order > n, start, {
      timeout: 30_000,
    });
    await page.keyboard.press("Control+z");
    await page.waitForFunction((n) => (window as unknown as Win).zonegraph.graph.order === n, start);
    await page.keyboard.press("Control+y");
    await page.waitForFunction((n) => (window as unknown as Win).zonegraph.graph.order > n, start);
    // L opens the list view and puts the keyboard on its first node.
    await page.keyboard.press("l");
    await page.waitForFunction(() => document.activeElement?.classList.contains("scene-list-node"));
    const listed = await page.evaluate(() => {
      const z = (window as unknown as Win).zonegraph;
      const ids = [...document.querySelectorAll(".scene-list-node")].map((b) => b.getAttribute("data-id"));
      const rels = [...document.querySelectorAll(".scene-list-rel")].length;
      let degrees = 0;
      z.graph.forEachNode((id) => {
        degrees += z.graph.degree(id);
      });
      return { ids, nodes: z.graph.nodes(), rels, degrees };
    });
    expect([...listed.ids].sort()).toEqual([...listed.nodes].sort());
    // Every relation is listed under both its ends.
    expect(listed.rels).toBe(listed.degrees);
    // Tab to the next node button and press Enter: it is selected and marked current.
    const target = await page.evaluate(() => {
      const buttons = [...document.querySelectorAll(".scene-list button")];
      const i = buttons.indexOf(document.activeElement as Element);
      return buttons
        .slice(i + 1)
        .find((b) => b.classList.contains("scene-list-node"))
        ?.getAttribute("data-id");
    });
    expect(target).toBeTruthy();
    for (let i = 0; i < 200; i++) {
      await page.keyboard.press("Tab");
      if (await page.evaluate((id) => document.activeElement?.getAttribute("data-id") === id, target)) break;
    }
    await page.keyboard.press("Enter");
    await page.waitForFunction(
      (id) => (window as unknown as Win).zonegraph.state.selectedNode === id,
      target,
    );
    expect(await page.locator(`.scene-list-node[data-id="${target}"]`).getAttribute("aria-current")).toBe(
      "true",
    );
    await shot("44-list-view");
  });
});
