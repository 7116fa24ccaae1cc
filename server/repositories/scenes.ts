/**
 * Stored share scenes: (:Scene {id, json, created}) nodes, a label the loader does not own, so
 * `load --reset` keeps them. Storing the same scene twice writes nothing new, and a stored scene is never
 * changed (no update or delete query exists). At most `max` scenes are stored: each save first takes the
 * write lock of the one (:SceneStore {id: "quota"}) node, so concurrent saves count one after another and
 * the cap holds exactly.
 */
import { DEFAULT_MAX_SCENES } from "../../contracts/scenes";
import type { Executor, Query } from "../neo4j/executor";

export const SCENE_SCHEMA = [
  "CREATE CONSTRAINT scene_id IF NOT EXISTS FOR (s:Scene) REQUIRE s.id IS UNIQUE",
  "CREATE CONSTRAINT scene_store_id IF NOT EXISTS FOR (q:SceneStore) REQUIRE q.id IS UNIQUE",
];

/**
 * Stores the scene unless its id is already there or `max` scenes are stored; returns what is stored
 * under the id (json null: nothing, the store is full) and how many scenes there were before.
 */
export function saveSceneQuery(id: string, json: string, max: number): Query {
  return {
    cypher: `MERGE (q:SceneStore {id: 'quota'})
SET q.saves = coalesce(q.saves, 0) + 1
WITH q
OPTIONAL MATCH (old:Scene {id: $id})
WITH old, COUNT { (:Scene) } AS total
FOREACH (_ IN CASE WHEN old IS NULL AND total < $max THEN [1] ELSE [] END |
  CREATE (:Scene {id: $id, json: $json, created: datetime()}))
WITH total
OPTIONAL MATCH (s:Scene {id: $id})
RETURN s.json AS json, toString(s.created) AS created, total`,
    params: { id, json, max: Math.max(0, Math.trunc(max)) },
  };
}

export function sceneByIdQuery(id: string): Query {
  return {
    cypher: "MATCH (s:Scene {id: $id}) RETURN s.json AS json, toString(s.created) AS created",
    params: { id },
  };
}

export interface SceneRow {
  json: string;
  created: string;
}

/** A save: the stored row, or json null when the store was full; `total` scenes before it. */
export interface SaveRow {
  json: string | null;
  created: string | null;
  total: number;
}

const TIMEOUT = { timeoutMs: 5000 };

export class SceneRepository {
  private schemaReady = false;

  constructor(private readonly executor: Executor) {}

  private async schema(): Promise<void> {
    if (this.schemaReady) return;
    for (const s of SCENE_SCHEMA) await this.executor.executeSchema(s);
    this.schemaReady = true;
  }

  async save(id: string, json: string, max = DEFAULT_MAX_SCENES): Promise<SaveRow> {
    await this.schema();
    const r = await this.executor.executeWrite(saveSceneQuery(id, json, max), TIMEOUT);
    const row = r.records[0]?.toObject() as { json: string | null; created: string | null; total: unknown };
    return { json: row.json, created: row.created, total: Number(row.total) };
  }

  async get(id: string): Promise<SceneRow | null> {
    const r = await this.executor.executeRead(sceneByIdQuery(id), TIMEOUT);
    return (r.records[0]?.toObject() as SceneRow | undefined) ?? null;
  }
}
