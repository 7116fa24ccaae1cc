/** `zonegraph query` end to end on the real Neo4j: queryCommand with the test executor. */
import { afterAll, describe, expect, it } from "vitest";
import { queryCommand } from "../../../../server/cli/commands/query";
import { displayWidth } from "../../../../server/queries/format";
import { capturedStreams } from "../../../support/capture";
import { testExecutor } from "../../../support/neo4j";

const executor = testExecutor();
afterAll(() => executor.close());

async function cli(argv: string[]) {
  const { out, err, seen } = capturedStreams();
  const code = await queryCommand(argv, { executor, out, err });
  return { code, ...seen };
}

describe("zonegraph query (real Neo4j)", () => {
  it("prints an aligned table by default", async () => {
    const r = await cli(["zone_areas"]);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split("\n");
    expect(lines[0]).toMatch(/^zone\s+area\s+nameEn/);
    expect(r.stdout).toContain("二连浩特片区");
    // the "area" column starts at the same display column on every line
    const start = (l: string, cell: string) => displayWidth(l.slice(0, l.indexOf(cell)));
    const areaCol = start(lines[0] ?? "", "area");
    for (const l of lines.slice(2)) {
      expect(
        start(
          l,
          l.includes("二连浩特片区")
            ? "二连浩特片区"
            : l.includes("满洲里片区")
              ? "满洲里片区"
              : "呼和浩特片区",
        ),
      ).toBe(areaCol);
    }
    expect(r.stderr).toMatch(/3 rows in/);
  });

  it("--format json with --param coerced from strings", async () => {
    const r = await cli([
      "most_connected",
      "--param",
      "type=FreeTradeZone",
      "--param",
      "limit=4",
      "--format",
      "json",
    ]);
    expect(r.code).toBe(0);
    const parsed = JSON.parse(r.stdout);
    expect(parsed.query).toBe("most_connected");
    expect(parsed.params).toEqual({ type: "FreeTradeZone", limit: 4 });
    expect(parsed.rows).toHaveLength(4);
    expect(parsed.columns).toContain("degree");
  });

  it("--format csv is RFC 4180", async () => {
    const r = await cli(["zone_areas", "--param", "zone=中国（内蒙古）自由贸易试验区", "--format", "csv"]);
    expect(r.code).toBe(0);
    const lines = r.stdout.split("\r\n");
    expect(lines[0]).toBe("zone,area,nameEn,cities,confidence,evidenceCount,documents,exampleQuote");
    expect(lines.some((l) => l.startsWith("中国（内蒙古）自由贸易试验区,二连浩特片区,Erenhot Area,"))).toBe(
      true,
    );
    expect(lines.at(-1)).toBe("");
  });

  it("--limit caps the rows and says so", async () => {
    const r = await cli(["document_mentions", "--limit", "2", "--format", "json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).rows).toHaveLength(2);
    expect(JSON.parse(r.stdout).truncated).toBe(true);
    expect(r.stderr).toMatch(/raise --limit/);
  });

  it("a badly typed --param is a clear error (exit 2) naming the parameter", async () => {
    const r = await cli(["most_connected", "--param", "limit=lots"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Parameter "limit" of query most_connected must be an integer, got "lots"/);
    expect(r.stdout).toBe("");
  });

  it("an unknown --param and an unknown flag are clear errors (exit 2)", async () => {
    const a = await cli(["zone_areas", "--param", "zoen=x"]);
    expect(a.code).toBe(2);
    expect(a.stderr).toMatch(/Unknown parameter "zoen" for query zone_areas \(parameters: zone\)/);
    const b = await cli(["zone_areas", "--verbose"]);
    expect(b.code).toBe(2);
    expect(b.stderr).toMatch(/Unknown option '--verbose'/);
  });
});
