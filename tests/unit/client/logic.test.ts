import Graph from "graphology";
import { afterEach, describe, expect, it } from "vitest";
import { Api, ApiError } from "../../../client/src/api";
import { entityName, relName, setLang, t, typeName } from "../../../client/src/i18n";
import { toGEXF, toGraphML, xmlEscape } from "../../../client/src/model/exporters";
import { pointInPolygon } from "../../../client/src/model/geometry";
import { computeMetric } from "../../../client/src/model/metrics";
import { createSceneGraph, mergeSubgraph } from "../../../client/src/model/scene";
import {
  normalise,
  sequentialColor,
  sizeForDegree,
  TYPE_STYLES,
  typeStyle,
} from "../../../client/src/model/styling";
import { findAll, locateMention, segment } from "../../../client/src/model/text";
import { decodeState, encodeState, MAX_URL_NODES } from "../../../client/src/model/urlstate";
import { ViewStore } from "../../../client/src/model/views";
import { MAX_ID_LENGTH, MAX_SUBGRAPH_IDS, type SearchResponse, Subgraph } from "../../../contracts/api";
import neighborhood from "../../fixtures/client/neighborhood-erenhot.json";

describe("styling", () => {
  it("gives every type a distinct letter so colour is never the only cue", () => {
    const letters = Object.values(TYPE_STYLES).map((s) => s.letter);
    expect(new Set(letters).size).toBe(letters.length);
    expect(typeStyle("Nope").letter).toBe("?");
  });
  it("sizes grow with degree and are capped", () => {
    expect(sizeForDegree(0)).toBeLessThan(sizeForDegree(10));
    expect(sizeForDegree(1e9)).toBe(22);
  });
  it("normalises metrics and maps to colours", () => {
    const n = normalise(
      new Map([
        ["a", 2],
        ["b", 4],
      ]),
    );
    expect(n.get("a")).toBe(0);
    expect(n.get("b")).toBe(1);
    expect(sequentialColor(0)).toMatch(/^#[0-9a-f]{6}$/);
  });
});

describe("url state", () => {
  it("round-trips Chinese ids, filters, selection and query", () => {
    const s = {
      nodes: ["Area:二连浩特片区", "Corridor:中蒙俄经济走廊"],
      hiddenTypes: ["Industry"],
      selected: "Area:二连浩特片区",
      query: "MATCH (n) RETURN n",
      corridor: "Corridor:中蒙俄经济走廊",
      lang: "en" as const,
    };
    const hash = encodeState(s);
    expect(hash).toMatch(/^s=[A-Za-z0-9_-]+$/);
    expect(decodeState(`#${hash}`)).toEqual({ ...s, scene: null, hiddenRels: [], style: null });
  });
  it("rejects garbage and caps node count", () => {
    expect(decodeState("#s=!!!")).toBeNull();
    expect(decodeState("")).toBeNull();
    expect(decodeState("#s=e30")).toMatchObject({ nodes: [], lang: "zh" });
    const many = Array.from({ length: MAX_URL_NODES + 50 }, (_, i) => `n${i}`);
    const d = decodeState(
      encodeState({ nodes: many, hiddenTypes: [], selected: null, query: null, corridor: null, lang: "zh" }),
    );
    expect(d?.nodes).toHaveLength(MAX_URL_NODES);
  });
  it("keeps only node ids the view API accepts (restoring one request of at most MAX_SUBGRAPH_IDS)", () => {
    expect(MAX_URL_NODES).toBeLessThanOrEqual(MAX_SUBGRAPH_IDS);
    const d = decodeState(
      encodeState({
        nodes: ["A:1", "", "  ", "x".repeat(MAX_ID_LENGTH + 1), "B:2"],
        hiddenTypes: [],
        selected: null,
        query: null,
        corridor: null,
        lang: "en",
      }),
    );
    expect(d?.nodes).toEqual(["A:1", "B:2"]);
  });
});

describe("text highlighting", () => {
  it("segments text around ranges", () => {
    const segs = segment("二连浩特片区深耕中蒙俄经济走廊", [
      { start: 0, end: 6, tag: "a" },
      { start: 8, end: 15, tag: "b" },
    ]);
    expect(segs.map((s) => [s.text, s.tag])).toEqual([
      ["二连浩特片区", "a"],
      ["深耕", null],
      ["中蒙俄经济走廊", "b"],
    ]);
  });
  it("finds names, longest first, without overlaps", () => {
    const r = findAll("二连浩特片区与二连浩特", [
      { text: "二连浩特", tag: "x" },
      { text: "二连浩特片区", tag: "y" },
    ]);
    expect(r).toEqual([
      { start: 0, end: 6, tag: "y" },
      { start: 7, end: 11, tag: "x" },
    ]);
  });
  it("locates a mention even when the displayed passage shifted", () => {
    expect(locateMention("abc二连浩特def", 100, 103, "二连浩特")).toEqual({ start: 3, end: 7 });
    expect(locateMention("ab二连浩特def", 100, 103, "二连浩特")).toEqual({ start: 2, end: 6 });
    expect(locateMention("abc", 0, 0, "zz")).toBeNull();
  });
});

describe("exporters", () => {
  const g = createSceneGraph();
  mergeSubgraph(g, Subgraph.parse(neighborhood).graph);
  g.addNode("Organization:<img src=x onerror=alert(1)>", {
    type: "Organization",
    name: "<img src=x onerror=alert(1)>",
    label: "x",
    nameEn: null,
    x: 0,
    y: 0,
  });
  const style = {
    color: () => "#ff0000",
    size: () => 5,
    label: (n: string) => String(g.getNodeAttribute(n, "name")),
  };
  it("escapes XML", () => {
    expect(xmlEscape(`<a href="x">&'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;");
  });
  it("writes GEXF with every node and edge, escaped", () => {
    const x = toGEXF(g, style);
    expect(x).toContain('<gexf xmlns="http://gexf.net/1.3"');
    expect(x.match(/<node /g)).toHaveLength(g.order);
    expect(x.match(/<edge /g)).toHaveLength(g.size);
    expect(x).toContain("二连浩特片区");
    expect(x).not.toContain("<img");
    expect(x).toContain('viz:color r="255" g="0" b="0"');
  });
  it("writes GraphML", () => {
    const x = toGraphML(g, style);
    expect(x.match(/<node /g)).toHaveLength(g.order);
    expect(x.match(/<edge /g)).toHaveLength(g.size);
    expect(x).not.toContain("<img");
  });
});

describe("metrics", () => {
  it("computes pagerank, betweenness and communities on a multi graph", () => {
    const g = createSceneGraph();
    mergeSubgraph(g, Subgraph.parse(neighborhood).graph);
    g.addDirectedEdgeWithKey("dup", "Area:二连浩特片区", "Port:二连浩特铁路口岸", { type: "CO_OCCURS" });
    const pr = computeMetric(g, "pagerank");
    expect(pr.size).toBe(4);
    const hub = pr.get("Area:二连浩特片区") ?? 0;
    for (const [k, v] of pr) if (k !== "Area:二连浩特片区") expect(hub).toBeGreaterThan(v);
    const bc = computeMetric(g, "betweenness");
    expect(bc.get("Area:二连浩特片区")).toBeGreaterThan(0);
    const com = computeMetric(g, "community");
    expect(com.size).toBe(4);
    const filtered = computeMetric(g, "pagerank", (n) => n !== "Port:二连浩特铁路口岸");
    expect(filtered.size).toBe(3);
  });
  it("handles an empty scene", () => {
    expect(computeMetric(new Graph(), "community").size).toBe(0);
  });
});

describe("lasso geometry", () => {
  it("tests points in a polygon", () => {
    const sq = [
      { x: 0, y: 0 },
      { x: 10, y: 0 },
      { x: 10, y: 10 },
      { x: 0, y: 10 },
    ];
    expect(pointInPolygon({ x: 5, y: 5 }, sq)).toBe(true);
    expect(pointInPolygon({ x: 15, y: 5 }, sq)).toBe(false);
  });
});

describe("saved views", () => {
  it("saves, lists, replaces and removes", () => {
    const mem = new Map<string, string>();
    const store = new ViewStore({
      getItem: (k) => mem.get(k) ?? null,
      setItem: (k, v) => void mem.set(k, v),
    });
    const base = {
      savedAt: "",
      scene: createSceneGraph().export(),
      hiddenTypes: [],
      colourBy: "type",
      sizeBy: "degree",
      camera: null,
      selected: null,
    };
    store.save({ name: "a", ...base });
    store.save({ name: "b", ...base });
    store.save({ name: "a", ...base, selected: "x" });
    expect(store.list().map((v) => v.name)).toEqual(["a", "b"]);
    expect(store.get("a")?.selected).toBe("x");
    store.remove("a");
    expect(store.list().map((v) => v.name)).toEqual(["b"]);
    mem.set("zonegraph.views.v1", "not json");
    expect(store.list()).toEqual([]);
  });
});

describe("i18n", () => {
  // the language is module state: restore the default even when an assertion fails
  afterEach(() => setLang("zh"));
  it("switches UI strings and entity names", () => {
    setLang("en");
    expect(t("expand")).toBe("Expand");
    expect(typeName("Corridor")).toBe("Corridor");
    expect(relName("ON_CORRIDOR")).toBe("on corridor");
    expect(entityName({ name: "二连浩特片区", nameEn: "Erenhot Area" })).toBe("Erenhot Area");
    // Without a catalog English name: a generated rendering, marked as such.
    expect(entityName({ name: "黔粤班列", nameEn: null })).toBe("Qian–Yue (Guizhou–Guangdong) Rail Service*");
    expect(entityName({ name: "RCEP", nameEn: null })).toBe("RCEP");
    setLang("zh");
    expect(t("expand")).toBe("展开");
    expect(entityName({ name: "二连浩特片区", nameEn: "Erenhot Area" })).toBe("二连浩特片区");
  });
});

describe("api client", () => {
  const json = (status: number, body: unknown) =>
    (async () =>
      new Response(JSON.stringify(body), {
        status,
        headers: { "content-type": "application/json" },
      })) as typeof fetch;
  it("validates and returns parsed responses", async () => {
    const body: SearchResponse = {
      query: "二连",
      hits: [
        {
          id: "Area:二连浩特片区",
          type: "Area",
          name: "二连浩特片区",
          nameEn: null,
          aliases: [],
          degree: 3,
          score: 1,
          matched: "二连浩特片区",
        },
      ],
    };
    const api = new Api("", json(200, body));
    await expect(api.search("二连")).resolves.toEqual(body);
  });
  it("rejects responses that break the contract", async () => {
    const api = new Api("", json(200, { query: "x", hits: [{ id: 1 }] }));
    await expect(api.search("x")).rejects.toMatchObject({ code: "BAD_RESPONSE" });
  });
  it("surfaces API errors with their code", async () => {
    const api = new Api("", json(400, { error: { code: "CYPHER_SYNTAX", message: "Invalid input 'MATC'" } }));
    const err = await api.cypher("MATC (n)", {}).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect(err).toMatchObject({ code: "CYPHER_SYNTAX", status: 400 });
  });
  it("url-encodes node ids", async () => {
    let seen = "";
    const api = new Api("", (async (url: string) => {
      seen = url;
      return new Response(JSON.stringify({ error: { code: "NOT_FOUND", message: "no" } }), { status: 404 });
    }) as unknown as typeof fetch);
    await api.node("Area:二连浩特片区").catch(() => {});
    expect(seen).toBe(`/api/nodes/${encodeURIComponent("Area:二连浩特片区")}`);
  });
});
