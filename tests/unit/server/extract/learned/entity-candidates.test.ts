import { describe, expect, it } from "vitest";
import { entityCandidates, headOf } from "../../../../../server/extract/learned/entity-candidates";
import { words } from "../../../../support/segmented";

// Invented sentences with hand-made words (as the segmenter would tag them).
const text = (ws: { word: string }[]) => ws.map((w) => w.word).join("");
const spans = (norm: string, cs: { cs: number; ce: number; source: string }[]) =>
  cs.map((c) => `${c.source}:${norm.slice(c.cs, c.ce)}`);

describe("candidate names of the learned entity layer", () => {
  it("reads proper-noun and unknown words, and runs of words that end in a name head", () => {
    const ws = words([
      ["甲乙丙", "x"],
      ["至", "p"],
      ["丁戊", "ns"],
      ["物流", "n"],
      ["集团", "n"],
      ["发展", "v"],
    ]);
    const norm = text(ws);
    expect(headOf("物流集团")?.type).toBe("Organization");
    expect(spans(norm, entityCandidates(norm, ws, []))).toEqual([
      "word:甲乙丙",
      "word:丁戊",
      "head:丁戊物流集团",
      "head:物流集团",
    ]);
  });

  it("never overlaps a name the rules found, but may hold a place whole (its part)", () => {
    const ws = words([
      ["某国", "ns"],
      ["己庚", "ns"],
      ["港", "n"],
      ["，", "x"],
      ["辛壬", "nz"],
    ]);
    const norm = text(ws);
    const taken = [
      { id: "City:己庚", cs: 2, ce: 4 },
      { id: "Organization:辛壬", cs: 6, ce: 8 },
    ];
    const cands = entityCandidates(norm, ws, taken);
    expect(spans(norm, cands)).toEqual(["word:某国", "head:某国己庚港", "head:己庚港"]);
    expect(cands.find((c) => norm.slice(c.cs, c.ce) === "己庚港")?.inside).toEqual([taken[0]]);
  });

  it("reads the other items of a list that holds a recognised name, and quoted spans", () => {
    const ws = words([
      ["发展", "v"],
      ["甲乙", "n"],
      ["、", "x"],
      ["丙丁", "n"],
      ["、", "x"],
      ["戊己", "vn"],
      ["等", "u"],
      ["，", "x"],
      ["“", "x"],
      ["庚辛", "n"],
      ["快线", "n"],
      ["”", "x"],
    ]);
    const norm = text(ws);
    const taken = [{ id: "Industry:丙丁", cs: 5, ce: 7 }];
    expect(spans(norm, entityCandidates(norm, ws, taken))).toEqual([
      "list:甲乙",
      "list:戊己",
      "quote:庚辛快线",
    ]);
    // no recognised item: no list candidates
    expect(spans(norm, entityCandidates(norm, ws, []))).toEqual(["quote:庚辛快线"]);
  });
});
