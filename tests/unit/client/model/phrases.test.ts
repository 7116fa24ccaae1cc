import { describe, expect, it } from "vitest";
import {
  fillSlot,
  matchPhrases,
  matchTemplate,
  openSlot,
  type Phrase,
  phraseGraphIds,
  phraseParams,
  phraseText,
  startDraft,
  usablePhrases,
} from "../../../../client/src/model/phrases";
import type { NamedQuery } from "../../../../contracts/api";

// Invented queries and phrases: the shipped table is checked against the server's catalog elsewhere.
const query = (name: string, params: NamedQuery["params"]): NamedQuery => ({
  name,
  description: name,
  params,
  cypher: "RETURN 1",
});
const CATALOG = [
  query("river_towns", [
    { name: "river", type: "string", description: "" },
    { name: "depth", type: "integer", default: 2, description: "" },
  ]),
  query("route", [
    { name: "a", type: "string", description: "" },
    { name: "b", type: "string", description: "" },
  ]),
];
const TOWNS: Phrase = {
  id: "river-towns",
  query: "river_towns",
  zh: "{river}沿岸的城镇",
  en: "towns along river {river}",
  slots: { river: ["Corridor"] },
  params: { depth: 3 },
  graph: [
    { column: "town", types: ["City"] },
    { column: "via", types: [] },
  ],
};
const ROUTE: Phrase = {
  id: "route",
  query: "route",
  zh: "从{a}到{b}的路线",
  en: "route from {a} to {b}",
  slots: { a: [], b: [] },
  params: {},
  graph: [],
};

describe("usablePhrases", () => {
  it("keeps phrases whose query, slots and fixed values fit the catalog", () => {
    expect(usablePhrases(CATALOG, [TOWNS, ROUTE])).toEqual({ phrases: [TOWNS, ROUTE], problems: [] });
  });

  it("names the phrase and the problem: unknown query, unknown or non-text slot, badly typed value", () => {
    const bad = [
      { ...TOWNS, id: "a", query: "lakes" },
      { ...TOWNS, id: "b", slots: { stream: ["Corridor"] }, zh: "{stream}的城镇", en: "towns on {stream}" },
      { ...TOWNS, id: "c", slots: { depth: [] }, zh: "{depth}", en: "depth {depth}", params: {} },
      { ...TOWNS, id: "d", params: { depth: "deep" } },
      { ...TOWNS, id: "e", en: "towns along a river" },
    ];
    const { phrases, problems } = usablePhrases(CATALOG, bad);
    expect(phrases).toEqual([]);
    expect(problems).toEqual([
      'phrase a: no named query "lakes"',
      'phrase b: query river_towns has no parameter "stream" (parameters: river, depth)',
      'phrase c: slot "depth" takes an entity, but parameter "depth" of river_towns is integer',
      'phrase d: parameter "depth" of river_towns is integer, got "deep"',
      'phrase e: its en text must name each slot (river) once; "river" does not fit',
    ]);
  });

  it("refuses a table that is not a list of phrases", () => {
    expect(usablePhrases(CATALOG, [{ id: "x" }]).phrases).toEqual([]);
    expect(usablePhrases(CATALOG, [{ id: "x" }]).problems[0]).toMatch(/^phrase table: /);
  });
});

describe("matchTemplate", () => {
  it("reads a phrase typed in part, whole, or with the slot's text, in either order of slot and words", () => {
    expect(matchTemplate("tow", TOWNS.en)).toEqual({ texts: {}, score: 3 });
    expect(matchTemplate("towns along river", TOWNS.en)).toEqual({ texts: {}, score: 15 });
    expect(matchTemplate("Towns  along river Yel", TOWNS.en)).toEqual({ texts: { river: "yel" }, score: 15 });
    expect(matchTemplate("黄河沿岸", TOWNS.zh)).toEqual({ texts: { river: "黄河" }, score: 2 });
    expect(matchTemplate("黄河沿岸的城镇", TOWNS.zh)).toEqual({ texts: { river: "黄河" }, score: 5 });
    expect(matchTemplate("黄河", TOWNS.zh)).toBeNull();
    expect(matchTemplate("", TOWNS.en)).toBeNull();
  });

  it("splits two slots at the words between them, which must stand as a word", () => {
    expect(matchTemplate("route from Lanzhou to Xining", ROUTE.en)?.texts).toEqual({
      a: "lanzhou",
      b: "xining",
    });
    expect(matchTemplate("route from Toronto", ROUTE.en)?.texts).toEqual({ a: "toronto" });
    expect(matchTemplate("从兰州到西宁", ROUTE.zh)?.texts).toEqual({ a: "兰州", b: "西宁" });
  });
});

