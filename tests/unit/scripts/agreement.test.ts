import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { ExtractedGraph } from "../../../contracts/graph";
import {
  agreement,
  annotationAsGraph,
  f1,
  parseSets,
  renameIds,
  restrictTo,
  SETS,
} from "../../../scripts/agreement";
import type { Gold } from "../../../server/extract/evaluate";

// Two tiny invented documents; quotes are literal substrings.
const texts = new Map([
  ["d1", "甲市的乙港口岸开通丙班列，经丁国到戊国。"],
  ["d2", "己省与庚国签署合作协议。第二段不在范围内：辛市。"],
]);
const ent = (doc: string, id: string, quote: string) => ({ doc, id, quote });
const rel = (doc: string, type: string, source: string, target: string, quote: string) => ({
  doc,
  type,
  source,
  target,
  quote,
});

const A: Gold = {
  scope: [
    { doc: "d1", whole: true },
    { doc: "d2", from: "己省", to: "第二段" },
  ],
  entities: [
    ent("d1", "City:甲", "甲市"),
    ent("d1", "Port:乙港口岸", "乙港口岸"),
    ent("d1", "Corridor:丙班列", "丙班列"),
    ent("d1", "Country:丁国", "丁国"),
    ent("d2", "Province:己省", "己省"),
    ent("d2", "Country:庚国", "庚国"),
  ],
  relations: [
    rel("d1", "LOCATED_IN", "Port:乙港口岸", "City:甲", "甲市的乙港口岸"),
    rel("d1", "CONNECTS", "Corridor:丙班列", "Country:丁国", "丙班列，经丁国"),
    rel("d2", "COOPERATES_WITH", "Province:己省", "Country:庚国", "己省与庚国签署合作协议"),
  ],
};

describe("agreement", () => {
  it("gives 1.0 everywhere when B is A", () => {
    const r = agreement(A, A, texts);
    expect(r.entityTotal).toMatchObject({ tp: 6, fp: 0, fn: 0, f1: 1 });
    expect(r.relationTotal).toMatchObject({ tp: 3, fp: 0, fn: 0, f1: 1 });
    expect(r.onlyA).toEqual([]);
    expect(r.onlyB).toEqual([]);
  });

  it("counts B-only and A-only items per type, with the eval's keys", () => {
    const B: Gold = {
      scope: A.scope.map((s) => ({ doc: s.doc, whole: true })),
      entities: [...A.entities.filter((e) => e.id !== "Country:丁国"), ent("d1", "Country:戊国", "戊国")],
      relations: [
        A.relations[0] as Gold["relations"][number],
        rel("d1", "CONNECTS", "Corridor:丙班列", "Country:戊国", "到戊国"),
        rel("d2", "COOPERATES_WITH", "Province:己省", "Country:庚国", "己省与庚国"),
      ],
    };
    const r = agreement(A, B, texts);
    expect(r.entities.Country).toMatchObject({ tp: 1, fp: 1, fn: 1, precision: 0.5, recall: 0.5, f1: 0.5 });
    expect(r.entities.City).toMatchObject({ tp: 1, fp: 0, fn: 0, f1: 1 });
    expect(r.relations.CONNECTS).toMatchObject({ tp: 0, fp: 1, fn: 1, f1: 0 });
    expect(r.relationTotal).toMatchObject({ tp: 2, fp: 1, fn: 1 });
    expect(r.onlyB).toEqual(["d1|CONNECTS|Corridor:丙班列|Country:戊国", "d1|Country:戊国"]);
    expect(r.onlyA).toEqual(["d1|CONNECTS|Corridor:丙班列|Country:丁国", "d1|Country:丁国"]);
  });

  it("counts a two-sided COOPERATES_WITH written the other way round as agreement in the either-way figure", () => {
    const B: Gold = {
      ...A,
      relations: [
        ...A.relations.slice(0, 2),
        rel("d2", "COOPERATES_WITH", "Country:庚国", "Province:己省", "己省与庚国签署合作协议"),
      ],
    };
    const r = agreement(A, B, texts);
    expect(r.relationTotal).toMatchObject({ tp: 2, fp: 1, fn: 1 });
    expect(r.relationTotalEitherWay).toMatchObject({ tp: 3, fp: 0, fn: 0, f1: 1 });
  });

  it("is symmetric in F1: swapping A and B swaps precision and recall", () => {
    const B: Gold = { ...A, entities: A.entities.slice(0, 4), relations: A.relations.slice(0, 1) };
    const ab = agreement(A, B, texts);
    const ba = agreement(B, A, texts);
    expect(ab.entityTotal.precision).toBe(ba.entityTotal.recall);
    expect(ab.entityTotal.recall).toBe(ba.entityTotal.precision);
    expect(ab.relationTotal.f1).toBeCloseTo(ba.relationTotal.f1, 12);
    expect(ab.relationTotal.f1).toBeCloseTo(0.5, 12);
  });

  it("scores only inside A's scope: a B item quoted outside it is not counted", () => {
    const B: Gold = {
      scope: [{ doc: "d2", whole: true }],
      entities: [ent("d2", "Province:己省", "己省"), ent("d2", "City:辛", "辛市")],
      relations: [],
    };
    const r = agreement(A, B, texts);
    expect(r.entityTotal).toMatchObject({ tp: 1, fp: 0, fn: 1 });
    expect(r.onlyA).toContain("d2|Country:庚国");
    expect(r.onlyA.some((k) => k.startsWith("d1|"))).toBe(false);
  });

  it("rejects a B quote that is not in the text, naming the document and the quote", () => {
    const B: Gold = {
      scope: [{ doc: "d1", whole: true }],
      entities: [ent("d1", "City:甲", "甲县")],
      relations: [],
    };
    expect(() => agreement(A, B, texts)).toThrow('agreement: quote not found in d1: "甲县"');
  });

  it("rejects a document that B covers and A does not", () => {
    const B: Gold = { scope: [{ doc: "d3", whole: true }], entities: [], relations: [] };
    expect(() => restrictTo(A, B)).toThrow("agreement: annotation A does not cover d3");
  });

  it("rejects an id without a type prefix", () => {
    const B: Gold = {
      scope: [{ doc: "d1", whole: true }],
      entities: [ent("d1", "甲", "甲市")],
      relations: [],
    };
    expect(() => agreement(A, B, texts)).toThrow('agreement: id without a type prefix: "甲"');
  });
});

