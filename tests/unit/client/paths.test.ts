import { describe, expect, it } from "vitest";
import { t } from "../../../client/src/i18n";
import {
  isSimplePath,
  keepPaths,
  pathEndsProblem,
  pathMessage,
  pathReasonText,
} from "../../../client/src/model/paths";

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

describe("paths: the ends and the reason for no path", () => {
  it("asks for both ends, and for two different ones, before any request", () => {
    expect(pathEndsProblem(undefined, "b")).toBe("pathPickBoth");
    expect(pathEndsProblem("City:二连浩特", "City:二连浩特")).toBe("pathSameEnds");
    expect(pathEndsProblem("a", "b")).toBeNull();
  });

  it("translates the server's reason by its code, and says nothing when it repeats the panel's message", () => {
    const capped = {
      code: "capped" as const,
      facts: { read: 812, perNode: 200, budget: 4000 },
      // The text is for API users: the translation never reads it.
      text: "worded differently by a newer server",
    };
    expect(pathReasonText(capped, "zh", (k) => t(k, "zh"))).toBe(
      "只读取了 812 条关系：每个节点最多 200 条，总共最多 4000 条",
    );
    expect(pathReasonText(capped, "en", (k) => t(k, "en"))).toBe(
      "among the 812 relationships read (at most 200 per node, 4000 in all)",
    );
    const late = { code: "deadline" as const, facts: { seconds: 3 }, text: "" };
    expect(pathReasonText(late, "zh", (k) => t(k, "zh"))).toBe(
      "路径搜索在 3 秒期限内未完成：请减少跳数或关系类型",
    );
    const none = { code: "noPath" as const, facts: null, text: "no typed path within 1 hops" };
    expect(pathReasonText(none, "zh", (k) => t(k, "zh"))).toBeNull();
    expect(pathReasonText(none, "en", (k) => t(k, "en"))).toBeNull();
    // A server without codes: its text in English, nothing in Chinese.
    const old = { code: null, facts: null, text: "something new" };
    expect(pathReasonText(old, "zh", (k) => t(k, "zh"))).toBeNull();
    expect(pathReasonText(old, "en", (k) => t(k, "en"))).toBe("something new");
    expect(pathReasonText({ code: null, facts: null, text: null }, "en", (k) => t(k, "en"))).toBeNull();
  });
});
