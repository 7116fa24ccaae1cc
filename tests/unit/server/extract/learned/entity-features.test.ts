import { describe, expect, it } from "vitest";
import type { Word } from "../../../../../server/extract/entities/segmenter";
import { entityCandidates } from "../../../../../server/extract/learned/entity-candidates";
import {
  type EntityPassage,
  entityFeatures,
  typedFeatures,
} from "../../../../../server/extract/learned/entity-features";

// An invented passage: 甲乙、丙丁等 with 甲乙 recognised as an industry.
const ws: Word[] = [
  { word: "甲乙", tag: "n", start: 0, end: 2 },
  { word: "、", tag: "x", start: 2, end: 3 },
  { word: "丙丁", tag: "nz", start: 3, end: 5 },
  { word: "等", tag: "u", start: 5, end: 6 },
];
const passage: EntityPassage = {
  norm: "甲乙、丙丁等",
  words: ws,
  taken: [{ id: "Industry:甲乙", cs: 0, ce: 2 }],
  resolves: (name) => (name === "丙丁" ? "City" : undefined),
};

describe("features of a candidate name", () => {
  const cand = entityCandidates(passage.norm, ws, passage.taken)[0];

  it("name its source, tags, context, catalog type and its list neighbour", () => {
    expect(cand).toBeDefined();
    const fs = entityFeatures(passage, cand as NonNullable<typeof cand>);
    for (const f of [
      "bias",
      "src:word",
      "firstTag:nz",
      "prev:、",
      "next:等",
      "cat:City",
      "list:prev=Industry",
    ])
      expect(fs).toContain(f);
    expect(fs).not.toContain("quoted");
  });

  it("are conjoined with the type scored", () => {
    expect(typedFeatures(["bias", "src:list"], "Industry")).toEqual(["Industry|bias", "Industry|src:list"]);
  });
});