describe("matchPhrases", () => {
  it("offers the phrases the input may start, best first, and none for a plain name", () => {
    const ms = matchPhrases("route from 兰州", [TOWNS, ROUTE], "zh");
    expect(ms.map((m) => [m.phrase.id, m.lang, m.texts])).toEqual([["route", "en", { a: "兰州" }]]);
    expect(matchPhrases("兰州", [TOWNS, ROUTE], "zh")).toEqual([]);
    expect(matchPhrases("t", [TOWNS, ROUTE], "en")).toEqual([]);
  });
});

describe("drafts", () => {
  const river = { id: "Corridor:黄河", type: "Corridor", name: "黄河", label: "黄河" };

  it("fills slots in the language's order, then gives the query's parameters with the fixed ones", () => {
    let d = startDraft({ phrase: ROUTE, texts: { a: "兰" } });
    expect(openSlot(d, "zh")).toBe("a");
    expect(phraseParams(d)).toBeNull();
    d = fillSlot(d, "a", { id: "City:兰州", type: "City", name: "兰州", label: "兰州" }).draft;
    expect(openSlot(d, "en")).toBe("b");
    d = fillSlot(d, "b", { id: "City:西宁", type: "City", name: "西宁", label: "Xining" }).draft;
    expect(openSlot(d, "en")).toBeNull();
    expect(phraseParams(d)).toEqual({ a: "City:兰州", b: "City:西宁" });
    expect(phraseText(ROUTE, "en", (s) => d.values[s]?.label ?? `‹${s}›`)).toBe("route from 兰州 to Xining");
    const towns = fillSlot(startDraft({ phrase: TOWNS, texts: {} }), "river", river).draft;
    expect(phraseParams(towns)).toEqual({ depth: 3, river: "Corridor:黄河" });
  });

  it("refuses an entity of another type, or a slot the phrase does not have, and keeps the draft", () => {
    const d = startDraft({ phrase: TOWNS, texts: {} });
    const city = { id: "City:兰州", type: "City", name: "兰州", label: "兰州" };
    expect(fillSlot(d, "river", city)).toEqual({
      draft: d,
      refusal: { kind: "wrongType", slot: "river", got: "City", expected: ["Corridor"] },
    });
    expect(fillSlot(d, "lake", river).refusal).toEqual({ kind: "unknownSlot", slot: "lake" });
  });

  it("graph ids: the slots' entities and the names of the entity columns, typed or under every type", () => {
    const d = fillSlot(startDraft({ phrase: TOWNS, texts: {} }), "river", river).draft;
    const rows = [
      { town: "兰州", via: ["兰州", "甘肃"], other: "x" },
      { town: "银川", via: [], other: 1 },
      { town: null, via: "" },
    ];
    const ids = phraseGraphIds(d, rows);
    expect(ids.slice(0, 3)).toEqual(["Corridor:黄河", "City:兰州", "FreeTradeZone:兰州"]);
    expect(ids).toContain("Province:甘肃");
    expect(ids).toContain("City:银川");
    expect(ids.some((id) => id.endsWith(":x") || id.endsWith(":1"))).toBe(false);
    expect(phraseGraphIds(d, rows, 2)).toEqual(["Corridor:黄河", "City:兰州"]);
  });
});

describe("the shipped phrase table", () => {
  it("fits the named queries in cypher/queries, and every slot and result column is used by its query", async () => {
    const { loadQueryCatalog } = await import("../../../../server/queries/catalog");
    const catalog = loadQueryCatalog();
    const { phrases, problems } = usablePhrases(catalog);
    expect(problems).toEqual([]);
    expect(phrases.length).toBeGreaterThanOrEqual(6);
    for (const p of phrases) {
      const cypher = catalog.find((q) => q.name === p.query)?.cypher ?? "";
      for (const col of p.graph)
        expect(cypher, `${p.id}: column ${col.column}`).toMatch(
          new RegExp(`(AS ${col.column}\\b|^\\s*${col.column},)`, "m"),
        );
    }
  });
});
