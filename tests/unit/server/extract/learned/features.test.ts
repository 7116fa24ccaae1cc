import { describe, expect, it } from "vitest";
import {
  candidateFeatures,
  clauseBreaks,
  distanceBucket,
  pairFeatures,
  triggersIn,
} from "../../../../../server/extract/learned/features";

// Invented sentences; spans are given by hand (the features never look anything up).
const span = (norm: string, id: string, surface: string) => {
  const cs = norm.indexOf(surface);
  return { id, cs, ce: cs + surface.length };
};

describe("learned-layer features of a pair of names", () => {
  const norm = "甲省积极融入某某通道建设，乙市、丙国则加强合作。";
  const a = span(norm, "Province:甲省", "甲省");
  const corridor = span(norm, "Corridor:某某通道", "某某通道");
  const city = span(norm, "City:乙市", "乙市");
  const country = span(norm, "Country:丙国", "丙国");
  const ms = [a, corridor, city, country];

  it("names the ordered types, the trigger words between them and the distance", () => {
    const f = pairFeatures(norm, ms, a, corridor);
    expect(f).toContain("types:Province>Corridor");
    expect(f).toContain("btw:corridor:融入");
    expect(f).toContain("dist:3-5");
    expect(f).toContain("clauses:0");
    expect(f).toContain("punct:none");
    expect(f).toContain("between:n=0");
    expect(f).toContain("a:clauseInitial");
  });

  it("counts clause breaks, punctuation and the names in between, and reads triggers after the second", () => {
    const f = pairFeatures(norm, ms, a, country);
    expect(f).toContain("clauses:1");
    expect(f).toContain("punct:，");
    expect(f).toContain("punct:、");
    expect(f).toContain("between:n=2");
    expect(f).toContain("between:type=City");
    expect(f).toContain("between:type=Corridor");
    expect(f).toContain("post:cooperation:合作");
    expect(f).not.toContain("btw:cooperation:合作");
  });

  it("keeps a short linking word between adjacent names", () => {
    expect(pairFeatures(norm, ms, city, country)).toContain("mid:、");
  });

  it("conjoins every feature with the relation type and direction scored", () => {
    expect(candidateFeatures(["bias", "dist:0"], "ON_CORRIDOR", true)).toEqual([
      "ON_CORRIDOR>|bias",
      "ON_CORRIDOR>|dist:0",
    ]);
    expect(candidateFeatures(["bias"], "LOCATED_IN", false)).toEqual(["LOCATED_IN<|bias"]);
  });

  it("buckets distances and counts clause ends", () => {
    expect([0, 2, 5, 10, 20, 40, 41].map(distanceBucket)).toEqual([
      "0",
      "1-2",
      "3-5",
      "6-10",
      "11-20",
      "21-40",
      "41+",
    ]);
    expect(clauseBreaks("甲，乙；丙。丁", 0, 7)).toBe(3);
  });

  it("finds trigger words of every lexicon list, each once", () => {
    const t = triggersIn("连接欧洲并与东盟合作，合作共赢");
    expect(t).toContain("connect:连接");
    expect(t).toContain("cooperation:合作");
    expect(t.filter((x) => x === "cooperation:合作")).toHaveLength(1);
    expect(triggersIn("今天天气很好")).toEqual([]);
  });
});
