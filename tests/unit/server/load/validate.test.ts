import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { type GraphSource, sourceFromGraph } from "../../../../server/load/source";
import { validateSource } from "../../../../server/load/validate";

const fixture = JSON.parse(
  fs.readFileSync(path.join(__dirname, "../../../fixtures/loader/graph.json"), "utf8"),
);

describe("validation pass", () => {
  it("counts the records of each section and sees that references point back", async () => {
    const v = await validateSource(sourceFromGraph(fixture));
    expect(v.counts).toMatchObject({ documents: 1, passages: 2, nodes: 3, edges: 2, claims: 1 });
    expect(v.inOrder).toBe(true);
  });

  it("accepts references to records that come later, and then asks for a second write pass", async () => {
    const reordered: GraphSource = {
      name: "edges first",
      async *records() {
        for (const [i, item] of fixture.edges.entries())
          yield { section: "edges", item, where: `edges.${i}` };
        for (const [i, item] of fixture.nodes.entries())
          yield { section: "nodes", item, where: `nodes.${i}` };
      },
      version: () => 1,
      checksum: async () => "x",
    };
    const v = await validateSource(reordered);
    expect(v.inOrder).toBe(false);
  });

  it("names the record and field of the first invalid value", async () => {
    const broken = structuredClone(fixture);
    broken.nodes[2].type = "Planet";
    await expect(validateSource(sourceFromGraph(broken))).rejects.toThrow(
      /invalid at nodes\.2\.type: .*nothing was changed/,
    );
  });

  it("names a dangling reference wherever it is", async () => {
    const dangling = structuredClone(fixture);
    dangling.mentions[0].passage = "doc:fixture#p99";
    await expect(validateSource(sourceFromGraph(dangling))).rejects.toThrow(
      /mention names unknown passage doc:fixture#p99/,
    );
  });

  it("refuses a graph of another version", async () => {
    await expect(validateSource(sourceFromGraph({ ...fixture, version: 2 }))).rejects.toThrow(
      /version: expected 1, got 2/,
    );
  });
});
