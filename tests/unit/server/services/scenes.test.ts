import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { MAX_SCENE_BYTES, SceneState } from "../../../../contracts/scenes";
import type { SceneRepository, SceneRow } from "../../../../server/repositories/scenes";
import { SceneService, SceneTooLargeError, sceneId } from "../../../../server/services/scenes";

/** An in-memory repository with the same MERGE semantics (the real one is tested against Neo4j). */
function memoryRepo(): SceneRepository & { rows: Map<string, SceneRow> } {
  const rows = new Map<string, SceneRow>();
  return {
    rows,
    async save(id: string, json: string) {
      if (!rows.has(id)) rows.set(id, { json, created: `2026-12-05T00:00:0${rows.size}Z` });
      return rows.get(id) as SceneRow;
    },
    async get(id: string) {
      return rows.get(id) ?? null;
    },
  } as unknown as SceneRepository & { rows: Map<string, SceneRow> };
}

const scene: SceneState = {
  v: 1,
  n: ["FreeTradeZone:a", "Area:b"],
  p: [1, 2, 3, 4],
  e: [[1, 0, 0]],
  et: ["PART_OF"],
  h: [],
  s: "Area:b",
  q: null,
  c: null,
  l: "en",
};

describe("scene ids", () => {
  it("are the first 16 characters of the base64url SHA-256 of the JSON", () => {
    const json = JSON.stringify(scene);
    const full = createHash("sha256").update(json).digest("base64url");
    expect(sceneId(json)).toBe(full.slice(0, 16));
    expect(sceneId(json)).toMatch(/^[A-Za-z0-9_-]{16}$/);
    expect(sceneId(JSON.stringify({ ...scene, l: "zh" }))).not.toBe(sceneId(json));
  });
});

describe("SceneService", () => {
  it("stores a scene once: the same scene again answers the same id and date", async () => {
    const repo = memoryRepo();
    const svc = new SceneService(repo);
    const a = await svc.store(scene);
    const b = await svc.store(structuredClone(scene));
    expect(b).toEqual(a);
    expect(repo.rows.size).toBe(1);
    expect(await svc.get(a.id)).toEqual(a);
    expect(a.scene).toEqual(scene);
  });
  it("hashes the canonical form: the same scene with keys in another order has the same id", async () => {
    const svc = new SceneService(memoryRepo());
    const reordered = Object.fromEntries(Object.entries(scene).reverse()) as SceneState;
    expect((await svc.store(reordered)).id).toBe((await svc.store(scene)).id);
  });
  it("refuses a scene larger than the cap with a 413 naming the size, storing nothing", async () => {
    const repo = memoryRepo();
    const svc = new SceneService(repo);
    const big = { ...scene, n: Array.from({ length: 300 }, (_, i) => `Entity:${"x".repeat(400)}${i}`) };
    const err = await svc.store(big).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SceneTooLargeError);
    expect((err as SceneTooLargeError).status).toBe(413);
    expect((err as Error).message).toContain(String(MAX_SCENE_BYTES));
    expect(repo.rows.size).toBe(0);
  });
  it("answers 404 for an id never stored", async () => {
    const err = await new SceneService(memoryRepo()).get("AAAAAAAAAAAAAAAA").catch((e: unknown) => e);
    expect((err as { status: number }).status).toBe(404);
    expect((err as Error).message).toMatch(/No stored scene AAAAAAAAAAAAAAAA/);
  });
  it("never overwrites another scene stored under the same id", async () => {
    const repo = memoryRepo();
    const id = sceneId(JSON.stringify(SceneState.parse(scene)));
    repo.rows.set(id, { json: JSON.stringify({ ...scene, l: "zh" }), created: "2026-01-01T00:00:00Z" });
    const err = await new SceneService(repo).store(scene).catch((e: unknown) => e);
    expect((err as Error).message).toMatch(/already holds another scene/);
    expect(JSON.parse(repo.rows.get(id)?.json ?? "{}").l).toBe("zh");
  });
});
