import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ARRAY_DELIMITER, writeImportCsv } from "../../../../server/load/csv";
import { sourceFromGraph } from "../../../../server/load/source";

const fixture = JSON.parse(
  fs.readFileSync(path.join(__dirname, "../../../fixtures/loader/graph.json"), "utf8"),
);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "zonegraph-csv-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("CSVs for neo4j-admin import", () => {
  it("one row per record with neo4j-admin headers, labels and array cells", async () => {
    const set = await writeImportCsv(sourceFromGraph(fixture), dir);
    expect(set.nodes.map((f) => path.basename(f))).toEqual(["documents.csv", "passages.csv", "entities.csv"]);
    const entities = fs.readFileSync(path.join(dir, "entities.csv"), "utf8").trim().split("\n");
    expect(entities[0]).toMatch(/^id:ID\(Entity\),:LABEL,/);
    expect(entities).toHaveLength(1 + fixture.nodes.length);
    const zone = entities.find((l) => l.startsWith("FreeTradeZone:"));
    expect(zone).toContain("Entity;FreeTradeZone");
    const edges = fs.readFileSync(path.join(dir, "edges.csv"), "utf8").trim().split("\n");
    expect(edges).toHaveLength(1 + fixture.edges.length);
    expect(edges[0]).toContain("evidenceStarts:int[]");
    const mentions = fs.readFileSync(path.join(dir, "mentions.csv"), "utf8").trim().split("\n");
    expect(mentions).toHaveLength(1 + fixture.mentions.length);
  });

  it("quotes cells with commas or quotes and joins arrays with the unit separator", async () => {
    const g = structuredClone(fixture);
    g.nodes[0].name = '名,字"';
    g.nodes[0].aliases = ["a", "b"];
    const sub = path.join(dir, "q");
    await writeImportCsv(sourceFromGraph(g), sub);
    const text = fs.readFileSync(path.join(sub, "entities.csv"), "utf8");
    expect(text).toContain('"名,字"""');
    expect(text).toContain(`a${ARRAY_DELIMITER}b`);
  });
});
