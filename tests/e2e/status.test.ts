import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from "vitest";
import { docDateText } from "../../client/src/i18nMeta";
import { PROJECT_ROOT } from "../../server/config";
import { openExplorer, startSuite, type WatchedPage, type Win, watchedPage } from "./browser";

const OUT = path.join(PROJECT_ROOT, "test-output", "e2e");

let browser: Browser;
let watched: WatchedPage;
let page: Page;

const shot = (name: string) => page.screenshot({ path: path.join(OUT, `${name}.png`) });

/** Rows of a read-only Cypher query through the API (the app's own endpoint). */
async function cypher(query: string): Promise<Record<string, unknown>[]> {
  const res = await fetch(`${inject("baseUrl")}/api/cypher`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query }),
  });
  expect(res.status).toBe(200);
  return ((await res.json()) as { rows: Record<string, unknown>[] }).rows;
}

async function api<T>(p: string): Promise<T> {
  const res = await fetch(`${inject("baseUrl")}${p}`);
  expect(res.status, p).toBe(200);
  return (await res.json()) as T;
}

async function openPanel(key: string): Promise<void> {
  const panel = page.locator(`details.panel[data-panel="${key}"]`);
  if (!(await panel.evaluate((d) => (d as HTMLDetailsElement).open)))
    await panel.locator("> summary").click();
}

beforeAll(async () => {
  ({ browser, watched, page } = await startSuite({ out: OUT }));
  await openExplorer(page, inject("baseUrl"));
});

afterEach(() => watched.assertClean());

afterAll(async () => {
  await browser?.close();
});

