import fs from "node:fs";
import path from "node:path";
import neo4j from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { ExtractedGraph } from "../../../../contracts/graph";
import {
  claimsQuery,
  degreeOfIdsQuery,
  degreeQuery,
  edgesQuery,
  evidenceProperties,
  nodeRow,
  nodesQuery,
  pinyinOf,
  resetBatchQuery,
  resetRelationshipsQuery,
  schemaStatements,
  splitStatements,
  sweepNodesQuery,
  sweepRelationshipsQuery,
} from "../../../../server/load/queries";

const fixture = ExtractedGraph.parse(
  JSON.parse(fs.readFileSync(path.join(__dirname, "../../../fixtures/loader/graph.json"), "utf8")),
);

describe("loader query builders", () => {
  it("splits a .cypher file into statements without comments", () => {
    expect(splitStatements("// c\nMATCH (n)\nRETURN n;\n\nRETURN 1;\n")).toEqual([
      "MATCH (n)\nRETURN n",
      "RETURN 1",
    ]);
    const schema = schemaStatements();
    expect(schema.length).toBeGreaterThan(10);
    expect(schema.every((s) => /^CREATE (CONSTRAINT|INDEX|FULLTEXT INDEX)/.test(s))).toBe(true);
    expect(schema.join("\n")).toContain("'cjk'");
  });

  it("writes the node type as a label and never a user-given one", () => {
    const zones = fixture.nodes.filter((n) => n.type === "FreeTradeZone");
    const q = nodesQuery("FreeTradeZone", zones);
    expect(q.cypher).toContain("SET n:FreeTradeZone");
    expect(q.cypher).toContain("MERGE (n:Entity {id: row.id})");
    expect(() => nodesQuery("Evil`) DETACH DELETE n //" as never, [])).toThrow(/Unknown node type/);
    expect(() => edgesQuery("KNOWS" as never, [])).toThrow(/Unknown relationship type/);
  });

  it("flattens properties without letting them overwrite reserved keys", () => {
    const node = { ...fixture.nodes[0]!, properties: { name: "overwritten?", category: "border" } };
    const row = nodeRow(node);
    expect(row.props.name).toBe(node.name);
    expect((row.props as Record<string, unknown>).category).toBe("border");
    expect(row.props.aliasText).toBe(node.aliases.join(" | "));
  });

  it("stores no empty aliases list: an entity without aliases gets none (absent = empty, as the bulk CSVs)", () => {
    const node = { ...fixture.nodes[0]!, aliases: ["别名"] };
    expect(nodeRow(node).props.aliases).toEqual(["别名"]);
    const bare = nodeRow({ ...node, aliases: [] });
    expect(bare.props.aliases).toBeNull();
    expect(bare.props.aliasText).toBe("");
  });

  it("stores evidence as parallel arrays of equal length", () => {
    const edge = fixture.edges[0]!;
    const props = evidenceProperties([...edge.evidence, ...edge.evidence]);
    const lengths = Object.values(props).map((v) => v.length);
    expect(new Set(lengths)).toEqual(new Set([2]));
    expect(props.evidenceQuotes[0]).toBe(edge.evidence[0]!.quote);
  });

  it("links claims to their subject and every stating passage", () => {
    const q = claimsQuery(fixture.claims);
    const rows = (q.params as { rows: { passages: string[]; props: Record<string, unknown> }[] }).rows;
    expect(rows[0]!.passages).toEqual(["doc:fixture#p1"]);
    expect(rows[0]!.props.predicate).toBe("port_freight_volume");
    expect(q.cypher).toContain("MERGE (c)-[:ABOUT]->(s)");
  });

  it("computes toneless pinyin (full and initials) for Chinese names only", () => {
    expect(pinyinOf(["二连浩特", "Erenhot"])).toBe("erlianhaote elht");
  });

  it("only ever deletes loader-owned labels on reset", () => {
    const rels = resetRelationshipsQuery(10);
    expect(rels.cypher).toContain("a:Entity OR a:Document OR a:Passage OR a:Claim");
    expect(rels.cypher).toContain("IN TRANSACTIONS OF 10 ROWS");
    const q = resetBatchQuery(10);
    expect(q.cypher).toContain("n:Entity OR n:Document OR n:Passage OR n:Claim");
    expect(q.params).toEqual({ batch: neo4j.int(10) });
  });
});

describe("derived properties", () => {
  it("recomputes only the entities a load wrote (index lookup on loadId), or all of them", () => {
    const one = degreeQuery("load-1");
    expect(one.cypher).toContain("MATCH (n:Entity {loadId: $load})");
    expect(one.cypher).toContain("IN TRANSACTIONS OF");
    expect(one.params).toEqual({ load: "load-1" });
    expect(degreeQuery(null).cypher).toMatch(/^MATCH \(n:Entity\)\n/);
  });
  it("stores no empty typeCounts list: an entity with no entity neighbour gets none (absent = empty)", () => {
    for (const q of [degreeQuery(null), degreeQuery("load-1"), degreeOfIdsQuery(["a"])]) {
      expect(q.cypher).toContain("n.typeCounts = CASE size(counts) WHEN 0 THEN null ELSE counts END");
      expect(q.cypher).not.toContain("aliases");
    }
  });
  it("after a bulk import: degrees of the ends of repeated relationship records, by id", () => {
    const q = degreeOfIdsQuery(["a", "b"]);
    expect(q.cypher).toMatch(/^MATCH \(n:Entity\) WHERE n\.id IN \$ids\n/);
    expect(q.cypher).toContain("SET n.degree = degree, n.typeCounts = CASE size(counts)");
    expect(q.params).toEqual({ ids: ["a", "b"] });
  });
  it("a reset sweeps only loader-owned data that the new load did not write", () => {
    expect(sweepNodesQuery("l").cypher).toContain("(n:Entity OR n:Document OR n:Passage OR n:Claim)");
    expect(sweepNodesQuery("l").cypher).toContain("coalesce(n.loadId, '') <> $load");
    expect(sweepRelationshipsQuery("l").cypher).toContain("coalesce(r.loadId, '') <> $load");
  });
});
