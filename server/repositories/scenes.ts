/**
 * Stored share scenes: (:Scene {id, json, created, used}) nodes, a label the loader does not own, so
 * `load --reset` keeps them. Storing the same scene twice writes nothing new, and a stored scene's json is
 * never changed. At most `max` scenes are stored: each save first takes the write lock of the one
 * (:SceneStore {id: "quota"}) node, so concurrent saves count one after another and the cap holds exactly.
 * With eviction ("oldest-unused"), a save into a full store deletes the scenes least recently used
 * (`used`: stored or opened, on the index scene_used) to make room, and opening a scene updates `used`;
 * without it, nothing is ever deleted and reads write nothing.
 */
import { DEFAULT_MAX_SCENES } from "../../contracts/scenes";
import type { Executor, Query } from "../neo4j/executor";

export const SCENE_SCHEMA = [
  "CREATE CONSTRAINT scene_id IF NOT EXISTS FOR (s:Scene) REQUIRE s.id IS UNIQUE",
  "CREATE CONSTRAINT scene_store_id IF NOT EXISTS FOR (q:SceneStore) REQUIRE q.id IS UNIQUE",
  "CREATE INDEX scene_used IF NOT EXISTS FOR (s:Scene) ON (s.used)",
];

/**
 * Most scenes one save evicts: one when the store is at its cap; after SCENES_MAX was lowered, saves
 * evict up to this many each (refused with 507 until the store is under the cap again).
 */
export const EVICT_BATCH = 100;

/** Scenes stored before `used` existed count as used when they were stored. */
export const BACKFILL_USED: Query = {
  cypher: "MATCH (s:Scene) WHERE s.used IS NULL SET s.used = s.created",
};

/**
 * Stores the scene unless its id is already there or `max` scenes are stored (with `evict`, the least
 * recently used scenes are deleted first to make room); returns what is stored under the id (json null:
 * nothing, the store is full), how many scenes there were before, and how many were evicted.
 */
export function saveSceneQuery(id: string, json: string, max: number, evict = false): Query {
  return {
    cypher: `MERGE (q:SceneStore {id: 'quota'})
SET q.saves = coalesce(q.saves, 0) + 1
WITH q
OPTIONAL MATCH (old:Scene {id: $id})
WITH old, COUNT { (:Scene) } AS total
CALL (old, total) {
  MATCH (e:Scene) WHERE e.used IS NOT NULL AND old IS NULL AND $evict AND total >= $max
  WITH e ORDER BY e.used ASC LIMIT ${EVICT_BATCH}
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
RETURN s.json AS json, toString(s.created) AS created, total, evicted`,
    params: { id, json, max: Math.max(0, Math.trunc(max)), evict },
  };
}

/** Opening a scene under eviction: it becomes the most recently used. */
export function openSceneQuery(id: string): Query {
  return {
    cypher:
      "MATCH (s:Scene {id: $id}) SET s.used = datetime() RETURN s.json AS json, toString(s.created) AS created",
    params: { id },
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
  /** Scenes deleted to make room (eviction only). */
  evicted: number;
}

const TIMEOUT = { timeoutMs: 5000 };

export class SceneRepository {
  private schemaReady = false;

  constructor(private readonly executor: Executor) {}

  private async schema(): Promise<void> {
    if (this.schemaReady) return;
    for (const s of SCENE_SCHEMA) await this.executor.executeSchema(s);
    await this.executor.executeWrite(BACKFILL_USED, { timeoutMs: 60_000 });
    this.schemaReady = true;
  }

  async save(id: string, json: string, max = DEFAULT_MAX_SCENES, evict = false): Promise<SaveRow> {
    await this.schema();
    const r = await this.executor.executeWrite(saveSceneQuery(id, json, max, evict), TIMEOUT);
    const row = r.records[0]?.toObject() as Record<string, unknown>;
    return {
      json: (row.json as string | null) ?? null,
      created: (row.created as string | null) ?? null,
      total: Number(row.total),
      evicted: Number(row.evicted ?? 0),
    };
  }

  /** A stored scene; with `touch` (eviction on) it becomes the most recently used. */
  async get(id: string, touch = false): Promise<SceneRow | null> {
    const r = touch
      ? await this.executor.executeWrite(openSceneQuery(id), TIMEOUT)
      : await this.executor.executeRead(sceneByIdQuery(id), TIMEOUT);
    return (r.records[0]?.toObject() as SceneRow | undefined) ?? null;
  }
}