describe("status, stages and evidence (issue 13)", () => {
  it("draws established and applied-for zones differently and lists both in the legend", async () => {
    const zones = await cypher(
      `MATCH (z:FreeTradeZone) RETURN z.id AS id, z.established IS NOT NULL AS established,
         EXISTS { (z)<-[:APPLIES_FOR]-() } AS applied ORDER BY z.id`,
    );
    const established = zones.find((z) => z.established)?.id as string;
    const applied = zones.find((z) => !z.established && z.applied)?.id as string;
    expect(established && applied).toBeTruthy();
    await page.evaluate(
      async ([a, b]) => {
        const z = (window as unknown as Win).zonegraph;
        await z.expand(a as string, undefined, 5);
        await z.expand(b as string, undefined, 5);
      },
      [established, applied],
    );
    const drawn = await page.evaluate(
      ([a, b]) => {
        const z = (window as unknown as Win).zonegraph;
        const d = (id: string) => ({
          status: z.graph.getNodeAttributes(id).status,
          // The node-image program's attribute (not in sigma's base NodeDisplayData type).
          image: (z.view.sigma.getNodeDisplayData(id) as { image?: string } | undefined)?.image ?? "",
          color: z.view.sigma.getNodeDisplayData(id)?.color ?? "",
        });
        let count = 0;
        for (const id of z.graph.nodes()) if (z.graph.getNodeAttributes(id).status === "applied") count++;
        return { established: d(a as string), applied: d(b as string), appliedInScene: count };
      },
      [established, applied],
    );
    expect(drawn.established.status).toBe("established");
    expect(drawn.applied.status).toBe("applied");
    // A different ring inside the node (not colour alone), and the amber fill.
    expect(drawn.applied.image).not.toBe(drawn.established.image);
    expect(drawn.applied.color).not.toBe(drawn.established.color);
    const legend = page.locator(".status-legend");
    await legend.waitFor({ timeout: 15_000 });
    const appliedEntry = legend.locator('[data-key="status_applied"]');
    expect(await appliedEntry.locator(".count").textContent()).toBe(String(drawn.appliedInScene));
    expect(await appliedEntry.locator(".status-ring").getAttribute("data-ring")).toBe("dashed");
    expect(
      await legend.locator('[data-key="status_established"] .status-ring').getAttribute("data-ring"),
    ).toBe("solid");
    await shot("40-status-legend");
  });

  it("shows an ALIGNS_WITH stage in the inspector and as the edge's label and colour", async () => {
    const rows = await cypher(
      `MATCH (s:Country)-[r:ALIGNS_WITH]->(a:Agreement) WHERE r.stage IN ['applied', 'signed', 'ratified']
       RETURN r.id AS id, r.stage AS stage, s.id AS source ORDER BY r.id LIMIT 1`,
    );
    const row = rows[0];
    expect(row).toBeDefined();
    const id = String(row?.id);
    await page.evaluate(async (src) => {
      await (window as unknown as Win).zonegraph.expand(src, ["ALIGNS_WITH"], 30);
    }, String(row?.source));
    await page.evaluate(
      (edge) => (window as unknown as Win).zonegraph.dispatch({ type: "selectEdge", id: edge }),
      id,
    );
    const badge = page.locator(`.inspector .edge-stage .stage-badge[data-stage="${row?.stage}"]`);
    await badge.waitFor({ timeout: 15_000 });
    expect(await badge.textContent()).toMatch(/申请加入|已签署|已批准/);
    const display = await page.evaluate((edge) => {
      const z = (window as unknown as Win).zonegraph;
      return z.graph.hasEdge(edge) ? (z.view.sigma.getEdgeDisplayData(edge) ?? null) : null;
    }, id);
    expect(display).not.toBeNull();
    expect(display?.label).toMatch(/申请加入|已签署|已批准/);
    await shot("41-aligns-with-stage");
  });

  it("lists a relation's evidence best first, each quote with its own document title and date", async () => {
    // A relation with several quotes from the compound document (three articles in one file).
    const rows = await cypher(
      `MATCH ()-[r]->() WHERE type(r) <> 'CO_OCCURS' AND size(r.evidenceQuotes) >= 3
         AND any(d IN r.evidenceDocs WHERE d STARTS WITH 'doc:001')
       RETURN r.id AS id, type(r) AS type, startNode(r).id AS source ORDER BY size(r.evidenceQuotes) DESC, r.id LIMIT 1`,
    );
    const id = String(rows[0]?.id);
    await page.evaluate(
      async ([src, rel]) => {
        await (window as unknown as Win).zonegraph.expand(src as string, [rel as string], 50);
      },
      [String(rows[0]?.source), String(rows[0]?.type)],
    );
    const detail = await api<{ evidence: { docTitle: string; docDate: string; endsNamed?: number }[] }>(
      `/api/edges/${encodeURIComponent(id)}`,
    );
    expect(detail.evidence.length).toBeGreaterThan(1);
    await page.evaluate(
      (edge) => (window as unknown as Win).zonegraph.dispatch({ type: "selectEdge", id: edge }),
      id,
    );
    const items = page.locator(".inspector .sources .evidence");
    await items.first().waitFor({ timeout: 15_000 });
    const shown = await items.evaluateAll((els) =>
      els.map((e) => ({
        title: e.querySelector(".open-doc")?.textContent ?? "",
        date: e.querySelector(".doc-date")?.textContent ?? "",
      })),
    );
    // Dates as the Chinese UI writes them ("2026-04 or later" → "2026-04 或之后").
    expect(shown.map((s) => [s.title, s.date])).toEqual(
      detail.evidence.map((e) => [e.docTitle, docDateText(e.docDate, "zh")]),
    );
    for (const s of shown) {
      expect(s.title).not.toContain(" / ");
      expect(s.title.length).toBeGreaterThan(0);
      expect(s.date.length).toBeGreaterThan(0);
    }
    // Best first: the API ranks by ends named, and the first quote highlights both ends.
    const named = detail.evidence.map((e) => e.endsNamed ?? 0);
    expect(named).toEqual([...named].sort((a, b) => b - a));
    expect(named[0]).toBe(2);
    await shot("42-evidence-ranked");
  });

  it("the corridor panel shows each inferred link's kind and strength", async () => {
    await openPanel("corridors");
    const pick = page.locator(".corridor-pick").first();
    await pick.waitFor({ timeout: 20_000 });
    await pick.click();
    const tags = page.locator(".corridor-zones .directness");
    await tags.first().waitFor({ timeout: 20_000 });
    const all = await tags.evaluateAll((els) =>
      els.map((e) => ({ strength: (e as HTMLElement).dataset.strength, text: e.textContent ?? "" })),
    );
    for (const t of all) {
      expect(["strong", "medium", "weak"]).toContain(t.strength);
      expect(t.text).toMatch(/强|中|弱|strong|medium|weak/);
    }
    // The inspector of a zone of the list says how it is linked to that corridor.
    const zone = page.locator(".corridor-zones .corridor-zone").first();
    const expected = await zone.locator(".directness").getAttribute("data-strength");
    await zone.locator(".zone-name").click();
    const note = page.locator(".inspector .corridor-links li").first();
    await note.waitFor({ timeout: 15_000 });
    expect(await note.getAttribute("data-strength")).toBe(expected);
    expect(await note.textContent()).toMatch(/强|中|弱/);
    await shot("44-corridor-link-strength");
  });
});

