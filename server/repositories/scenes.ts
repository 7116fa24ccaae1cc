/**
 * Stored share scenes: (:Scene {id, json, created}) nodes, a label the loader does not own, so
 * `load --reset` keeps them. MERGE on the content hash: storing the same scene twice writes nothing new,
 * and a stored scene is never changed (ON CREATE only; no update or delete query exists).
 */
import type { Executor, Query } from "../neo4j/executor";

export const SCENE_SCHEMA = ["CREATE CONSTRAINT scene_id IF NOT EXISTS FOR (s:Scene) REQUIRE s.id IS UNIQUE"];

/** Stores the scene unless its id is already there; returns what is stored under the id. */
export function saveSceneQuery(id: string, json: string): Query {
  return {
    cypher: `MERGE (s:Scene {id: $id})
ON CREATE SET s.json = $json, s.created = datetime()
RETURN s.json AS json, toString(s.created) AS created`,
    params: { id, json },
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

const TIMEOUT = { timeoutMs: 5000 };

export class SceneRepository {
  private schemaReady = false;

  constructor(private readonly executor: Executor) {}

  private async schema(): Promise<void> {
    if (this.schemaReady) return;
    for (const s of SCENE_SCHEMA) await this.executor.executeSchema(s);
    this.schemaReady = true;
  }

  async save(id: string, json: string): Promise<SceneRow> {
    await this.schema();
    const r = await this.executor.executeWrite(saveSceneQuery(id, json), TIMEOUT);
    return r.records[0]?.toObject() as SceneRow;
  }

  async get(id: string): Promise<SceneRow | null> {
    const r = await this.executor.executeRead(sceneByIdQuery(id), TIMEOUT);
    return (r.records[0]?.toObject() as SceneRow | undefined) ?? null;
  }
}
