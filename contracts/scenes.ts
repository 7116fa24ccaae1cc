/**
 * Stored share scenes (POST /api/scenes, GET /api/scenes/:id): the compact scene a share link carries
 * (client/src/model/urlstate.ts), stored server-side under its content hash so a link stays short.
 * Strict: only the fields of a scene (no names, keys or other free-form data), and size-capped.
 */
import { z } from "zod";
import { MAX_ID_LENGTH, MAX_SUBGRAPH_IDS } from "./api";

/** Largest stored scene, in bytes of its JSON (a 400-node scene with positions and edges is ~40 KB). */
export const MAX_SCENE_BYTES = 96 * 1024;
/** Stored scenes a server holds at most (SCENES_MAX); a new scene beyond it is refused with 507. */
/**
 * What a full scene store does with a new scene (SCENES_EVICT): "none" refuses it (507 STORAGE_FULL);
 * "oldest-unused" deletes the least recently used scene (stored or opened longest ago) to make room.
 */
export const SCENE_EVICTION = ["none", "oldest-unused"] as const;
export type SceneEviction = (typeof SCENE_EVICTION)[number];
export const DEFAULT_MAX_SCENES = 10_000;
/** Length of a scene id: the first characters of the base64url SHA-256 of the scene's JSON (96 bits). */
export const SCENE_ID_LENGTH = 16;
/** Most edges a stored scene lists. */
export const MAX_SCENE_EDGES = 5000;

const Id = z.string().min(1).max(MAX_ID_LENGTH);
const Short = z.string().max(100);
const Index = z.number().int().min(0).max(MAX_SUBGRAPH_IDS);

export const SceneState = z.strictObject({
  v: z.literal(1),
  /** Node ids. */
  n: z.array(Id).max(MAX_SUBGRAPH_IDS),
  /** Positions, x then y per node of n. */
  p: z
    .array(z.number())
    .max(2 * MAX_SUBGRAPH_IDS)
    .optional(),
  /** Edges as [source index, target index, type index]. */
  e: z
    .array(z.tuple([Index, Index, Index]))
    .max(MAX_SCENE_EDGES)
    .optional(),
  et: z.array(Short).max(100).optional(),
  /** Edge ids not of the form TYPE:source->target. */
  ek: z
    .array(
      z
        .string()
        .min(1)
        .max(3 * MAX_ID_LENGTH),
    )
    .max(MAX_SCENE_EDGES)
    .optional(),
  /** Camera: x, y, ratio, angle. */
  cam: z.array(z.number()).length(4).nullable().optional(),
  /** Hidden relationship types. */
  hr: z.array(Short).max(100).optional(),
  /** Colour and size mappings. */
  st: z.tuple([Short, Short]).optional(),
  /** Label density (toolbar slider), when not the default. */
  ld: z.number().min(0).max(100).optional(),
  /** Range filters, when one is on: minimum relationships (whole-graph degree) and minimum confidence. */
  f: z.tuple([z.number().int().min(0).max(100_000), z.number().min(0).max(1)]).optional(),
  /** Hidden node types. */
  h: z.array(Short).max(100),
  /** Selected node or edge. */
  s: z
    .string()
    .max(3 * MAX_ID_LENGTH)
    .nullable(),
  /** Cypher query shown in the console. */
  q: z.string().max(20_000).nullable(),
  /** Corridor followed. */
  c: Id.nullable(),
  l: z.enum(["zh", "en"]),
});
export type SceneState = z.infer<typeof SceneState>;

export const SceneIdParam = z.object({
  id: z
    .string()
    .regex(
      new RegExp(`^[A-Za-z0-9_-]{${SCENE_ID_LENGTH}}$`),
      `a scene id is ${SCENE_ID_LENGTH} characters of A-Z, a-z, 0-9, - and _`,
    ),
});

export const StoredScene = z.object({
  id: z.string(),
  /** When it was first stored (ISO 8601). */
  created: z.string(),
  scene: SceneState,
});
export type StoredScene = z.infer<typeof StoredScene>;
