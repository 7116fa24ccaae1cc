import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ARRAY_DELIMITER, BulkRefusal, writeImportCsv } from "../../../../server/load/csv";
import { sourceFromGraph } from "../../../../server/load/source";

const fixture = JSON.parse(
  fs.readFileSync(path.join(__dirname, "../../../fixtures/loader/graph.json"), "utf8"),
);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "zonegraph-csv-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Header and data lines of every file whose header starts with `prefix`. */
function rowsOf(files: string[], prefix: string): { header: string; lines: string[] }[] {
  return files
    .map((f) => fs.readFileSync(f, "utf8").trimEnd().split("\n"))
    .filter(([header]) => header?.startsWith(prefix))
    .map(([header, ...lines]) => ({ header: header ?? "", lines }));
}
const count = (groups: { lines: string[] }[]) => groups.reduce((n, g) => n + g.lines.length, 0);

describe("CSVs for neo4j-admin import", () => {
  it("writes every record, claims included, with neo4j-admin headers and typed properties", async () => {
    const set = await writeImportCsv(sourceFromGraph(fixture), path.join(dir, "all"), { loadId: "L1" });
    expect(count(rowsOf(set.nodes, "id:ID(Entity)"))).toBe(fixture.nodes.length);
    expect(count(rowsOf(set.nodes, "id:ID(Document)"))).toBe(fixture.documents.length);
    expect(count(rowsOf(set.nodes, "id:ID(Passage)"))).toBe(fixture.passages.length);
    expect(count(rowsOf(set.nodes, "id:ID(Claim)"))).toBe(fixture.claims.length);
    const rels = set.relationships.map((f) => fs.readFileSync(f, "utf8")).join("");
    expect(rels.match(/,MENTIONED_IN/g)).toHaveLength(fixture.mentions.length);
    expect(rels.match(/,IN_DOCUMENT/g)).toHaveLength(fixture.passages.length);
    expect(rels.match(/,ABOUT/g)).toHaveLength(fixture.claims.length);
    expect(rels).toContain(",STATED_IN");
    const entities = rowsOf(set.nodes, "id:ID(Entity)");
    // The free-form property `category` of the zone, the label pair joined by the array delimiter.
    expect(entities.some((g) => g.header.includes("category:string"))).toBe(true);
    expect(entities.flatMap((g) => g.lines).join("\n")).toContain(`Entity${ARRAY_DELIMITER}FreeTradeZone`);
    // Whole numbers the loader sends as neo4j Integers are longs; JS numbers are doubles.
    expect(rowsOf(set.nodes, "id:ID(Document)")[0]?.header).toContain("year:long");
    expect(rowsOf(set.nodes, "id:ID(Passage)")[0]?.header).toContain("start:double");
    expect(rels).toContain('"L1"');
    expect(set.repeats).toBeNull();
    expect(set.rows).toBe(7 + fixture.edges.length + fixture.mentions.length);
  });

  it("gives every entity row its degree, type counts and labels; the fill label when a list is empty", async () => {
    const g = structuredClone(fixture);
    g.nodes.push({ ...g.nodes[0], id: "lonely", name: "孤", aliases: [] });
    const set = await writeImportCsv(sourceFromGraph(g), path.join(dir, "deg"));
    const groups = rowsOf(set.nodes, "id:ID(Entity)");
    for (const { header } of groups)
      expect(header.endsWith(",degree:long,typeCounts:string[],:LABEL")).toBe(true);
    const rows = new Map(
      groups.flatMap((x) => x.lines).map((line) => [/^"([^"]+)"/.exec(line)?.[1] ?? "", line]),
    );
    expect(rows.size).toBe(g.nodes.length);
    for (const n of g.nodes as { id: string; type: string; aliases: string[] }[]) {
      const edges = (g.edges as { source: string; target: string; type: string }[]).filter(
        (e) => e.source === n.id || e.target === n.id,
      );
      const degree = edges.filter((e) => e.type !== "CO_OCCURS").length;
      const fill = edges.length === 0 || n.aliases.length === 0;
      const labels = `Entity${ARRAY_DELIMITER}${n.type}${fill ? `${ARRAY_DELIMITER}BulkFill` : ""}`;
      expect(rows.get(n.id), n.id).toMatch(new RegExp(`,${degree},("[^"]+")?,${labels}$`));
    }
    expect(
      rows.get("lonely")?.endsWith(`,0,,Entity${ARRAY_DELIMITER}FreeTradeZone${ARRAY_DELIMITER}BulkFill`),
    ).toBe(true);
    expect(fs.readdirSync(path.join(dir, "deg")).filter((f) => f.endsWith(".part"))).toEqual([]);
  });

  it("sends a repeated key to repeats.ndjson instead of a second row", async () => {
    const g = structuredClone(fixture);
    g.nodes.push({ ...g.nodes[0], nameEn: "again" });
    g.edges.push({ ...g.edges[0], id: "another" });
    const set = await writeImportCsv(sourceFromGraph(g), path.join(dir, "rep"));
    expect(count(rowsOf(set.nodes, "id:ID(Entity)"))).toBe(fixture.nodes.length);
    expect(set.repeated).toBe(2);
    const lines = fs
      .readFileSync(set.repeats ?? "", "utf8")
      .trim()
      .split("\n");
    expect(lines.map((l) => Object.keys(JSON.parse(l))[0])).toEqual(["version", "node", "edge"]);
    // The ends of the repeated relationship get their degrees recomputed after its MERGE.
    expect(set.recount.sort()).toEqual([g.edges[0].source, g.edges[0].target].sort());
  });

  it("quotes every string (an empty one stays empty) and joins arrays with the unit separator", async () => {
    const g = structuredClone(fixture);
    g.nodes[0].aliases = ['名,字"', "b"];
    g.nodes[0].properties = { note: "" };
    const set = await writeImportCsv(sourceFromGraph(g), path.join(dir, "q"));
    const text = set.nodes.map((f) => fs.readFileSync(f, "utf8")).join("");
    expect(text).toContain(`"名,字""${ARRAY_DELIMITER}b"`);
    expect(text).toMatch(/note:string/);
    expect(text).toContain(',"",');
  });

  it("refuses what the CSVs cannot carry exactly (an empty free-form list)", async () => {
    const g = structuredClone(fixture);
    g.nodes[0].properties = { tags: [] };
    await expect(writeImportCsv(sourceFromGraph(g), path.join(dir, "r"))).rejects.toThrow(BulkRefusal);
  });
});
