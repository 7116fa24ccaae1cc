import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { collectParams, parseParamFlag, queryCommand } from "../../../../server/cli/commands/query";
import type { Executor } from "../../../../server/neo4j/executor";
import { parseQueryFile } from "../../../../server/queries/catalog";
import {
  displayWidth,
  formatCsv,
  formatJson,
  formatTable,
  truncateToWidth,
} from "../../../../server/queries/format";

function sink() {
  const stream = new PassThrough();
  let text = "";
  stream.on("data", (c) => {
    text += String(c);
  });
  return { stream, text: () => text };
}

/** An executor that must never be reached (argument errors stop before Neo4j). */
const unreachable = new Proxy(
  {},
  {
    get() {
      throw new Error("the executor must not be used");
    },
  },
) as Executor;

describe("displayWidth / truncateToWidth", () => {
  it("counts CJK and full-width characters as two columns", () => {
    expect(displayWidth("abc")).toBe(3);
    expect(displayWidth("二连浩特片区")).toBe(12);
    expect(displayWidth("中国（内蒙古）自由贸易试验区")).toBe(28);
    expect(displayWidth("RCEP区域")).toBe(8);
    expect(displayWidth("“一带一路”")).toBe(10);
  });

  it("cuts to a display width with an ellipsis", () => {
    expect(truncateToWidth("二连浩特片区", 7)).toBe("二连浩…");
    expect(displayWidth(truncateToWidth("中蒙俄经济走廊建设", 10))).toBeLessThanOrEqual(10);
    expect(truncateToWidth("short", 10)).toBe("short");
  });
});

describe("formatTable", () => {
  const table = {
    columns: ["area", "zone", "n"],
    rows: [
      { area: "二连浩特片区", zone: "中国（内蒙古）自由贸易试验区", n: 2 },
      { area: "Lingang", zone: "Shanghai FTZ", n: 12 },
      { area: null, zone: ["a", "b"], n: null },
    ],
  };

  it("aligns columns by display width (CJK = 2) and right-aligns numbers", () => {
    const lines = formatTable(table).trimEnd().split("\n");
    expect(lines).toHaveLength(5);
    // every column starts at the same display offset on every line
    const offsets = (line: string, cell: string) => displayWidth(line.slice(0, line.indexOf(cell)));
    expect(offsets(lines[0] ?? "", "zone")).toBe(offsets(lines[2] ?? "", "中国（内蒙古）"));
    expect(offsets(lines[0] ?? "", "zone")).toBe(offsets(lines[3] ?? "", "Shanghai"));
    expect(lines[1]).toMatch(/^-{12} {2}-{28} {2}-{2}$/);
    expect(lines[2]?.endsWith(" 2")).toBe(true);
    expect(lines[3]?.endsWith("12")).toBe(true);
    expect(lines[4]).toContain("a; b");
  });

  it("shows line breaks as ⏎ and cuts long cells", () => {
    const out = formatTable(
      { columns: ["q"], rows: [{ q: `第一行\n${"长".repeat(100)}` }] },
      { maxCellWidth: 20 },
    );
    expect(out).toContain("第一行⏎");
    expect(out).toContain("…");
    expect(out.split("\n").every((l) => displayWidth(l) <= 20)).toBe(true);
  });
});

describe("formatCsv", () => {
  it("follows RFC 4180: CRLF, quoting of comma, quote and line breaks, doubled quotes", () => {
    const csv = formatCsv({
      columns: ["name", "quote", "n", "list"],
      rows: [
        { name: "二连浩特片区", quote: '深耕"中蒙俄经济走廊", 示范', n: 1, list: ["a", "b"] },
        { name: "x", quote: "line1\nline2", n: null, list: [] },
      ],
    });
    expect(csv).toBe(
      'name,quote,n,list\r\n二连浩特片区,"深耕""中蒙俄经济走廊"", 示范",1,a; b\r\nx,"line1\nline2",,\r\n',
    );
  });
});

describe("formatJson", () => {
  it("prints columns and rows with extra metadata", () => {
    const parsed = JSON.parse(formatJson({ columns: ["a"], rows: [{ a: "二" }] }, { query: "q" }));
    expect(parsed).toEqual({ query: "q", columns: ["a"], rows: [{ a: "二" }] });
  });
});

describe("--param parsing", () => {
  const q = parseQueryFile(
    '// @name t\n// @description d\n// @param ids string[] = [] — ids\n// @param x string = "" — x\nRETURN $ids, $x\n',
    "t.cypher",
  );

  it("splits on the first = and keeps = in values", () => {
    expect(parseParamFlag("x=a=b")).toEqual(["x", "a=b"]);
    expect(() => parseParamFlag("novalue")).toThrow(/expected key=value/);
    expect(() => parseParamFlag("=v")).toThrow(/expected key=value/);
  });

  it("collects repeated keys into a list only for string[] parameters", () => {
    expect(collectParams(q, ["ids=a", "ids=b", "x=1"])).toEqual({ ids: ["a", "b"], x: "1" });
    expect(() => collectParams(q, ["x=1", "x=2"])).toThrow(/--param x is given twice/);
  });
});

describe("queryCommand argument errors (exit 2, nothing sent to Neo4j)", () => {
  it.each([
    [["zone_areas", "--bogus"], /Unknown option '--bogus'/],
    [[], /which query\?/],
    [["zone_areas", "extra"], /unexpected argument: extra/],
    [["no_such_query"], /Unknown query "no_such_query"/],
    [["zone_areas", "--format", "xml"], /--format xml: expected one of table, json, csv/],
    [["zone_areas", "--limit", "0"], /--limit 0: expected a whole number/],
    [["zone_areas", "--param", "zone"], /--param zone: expected key=value/],
    [["zone_areas", "--param", "nope=1"], /Unknown parameter "nope" for query zone_areas/],
    [
      ["most_connected", "--param", "limit=many"],
      /Parameter "limit" of query most_connected must be an integer/,
    ],
  ])("%j", async (argv, message) => {
    const out = sink();
    const err = sink();
    const code = await queryCommand(argv, { executor: unreachable, out: out.stream, err: err.stream });
    expect(code).toBe(2);
    expect(err.text()).toMatch(message);
    expect(out.text()).toBe("");
  });

  it("--list prints every query with its parameters", async () => {
    const out = sink();
    const code = await queryCommand(["--list"], {
      executor: unreachable,
      out: out.stream,
      err: sink().stream,
    });
    expect(code).toBe(0);
    expect(out.text()).toContain("zone_areas — Areas (片区) of a zone");
    expect(out.text()).toContain('--param zone=<string>  (default "中国（内蒙古）自由贸易试验区")');
  });
});
