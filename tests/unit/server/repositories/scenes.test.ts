import { describe, expect, it } from "vitest";
import { SCENE_SCHEMA, saveSceneQuery, sceneByIdQuery } from "../../../../server/repositories/scenes";

describe("scene query builders", () => {
  it("stores a new scene only below the cap, under the quota node's write lock, the values as parameters", () => {
    const q = saveSceneQuery("abcdefghijklmnop", '{"v":1}', 10_000.7);
    expect(q.cypher).toMatchInlineSnapshot(`
      "MERGE (q:SceneStore {id: 'quota'})
      SET q.saves = coalesce(q.saves, 0) + 1
      WITH q
      OPTIONAL MATCH (old:Scene {id: $id})
      WITH old, COUNT { (:Scene) } AS total
      FOREACH (_ IN CASE WHEN old IS NULL AND total < $max THEN [1] ELSE [] END |
        CREATE (:Scene {id: $id, json: $json, created: datetime()}))
      WITH total
      OPTIONAL MATCH (s:Scene {id: $id})
      RETURN s.json AS json, toString(s.created) AS created, total"
    `);
    expect(q.params).toEqual({ id: "abcdefghijklmnop", json: '{"v":1}', max: 10_000 });
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
    ]);
  });
});
