import { describe, expect, it } from "vitest";
import {
  displayWidth,
  MAX_CELL_CHARS,
  resultAsJson,
  resultAsText,
} from "../../../../client/src/model/resultText";

const zone = {
  id: "FreeTradeZone:中国（上海）自由贸易试验区",
  labels: ["Entity", "FreeTradeZone"],
  properties: { name: "中国（上海）自由贸易试验区" },
};
const rel = { id: "r1", type: "LOCATED_IN", start: "a", end: "b", properties: {} };

describe("the console's text and JSON views", () => {
  it("counts CJK and fullwidth characters as two columns", () => {
    expect(displayWidth("abc")).toBe(3);
    expect(displayWidth("上海")).toBe(4);
    expect(displayWidth("（）")).toBe(4);
  });

  it("draws an aligned text table with nodes as (name), relationships as [:TYPE] and plain values", () => {
    const text = resultAsText(
      ["z", "r", "n"],
      [
        { z: zone, r: rel, n: 3 },
        { z: null, r: null, n: "ab" },
      ],
    );
    const lines = text.split("\n");
    expect(lines).toHaveLength(6);
    expect(lines[1]).toMatch(/^\| z +\| r +\| n +\|$/);
    expect(lines[3]).toBe("| (中国（上海）自由贸易试验区) | [:LOCATED_IN] | 3  |");
    expect(lines[4]).toBe(
      `| ${" ".repeat(displayWidth("(中国（上海）自由贸易试验区)"))} | ${" ".repeat(13)} | ab |`,
    );
    // Every line has the same display width: the columns line up in a monospace font.
    expect(new Set(lines.map(displayWidth)).size).toBe(1);
  });

  it("cuts long cells and folds line breaks, so one row is one line", () => {
    const text = resultAsText(["t"], [{ t: `${"x".repeat(200)}\nend` }, { t: "a\nb" }]);
    const lines = text.split("\n");
    expect(lines).toHaveLength(6);
    expect(lines[3]).toContain(`${"x".repeat(MAX_CELL_CHARS - 1)}…`);
    expect(lines[4]).toContain("a b");
  });

  it("gives nothing for a result without columns, and the rows as indented JSON", () => {
    expect(resultAsText([], [])).toBe("");
    const rows = [{ z: zone, n: 1 }];
    expect(JSON.parse(resultAsJson(rows))).toEqual(rows);
    expect(resultAsJson(rows)).toContain('\n  {\n    "z": {');
  });
});
