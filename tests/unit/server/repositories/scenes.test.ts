import { describe, expect, it } from "vitest";
import {
  openSceneQuery,
  SCENE_SCHEMA,
  saveSceneQuery,
  sceneByIdQuery,
} from "../../../../server/repositories/scenes";

describe("scene query builders", () => {
  it("stores a new scene only below the cap, under the quota node's write lock, the values as parameters", () => {
    const q = saveSceneQuery("abcdefghijklmnop", '{"v":1}', 10_000.7);
    expect(q.cypher).toMatchInlineSnapshot(`
      "MERGE (q:SceneStore {id: 'quota'})
      SET q.saves = coalesce(q.saves, 0) + 1
      WITH q
      OPTIONAL MATCH (old:Scene {id: $id})
      WITH old, COUNT { (:Scene) } AS total
      CALL (old, total) {
        MATCH (e:Scene) WHERE e.used IS NOT NULL AND old IS NULL AND $evict AND total >= $max
        WITH e ORDER BY e.used ASC LIMIT 100
        WITH collect(e) AS candidates
        UNWIND candidates[..(total - $max + 1)] AS gone
        DETACH DELETE gone
        RETURN count(*) AS evicted
      }
      FOREACH (_ IN CASE WHEN old IS NULL AND total - evicted < $max THEN [1] ELSE [] END |
        CREATE (:Scene {id: $id, json: $json, created: datetime(), used: datetime()}))
      FOREACH (_ IN CASE WHEN old IS NOT NULL AND $evict THEN [1] ELSE [] END | SET old.used = datetime())
      WITH total, evicted
      OPTIONAL MATCH (s:Scene {id: $id})
      RETURN s.json AS json, toString(s.created) AS created, total, evicted"
    `);
    expect(q.params).toEqual({ id: "abcdefghijklmnop", json: '{"v":1}', max: 10_000, evict: false });
    expect(saveSceneQuery("abcdefghijklmnop", "{}", -3).params?.max).toBe(0);
  });
  it("reads a scene by id through the unique constraint's index, the id as a parameter", () => {
    const q = sceneByIdQuery("x') DETACH DELETE s //");
    expect(q.cypher).toMatchInlineSnapshot(
      `"MATCH (s:Scene {id: $id}) RETURN s.json AS json, toString(s.created) AS created"`,
    );
    expect(q.params).toEqual({ id: "x') DETACH DELETE s //" });
    expect(SCENE_SCHEMA).toEqual([
      "CREATE CONSTRAINT scene_id IF NOT EXISTS FOR (s:Scene) REQUIRE s.id IS UNIQUE",
      "CREATE CONSTRAINT scene_store_id IF NOT EXISTS FOR (q:SceneStore) REQUIRE q.id IS UNIQUE",
      "CREATE INDEX scene_used IF NOT EXISTS FOR (s:Scene) ON (s.used)",
    ]);
  });
  it("evicts only when asked, the least recently used first, on the index of `used`", () => {
    const q = saveSceneQuery("abcdefghijklmnop", "{}", 5, true);
    expect(q.params?.evict).toBe(true);
    expect(q.cypher).toContain("old IS NULL AND $evict AND total >= $max");
    expect(q.cypher).toContain("ORDER BY e.used ASC LIMIT 100");
    expect(q.cypher).toContain("UNWIND candidates[..(total - $max + 1)] AS gone");
    expect(openSceneQuery("x").cypher).toContain("SET s.used = datetime()");
  });
});
