import { describe, expect, it } from "vitest";
import { adminImportArgs, lastLines, parseAdminOutput } from "../../../../server/load/adminImport";
import { ARRAY_DELIMITER } from "../../../../server/load/csvCells";

describe("neo4j-admin import: arguments and output", () => {
  it("imports every file into the neo4j database, replacing it", () => {
    const args = adminImportArgs({ nodes: ["a.csv"], relationships: ["r.csv"] });
    expect(args.slice(0, 3)).toEqual(["database", "import", "full"]);
    expect(args).toContain(`--array-delimiter=${ARRAY_DELIMITER}`);
    expect(args).toContain("--overwrite-destination=true");
    expect(args).toContain("--nodes=a.csv");
    expect(args).toContain("--relationships=r.csv");
    expect(args.at(-1)).toBe("neo4j");
  });

  it("reads the import's own time and counts, in every form neo4j-admin prints them", () => {
    const out = (t: string) => `IMPORT DONE in ${t}. \nImported:\n  1606 nodes\n  6600 relationships\n`;
    expect(parseAdminOutput(out("1m 45s 600ms"), 99)).toEqual({
      importSeconds: 105.6,
      nodes: 1606,
      relationships: 6600,
    });
    expect(parseAdminOutput(out("9s"), 99).importSeconds).toBe(9);
    expect(parseAdminOutput(out("5s 820ms"), 99).importSeconds).toBeCloseTo(5.82);
    expect(parseAdminOutput("no summary", 12.5).importSeconds).toBe(12.5);
  });

  it("keeps the last meaningful lines of a failure, without stack frames", () => {
    const out =
      "Starting\nError: Could not find or load main class org.neo4j.cli.AdminTool\n\tat x.y(Z.java:1)\n";
    expect(lastLines(out)).toBe(
      "Starting | Error: Could not find or load main class org.neo4j.cli.AdminTool",
    );
  });
});
