import { describe, expect, it } from "vitest";
import { isSimplePath, keepPaths, pathMessage } from "../../../client/src/model/paths";

const edge = (key: string, type: string) => ({ key, source: "x", target: "y", attributes: { type } });
const graph = {
  nodes: [],
  edges: [edge("e1", "PART_OF"), edge("e2", "ON_CORRIDOR"), edge("e3", "CO_OCCURS"), edge("e4", "PART_OF")],
};

describe("paths: what the panel keeps", () => {
  it("a path that visits a node twice is not simple", () => {
    expect(isSimplePath({ nodes: ["a", "b", "a", "c"], edges: ["e1", "e4", "e2"] })).toBe(false);
    expect(isSimplePath({ nodes: ["a", "b", "c"], edges: ["e1", "e2"] })).toBe(true);
  });

  it("drops loops, co-occurrence hops when co-occurrence is off, and duplicates", () => {
    const paths = [
      { nodes: ["a", "b", "c"], edges: ["e1", "e2"] },
      { nodes: ["a", "b", "a", "c"], edges: ["e1", "e4", "e2"] },
      { nodes: ["a", "d", "c"], edges: ["e3", "e2"] },
      { nodes: ["a", "b", "c"], edges: ["e1", "e2"] },
    ];
    expect(keepPaths(paths, graph, { types: [], coOccurrence: false })).toEqual([paths[0]]);
    expect(keepPaths(paths, graph, { types: [], coOccurrence: true })).toEqual([paths[0], paths[2]]);
  });

  it("keeps only the allowed relationship types when some are chosen", () => {
    const paths = [
      { nodes: ["a", "b"], edges: ["e1"] },
      { nodes: ["a", "c"], edges: ["e2"] },
    ];
    expect(keepPaths(paths, graph, { types: ["ON_CORRIDOR"], coOccurrence: false })).toEqual([paths[1]]);
  });

  it("says how many were found, or why none was and what co-occurrence would give", () => {
    expect(pathMessage(2, { maxHops: 4 }, { reason: null, coOccurrencePaths: null })).toEqual({
      kind: "found",
      count: 2,
      maxHops: 4,
    });
    expect(pathMessage(0, { maxHops: 3 }, { reason: "no typed path", coOccurrencePaths: 2 })).toEqual({
      kind: "none",
      maxHops: 3,
      viaCoOccurrence: 2,
      reason: "no typed path",
    });
  });
});
