import { describe, expect, it } from "vitest";
import { Dedup, mergeKey } from "../../../../server/load/dedup";

describe("mergeKey", () => {
  it("is the key each MERGE statement matches on", () => {
    expect(mergeKey("nodes", { id: "Area:a" })).toBe("Area:a");
    expect(mergeKey("passages", { id: "doc#p1" })).toBe("doc#p1");
    // Relationships MERGE on (type, start, end), not on their id.
    expect(mergeKey("edges", { id: "x", type: "PART_OF", source: "a", target: "b" })).toBe(
      mergeKey("edges", { id: "y", type: "PART_OF", source: "a", target: "b" }),
    );
    expect(mergeKey("edges", { type: "PART_OF", source: "a", target: "b" })).not.toBe(
      mergeKey("edges", { type: "PART_OF", source: "b", target: "a" }),
    );
    expect(mergeKey("mentions", { node: "a", passage: "p", start: 3 })).not.toBe(
      mergeKey("mentions", { node: "a", passage: "p", start: 4 }),
    );
    expect(mergeKey("documents", { id: "doc" })).toBeNull();
    expect(mergeKey("claims", { id: "c" })).toBeNull();
  });
});

describe("Dedup", () => {
  it.each([
    ["53-bit hashes (no counts: the CSV pass)", undefined],
    ["fingerprint sets sized from the counts (the transactional loader)", { nodes: 2, edges: 3 }],
  ])("says first once per key and section, with %s", (_, expected) => {
    const d = new Dedup(expected);
    expect(d.first("nodes", { id: "a" })).toBe(true);
    expect(d.first("nodes", { id: "a" })).toBe(false);
    expect(d.first("passages", { id: "a" })).toBe(true);
    expect(d.first("edges", { type: "T", source: "a", target: "b" })).toBe(true);
    expect(d.first("edges", { type: "U", source: "a", target: "b" })).toBe(true);
    expect(d.first("edges", { type: "T", source: "b", target: "a" })).toBe(true);
    expect(d.first("edges", { type: "T", source: "a", target: "b" })).toBe(false);
  });

  it("never says first for a section that always MERGEs", () => {
    expect(new Dedup().first("documents", { id: "d" })).toBe(false);
  });
});