describe("details panel in Chinese", () => {
  it("names a zone's properties and their coded values in Chinese", async () => {
    const zone = "FreeTradeZone:中国（黑龙江）自由贸易试验区";
    await page.evaluate((id) => (window as unknown as Win).zonegraph.select(id), zone);
    const props = page.locator(".inspector .props");
    await props.waitFor({ timeout: 15_000 });
    const names = await props.locator("dt").allTextContents();
    expect(names).toEqual(expect.arrayContaining(["设立时间", "批次", "类别"]));
    expect(names.filter((n) => /^[A-Za-z]+$/.test(n))).toEqual([]);
    const value = (key: string) => props.locator(`dt[data-key="${key}"] + dd`).textContent();
    expect(await value("category")).toBe("沿边");
    expect(await value("phase")).toBe("第 5 批");
    expect(await value("establishedPrecision")).toBe("月");
    // An entity that is gone (a stale link): the panel says so by the error's meaning, in Chinese.
    watched.expectHttpError("/api/nodes/", 404);
    await page.evaluate(() => (window as unknown as Win).zonegraph.inspector.showNode("City:不存在的城市"));
    expect(await page.locator(".inspector .error").textContent()).toMatch(/^错误: 未找到 \(NOT_FOUND\)/);
  });
});

describe("named queries in both languages (issue 13, item 7)", () => {
  it("lists the named queries with Chinese titles in the Chinese UI and English ones in English", async () => {
    const fresh = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    try {
      const w = await watchedPage(fresh);
      await openExplorer(w.page, inject("baseUrl"));
      expect(await w.page.evaluate(() => document.documentElement.lang)).toMatch(/^zh/);
      await w.page.click(".console-panel > summary");
      const item = w.page.locator('.named-list [data-query="zones_by_category"]');
      await item.waitFor({ timeout: 15_000 });
      expect(await item.textContent()).toBe("按类别列出自贸区");
      const titles = await w.page.locator(".named-list [data-query]").allTextContents();
      expect(titles.length).toBeGreaterThanOrEqual(15);
      for (const t of titles) expect(t).toMatch(/\p{Script=Han}/u);
      await w.page.screenshot({ path: path.join(OUT, "43-named-queries-zh.png") });
      await w.page.click('[data-action="lang"]');
      await w.page.waitForFunction(() => document.documentElement.lang === "en");
      await w.page.waitForFunction(
        () =>
          document.querySelector('.named-list [data-query="zones_by_category"]')?.textContent ===
          "Zones by category",
      );
      w.assertClean();
    } finally {
      await fresh.close();
    }
  });
});
