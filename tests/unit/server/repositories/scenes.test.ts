import { describe, expect, it } from "vitest";
import { SCENE_SCHEMA, saveSceneQuery, sceneByIdQuery } from "../../../../server/repositories/scenes";

describe("scene query builders", () => {
  it("stores a scene with MERGE on its id, setting the JSON and date only on create", () => {
    const q = saveSceneQuery("abcdefghijklmnop", '{"v":1}');
    expect(q.cypher).toMatchInlineSnapshot(`
      "MERGE (s:Scene {id: $id})
      ON CREATE SET s.json = $json, s.created = datetime()
      RETURN s.json AS json, toString(s.created) AS created"
    `);
    expect(q.params).toEqual({ id: "abcdefghijklmnop", json: '{"v":1}' });
  });
  it("reads a scene by id through the unique constraint's index, the id as a parameter", () => {
    const q = sceneByIdQuery("x') DETACH DELETE s //");
    expect(q.cypher).toMatchInlineSnapshot(
      `"MATCH (s:Scene {id: $id}) RETURN s.json AS json, toString(s.created) AS created"`,
    );
    expect(q.params).toEqual({ id: "x') DETACH DELETE s //" });
    expect(SCENE_SCHEMA).toEqual([
      "CREATE CONSTRAINT scene_id IF NOT EXISTS FOR (s:Scene) REQUIRE s.id IS UNIQUE",
    ]);
  });
});
