import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ARRAY_DELIMITER, BulkRefusal, writeImportCsv } from "../../../../server/load/csv";
import { sourceFromGraph, sourceFromNdjsonFile } from "../../../../server/load/source";
import { ndjsonLines } from "../../../support/ndjson";

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

/** Every file of a CSV set (name and content), in order: what neo4j-admin reads. */
function contents(set: { nodes: string[]; relationships: string[]; repeats: string | null }) {
  return [...set.nodes, ...set.relationships, ...(set.repeats ? [set.repeats] : [])].map((f) => [
    path.basename(f),
    fs.readFileSync(f, "utf8"),
  ]);
}

/** The fixture as an NDJSON file, with a repeated node and edge and free-form properties. */
function ndjsonFixture(file: string): void {
  const g = structuredClone(fixture);
  g.nodes.push({ ...g.nodes[0], nameEn: "again", properties: { area: 12, share: 0.25 } });
  g.edges.push({ ...g.edges[0], id: "another" });
  const [e1] = g.edges.slice(1, 2);
  g.edges.push({
    ...e1,
    id: "free",
    source: e1.target,
    target: e1.source,
    properties: { weight: 2.5, tags: ["a", "b"] },
  });
  // Claims first: their passages come later (STATED_IN written at the end).
  const lines = ndjsonLines(g, ["claims", "documents", "passages", "nodes", "edges", "mentions"]);
  fs.writeFileSync(file, `${lines.join("\r\n")}\n`);
}

describe("CSVs for neo4j-admin import", { timeout: 60_000 }, () => {
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

  it("gives every entity row its degree, type counts and labels; no cell for an empty list", async () => {
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
      const labels = `Entity${ARRAY_DELIMITER}${n.type}`;
      expect(rows.get(n.id), n.id).toMatch(new RegExp(`,${degree},("[^"]+")?,${labels}$`));
    }
    expect(rows.get("lonely")?.endsWith(`,0,,Entity${ARRAY_DELIMITER}FreeTradeZone`)).toBe(true);
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

  it("the CSV worker thread writes the very files the inline encoder writes (NDJSON lines passed as text)", async () => {
    const file = path.join(dir, "fixture.ndjson");
    ndjsonFixture(file);
    const load = {
      id: "L",
      source: file,
      checksum: "c",
      reset: false,
      host: "h",
      pid: 1,
      startedAt: "2026-01-01T00:00:00Z",
    };
    const inline = await writeImportCsv(sourceFromNdjsonFile(file), path.join(dir, "inline"), {
      load,
      inline: true,
    });
    const worker = await writeImportCsv(sourceFromNdjsonFile(file), path.join(dir, "worker"), { load });
    expect(inline.repeated).toBe(2);
    expect(worker).toMatchObject({ rows: inline.rows, repeated: 2, recount: inline.recount });
    expect(contents(worker)).toEqual(contents(inline));
    expect(
      contents(inline)
        .map(([, text]) => text)
        .join(""),
    ).toContain(",STATED_IN");
    // The same rows as from the in-memory graph (records serialised for the worker).
    const g = structuredClone(fixture);
    const memory = await writeImportCsv(sourceFromGraph(g), path.join(dir, "memory"), {
      load: { ...load, source: "m" },
    });
    const memoryInline = await writeImportCsv(sourceFromGraph(g), path.join(dir, "memory-inline"), {
      load: { ...load, source: "m" },
      inline: true,
    });
    expect(contents(memory)).toEqual(contents(memoryInline));
  });

  it("a refusal in the worker thread is a BulkRefusal naming the record, and no part file is left", async () => {
    const g = structuredClone(fixture);
    g.nodes[1].properties = { tags: [] };
    const out = path.join(dir, "refused");
    await expect(writeImportCsv(sourceFromGraph(g), out)).rejects.toThrow(/nodes\.1\.tags is an empty list/);
    await expect(writeImportCsv(sourceFromGraph(g), out)).rejects.toBeInstanceOf(BulkRefusal);
    expect(fs.readdirSync(out).filter((f) => f.endsWith(".part"))).toEqual([]);
  });
});