describe("annotationAsGraph", () => {
  it("builds a schema-valid graph with mentions and evidence at the quotes", () => {
    const g = annotationAsGraph(A, texts);
    expect(ExtractedGraph.parse(g)).toEqual(g);
    const m = g.mentions.find((x) => x.node === "Port:乙港口岸");
    expect(m && texts.get("d1")?.slice(m.start, m.end)).toBe("乙港口岸");
    const ev = g.edges.find((e) => e.type === "COOPERATES_WITH")?.evidence[0];
    expect(ev && texts.get("d2")?.slice(ev.start, ev.end)).toBe("己省与庚国签署合作协议");
    expect(g.nodes.map((n) => n.id).sort()).toEqual([...new Set(A.entities.map((e) => e.id))].sort());
  });
});

describe("f1", () => {
  it("is the harmonic mean, and 0 when precision and recall are 0", () => {
    expect(f1({ tp: 1, fp: 1, fn: 3, precision: 0.5, recall: 0.25 }).f1).toBeCloseTo(1 / 3, 12);
    expect(f1({ tp: 0, fp: 2, fn: 2, precision: 0, recall: 0 }).f1).toBe(0);
  });
});

describe("renameIds", () => {
  it("maps B's spelling of an entity to A's in entities and relation ends, so the items agree", () => {
    const B: Gold = {
      ...A,
      entities: A.entities.map((e) => (e.id === "Corridor:丙班列" ? { ...e, id: "Corridor:丙" } : e)),
      relations: A.relations.map((r) =>
        r.source === "Corridor:丙班列" ? { ...r, source: "Corridor:丙" } : r,
      ),
    };
    expect(agreement(A, B, texts).relationTotal).toMatchObject({ tp: 2, fp: 1, fn: 1 });
    const mapped = renameIds(B, { "Corridor:丙": "Corridor:丙班列" });
    expect(agreement(A, mapped, texts).relationTotal).toMatchObject({ tp: 3, fp: 0, fn: 0 });
    expect(agreement(A, mapped, texts).entityTotal).toMatchObject({ tp: 6, fp: 0, fn: 0 });
    expect(B.entities.some((e) => e.id === "Corridor:丙")).toBe(true);
  });
});

describe("parseSets", () => {
  it("defaults to set 8 and takes --set N, --set=N and --set all", () => {
    expect(parseSets([])).toEqual(["8"]);
    expect(parseSets(["--list"])).toEqual(["8"]);
    expect(parseSets(["--set", "9", "--list"])).toEqual(["9"]);
    expect(parseSets(["--set=9"])).toEqual(["9"]);
    expect(parseSets(["--set", "all"])).toEqual([
      "8",
      "9",
      "10",
      "11",
      "12",
      "13",
      "14",
      "15",
      "16",
      "17",
      "18",
      "19",
      "20",
      "21",
      "22",
      "23",
      "24",
      "25",
      "26",
      "27",
    ]);
  });

  it("rejects an unknown or missing set, naming it and the known ones", () => {
    expect(() => parseSets(["--set", "7"])).toThrow(
      'agreement: unknown set "7" (known: 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, all)',
    );
    expect(() => parseSets(["--set"])).toThrow(
      'agreement: unknown set "" (known: 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, all)',
    );
  });
});

describe("SETS", () => {
  const root = fileURLToPath(new URL("../../../", import.meta.url));
  it("names files and folders that exist for every set, A's dev file first and its held-out file second", () => {
    for (const [key, c] of Object.entries(SETS)) {
      expect(c.aFiles).toEqual([`real-set${key}-dev.json`, `real-set${key}-heldout.json`]);
      for (const f of [...c.aFiles, c.bFile, c.namesFile])
        expect(existsSync(`${root}tests/fixtures/annotations/${f}`), f).toBe(true);
      for (const d of c.folders) expect(existsSync(`${root}${d}`), d).toBe(true);
    }
  });
});
