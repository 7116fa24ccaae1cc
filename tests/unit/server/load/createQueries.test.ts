import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ExtractedGraph } from "../../../../contracts/graph";
import {
  createEdgesQuery,
  createMentionsQuery,
  createNodesQuery,
  createPassagesQuery,
} from "../../../../server/load/createQueries";
import { edgesQuery, mentionsQuery, nodesQuery, passagesQuery } from "../../../../server/load/queries";

const fixture = ExtractedGraph.parse(
  JSON.parse(fs.readFileSync(path.join(__dirname, "../../../fixtures/loader/graph.json"), "utf8")),
);

describe("CREATE twins of the loader's MERGE statements", () => {
  it("CREATE, never MERGE, with the same rows for nodes, passages and mentions", () => {
    const pairs = [
      [createNodesQuery("Area", fixture.nodes, "l"), nodesQuery("Area", fixture.nodes, "l")],
      [createPassagesQuery(fixture.passages, "l"), passagesQuery(fixture.passages, "l")],
      [createMentionsQuery(fixture.mentions, "l"), mentionsQuery(fixture.mentions, "l")],
    ] as const;
    for (const [create, merge] of pairs) {
      expect(create.cypher).toContain("CREATE (");
      expect(create.cypher).not.toContain("MERGE");
      expect(create.params).toEqual(merge.params);
    }
    expect(createNodesQuery("Area", [], "l").cypher).toContain("CREATE (n:Entity:Area {id: row.id})");
  });

  it("writes an edge's properties in the CREATE pattern, with no SET when no edge has free-form ones", () => {
    const q = createEdgesQuery(fixture.edges, "l");
    expect(q.cypher).toContain(
      "CREATE (s)-[r:$(row.type) {id: row.props.id, confidence: row.props.confidence",
    );
    for (const k of ["evidenceDocs", "evidencePassages", "evidenceStarts", "evidenceEnds", "evidenceQuotes"])
      expect(q.cypher).toContain(`${k}: row.props.${k}`);
    expect(q.cypher).toContain("loadId: $load}]->(t)");
    expect(q.cypher).not.toContain("SET");
    // Each row carries its own type, and the same property values as the MERGE statement.
    expect((q.params as { rows: { type: string }[] }).rows.map((r) => r.type)).toEqual(
      fixture.edges.map((e) => e.type),
    );
    const merge = edgesQuery("PART_OF", fixture.edges, "l");
    expect((q.params as { rows: { props: unknown }[] }).rows.map((r) => r.props)).toEqual(
      (merge.params as { rows: { props: unknown }[] }).rows.map((r) => r.props),
    );
  });

  it("adds free-form edge properties with a SET, never over the reserved ones", () => {
    const [e] = fixture.edges;
    const edge = { ...e!, properties: { weight: 3, id: "not the id", confidence: 2 } };
    const q = createEdgesQuery([edge, e!], "l");
    expect(q.cypher).toContain("SET r += coalesce(row.extra, {})");
    const rows = q.params?.rows as { extra?: unknown }[];
    expect(rows[0]?.extra).toEqual({ weight: 3 });
    expect(rows[1]?.extra).toBeUndefined();
    expect(() => createEdgesQuery([{ ...e!, type: "NOT_A_TYPE" as never }], "l")).toThrow(
      /Unknown relationship type/,
    );
  });
});
