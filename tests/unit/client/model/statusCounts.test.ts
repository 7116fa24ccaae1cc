import { afterEach, describe, expect, it } from "vitest";
import { setLang } from "../../../../client/src/i18n";
import { statusCounts } from "../../../../client/src/model/statusCounts";

afterEach(() => setLang("zh"));

describe("the status line's counts", () => {
  it("gives plain counts when nothing is filtered out", () => {
    setLang("en");
    expect(statusCounts({ nodes: 94, edges: 57, totalNodes: 94, totalEdges: 57 })).toBe(
      "94 nodes · 57 edges",
    );
  });

  it("says how many of the scene's nodes and edges are shown under filters, in both languages", () => {
    const c = { nodes: 12, edges: 8, totalNodes: 94, totalEdges: 57 };
    setLang("en");
    expect(statusCounts(c)).toBe("12 of 94 nodes · 8 of 57 edges shown");
    setLang("zh");
    expect(statusCounts(c)).toBe("显示 12 / 94 个节点 · 8 / 57 条关系");
  });
});
