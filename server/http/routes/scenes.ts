/**
 * Short share links: POST /api/scenes stores a scene under its content hash (a write: writeAccess rules),
 * GET /api/scenes/:id returns it. Scenes are read-only once stored (SCENES_EVICT may delete the least
 * recently used one when the store is full).
 */
import { type RequestHandler, Router } from "express";
import {
  DEFAULT_MAX_SCENES,
  MAX_SCENE_BYTES,
  SceneIdParam,
  SceneState,
  StoredScene,
} from "../../../contracts/scenes";
import type { SceneService } from "../../services/scenes";
import type { Operation } from "../openapi";
import { parseInput } from "../validate";

export function scenesRouter(scenes: SceneService, guard: RequestHandler): Router {
  const router = Router();
  router.post("/scenes", guard, async (req, res) => {
    const scene = parseInput(SceneState, req.body, "body");
    res.json(await scenes.store(scene));
  });
  router.get("/scenes/:id", async (req, res) => {
    const { id } = parseInput(SceneIdParam, req.params, "path");
    res.json(await scenes.get(id));
  });
  return router;
}

export const SCENE_OPERATIONS: Operation[] = [
  {
    method: "post",
    path: "/scenes",
    tag: "scenes",
    summary: "Store a share scene under its content hash (short share links)",
    description: `The scene a share link carries (node ids, positions, edges, camera, filters, selection, language). Its id is the first 16 characters of the base64url SHA-256 of its JSON, so storing the same scene again answers with the stored one and writes nothing. At most ${MAX_SCENE_BYTES} bytes of JSON (413 above); unknown fields are refused (400). At most SCENES_MAX scenes are stored (default ${DEFAULT_MAX_SCENES}): a new scene beyond the cap is refused with 507 STORAGE_FULL and nothing stored is evicted (the same scene again still answers 200), unless SCENES_EVICT=oldest-unused: then the least recently used scene (stored or opened longest ago) is deleted to make room. A write: needs the API key when API_KEY is set, refused (403) beyond localhost without one. Stored scenes are never changed by the API, deleted only by that eviction, and load --reset keeps them.`,
    body: SceneState,
    response: StoredScene,
    errors: [400, 403, 413, 415, 503, 507],
  },
  {
    method: "get",
    path: "/scenes/:id",
    tag: "scenes",
    summary: "A stored share scene (the #s=<id> of a short link)",
    params: SceneIdParam,
    response: StoredScene,
    errors: [400, 404, 503],
  },
];
