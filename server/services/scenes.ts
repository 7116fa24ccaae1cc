/**
 * Short share links: a scene is stored under its content hash (SHA-256 of its canonical JSON, base64url,
 * the first SCENE_ID_LENGTH characters) and read back by that id. Read-only once stored; deleted only by
 * the eviction policy SCENES_EVICT=oldest-unused when the store is full.
 */
import { createHash } from "node:crypto";
import {
  DEFAULT_MAX_SCENES,
  MAX_SCENE_BYTES,
  SCENE_ID_LENGTH,
  type SceneEviction,
  SceneState,
  type StoredScene,
} from "../../contracts/scenes";
import { AppError, NotFoundError } from "../errors";
import type { SceneRepository } from "../repositories/scenes";

export class SceneTooLargeError extends AppError {
  constructor(bytes: number) {
    super(
      "PAYLOAD_TOO_LARGE",
      413,
      `body: the scene is ${bytes} bytes of JSON, more than the ${MAX_SCENE_BYTES} a stored scene may hold.`,
      { bytes, limit: MAX_SCENE_BYTES },
    );
  }
}

/** The store holds its cap of scenes and does not evict: a new one is refused (507). */
export class SceneStoreFullError extends AppError {
  constructor(total: number, max: number) {
    super(
      "STORAGE_FULL",
      507,
      `scenes: the server already stores ${total} share scenes, its cap (SCENES_MAX = ${max}); this scene was not stored. Share the long link (the scene in the URL) instead.`,
      { stored: total, limit: max },
    );
  }
}

/** The id of a scene's canonical JSON (the zod-parsed value, keys in the schema's order). */
export function sceneId(json: string): string {
  return createHash("sha256").update(json, "utf8").digest("base64url").slice(0, SCENE_ID_LENGTH);
}

export class SceneService {
  constructor(
    private readonly repo: SceneRepository,
    /** Most scenes stored (SCENES_MAX): beyond it a new scene is refused, stored ones stay… */
    private readonly maxScenes = DEFAULT_MAX_SCENES,
    /** …unless SCENES_EVICT is "oldest-unused": then the least recently used scene makes room. */
    private readonly eviction: SceneEviction = "none",
  ) {}

  private get evicts(): boolean {
    return this.eviction === "oldest-unused";
  }

  /** Stores a validated scene; the same scene again answers with the stored one (same id and date). */
  async store(scene: SceneState): Promise<StoredScene> {
    const json = JSON.stringify(SceneState.parse(scene));
    const bytes = Buffer.byteLength(json, "utf8");
    if (bytes > MAX_SCENE_BYTES) throw new SceneTooLargeError(bytes);
    const id = sceneId(json);
    const row = await this.repo.save(id, json, this.maxScenes, this.evicts);
    if (row.json === null || row.created === null) throw new SceneStoreFullError(row.total, this.maxScenes);
    if (row.json !== json)
      // 96 bits of hash: a different scene under the same id is not expected; never overwrite it.
      throw new AppError("INTERNAL", 500, `scene id ${id} already holds another scene; nothing was stored.`);
    return { id, created: row.created, scene: SceneState.parse(JSON.parse(row.json)) };
  }

  async get(id: string): Promise<StoredScene> {
    const row = await this.repo.get(id, this.evicts);
    if (!row)
      throw new NotFoundError(`No stored scene ${id}: the link is wrong or the scene was never stored.`);
    return { id, created: row.created, scene: SceneState.parse(JSON.parse(row.json)) };
  }
}
