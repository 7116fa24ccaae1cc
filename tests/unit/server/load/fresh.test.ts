import { describe, expect, it } from "vitest";
import { deferrableIndex, splitSchema } from "../../../../server/load/fresh";
import { schemaStatements } from "../../../../server/load/queries";

describe("splitSchema", () => {
  const { required, deferrable } = splitSchema();
  const names = deferrable.map((d) => d.name);

  it("keeps every uniqueness constraint and the :Load index for the start of a load", () => {
    for (const c of ["entity_id", "document_id", "passage_id", "claim_id", "load_id"])
      expect(required.some((s) => s.includes(`CONSTRAINT ${c} `))).toBe(true);
    expect(required.some((s) => s.includes("INDEX load_started"))).toBe(true);
    expect(required.every((s) => deferrableIndex(s) === null)).toBe(true);
  });

  it("defers the full-text, lookup, relationship-id and loadId indexes", () => {
    for (const n of ["entity_search", "passage_search", "entity_name", "rel_part_of_id", "entity_load"])
      expect(names).toContain(n);
    expect(names).not.toContain("load_started");
    expect(required.length + deferrable.length).toBe(schemaStatements().length);
  });

  it("names the index of each kind of CREATE INDEX statement", () => {
    expect(deferrableIndex("CREATE FULLTEXT INDEX x_search IF NOT EXISTS FOR (n:X) ON EACH [n.a]")).toBe(
      "x_search",
    );
    expect(deferrableIndex("CREATE TEXT INDEX t IF NOT EXISTS FOR (n:X) ON (n.a)")).toBe("t");
    expect(deferrableIndex("CREATE CONSTRAINT c IF NOT EXISTS FOR (n:X) REQUIRE n.id IS UNIQUE")).toBeNull();
  });
});
