import { describe, expect, it } from "vitest";
import { REL_TYPES } from "../../../../contracts/graph";
import {
  EXPORT_REL_TYPES,
  edgePageQuery,
  nextNodeTypeQuery,
  nodePageQuery,
} from "../../../../server/repositories/export";

describe("export page queries", () => {
  it("page entities by (type, id) after a key, never by SKIP", () => {
    const q = nodePageQuery("Area", "Area:x", 500);
    expect(q.cypher).toMatch(/n\.type = \$type AND n\.id > \$after/);
    expect(q.cypher).toMatch(/ORDER BY n\.type, n\.id LIMIT toInteger\(\$limit\)/);
    expect(q.cypher).not.toMatch(/SKIP/);
    expect(q.params).toEqual({ type: "Area", after: "Area:x", limit: 500 });
  });
  it("find the next entity type with one ordered seek", () => {
    expect(nextNodeTypeQuery(null).cypher).toMatch(/n\.type IS NOT NULL[\s\S]*ORDER BY n\.type LIMIT 1/);
    expect(nextNodeTypeQuery("Area").cypher).toMatch(/n\.type > \$after/);
  });
  it("page relationships of one type by id, and refuse a type that is not one", () => {
    const q = edgePageQuery("PART_OF", "PART_OF:a", 10);
    expect(q.cypher).toMatch(/\[r:PART_OF\]->\(b:Entity\) WHERE r\.id > \$after/);
    expect(q.cypher).toMatch(/ORDER BY r\.id LIMIT toInteger\(\$limit\)/);
    expect(() => edgePageQuery("X]->() DETACH DELETE a//" as never, "", 1)).toThrow(
      /Unknown relationship type/,
    );
  });
  it("list every relationship type in Cypher's string order", () => {
    expect(EXPORT_REL_TYPES).toEqual([...REL_TYPES].sort());
    expect(EXPORT_REL_TYPES).toHaveLength(REL_TYPES.length);
  });
});
