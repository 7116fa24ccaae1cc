/**
 * Short share links against the real Neo4j: POST /api/scenes stores a (:Scene) under its content hash,
 * GET /api/scenes/:id returns it; bad input gets a clear 4xx and stores nothing; writes follow the API
 * key rules of the other writes. The test removes the scenes it stored.
 */
import request from "supertest";
import { afterAll, describe, expect, it } from "vitest";
import { ErrorBody } from "../../../../contracts/api";
import { StoredScene } from "../../../../contracts/scenes";
import { createApp } from "../../../../server/app";
import { startApiSuite } from "../../../support/apiSuite";
import { TEST_APP_SETTINGS } from "../../../support/neo4j";

const suite = startApiSuite({ bodyLimit: "1mb" });
const stored = new Set<string>();

const scene = {
  v: 1,
  n: ["FreeTradeZone:scene-test-a", "Area:scene-test-b"],
  p: [10.5, -3, 7, 8.25],
  e: [[1, 0, 0]],
  et: ["PART_OF"],
  cam: [0.5, 0.5, 1, 0],
  hr: ["CO_OCCURS"],
  st: ["pagerank", "degree"],
  h: ["Document"],
  s: "Area:scene-test-b",
  q: "MATCH (n) RETURN n LIMIT 1",
  c: null,
  l: "en",
};

async function sceneCount(): Promise<number> {
  const r = await suite.executor.executeRead({ cypher: "MATCH (s:Scene) RETURN count(s) AS n" });
  return Number(r.records[0]?.get("n"));
}

afterAll(async () => {
  await suite.executor.executeWrite({
    cypher: "MATCH (s:Scene) WHERE s.id IN $ids DELETE s",
    params: { ids: [...stored] },
  });
});

describe("POST /api/scenes, GET /api/scenes/:id", () => {
  it("stores a scene under its content hash and gives it back unchanged", async () => {
    const res = await request(suite.app).post("/api/scenes").send(scene);
    expect(res.status).toBe(200);
    const body = StoredScene.parse(res.body);
    stored.add(body.id);
    expect(body.id).toMatch(/^[A-Za-z0-9_-]{16}$/);
    expect(body.scene).toEqual(scene);
    const back = await request(suite.app).get(`/api/scenes/${body.id}`);
    expect(back.status).toBe(200);
    expect(StoredScene.parse(back.body)).toEqual(body);
    const node = await suite.executor.executeRead({
      cypher: "MATCH (s:Scene {id: $id}) RETURN s.json AS json, valueType(s.created) AS t",
      params: { id: body.id },
    });
    expect(JSON.parse(node.records[0]?.get("json"))).toEqual(scene);
    expect(node.records[0]?.get("t")).toBe("ZONED DATETIME NOT NULL");
  });

  it("is idempotent: storing the same scene twice keeps one node with its first date", async () => {
    const first = StoredScene.parse((await request(suite.app).post("/api/scenes").send(scene)).body);
    const before = await sceneCount();
    const again = await request(suite.app)
      .post("/api/scenes")
      .send({ ...scene });
    expect(again.status).toBe(200);
    expect(StoredScene.parse(again.body)).toEqual(first);
    expect(await sceneCount()).toBe(before);
  });

  it("refuses an invalid shape, an unknown field and an oversized scene with a 4xx naming the problem", async () => {
    const before = await sceneCount();
    const missing = await request(suite.app)
      .post("/api/scenes")
      .send({ ...scene, l: "fr" });
    expect(missing.status).toBe(400);
    expect(ErrorBody.parse(missing.body).error.message).toMatch(/body field l/);
    const extra = await request(suite.app)
      .post("/api/scenes")
      .send({ ...scene, apiKey: "secret" });
    expect(extra.status).toBe(400);
    expect(extra.body.error.message).toMatch(/apiKey/);
    const big = { ...scene, n: Array.from({ length: 400 }, (_, i) => `Entity:${"长".repeat(200)}${i}`) };
    const tooLarge = await request(suite.app).post("/api/scenes").send(big);
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.body.error.message).toMatch(/more than the \d+ a stored scene may hold/);
    expect(await sceneCount()).toBe(before);
  });

  it("answers 404 for an unknown id and 400 for a malformed one", async () => {
    const unknown = await request(suite.app).get("/api/scenes/AAAAAAAAAAAAAAAA");
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.message).toMatch(/No stored scene AAAAAAAAAAAAAAAA/);
    const bad = await request(suite.app).get("/api/scenes/short");
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/scene id is 16 characters/);
  });

  it("offers no way to change or delete a stored scene", async () => {
    const { id } = StoredScene.parse((await request(suite.app).post("/api/scenes").send(scene)).body);
    expect((await request(suite.app).put(`/api/scenes/${id}`).send(scene)).status).toBe(404);
    expect((await request(suite.app).delete(`/api/scenes/${id}`)).status).toBe(404);
    expect((await request(suite.app).get(`/api/scenes/${id}`)).status).toBe(200);
  });

  it("follows the write rules: API key when set, refused beyond localhost without one; reads stay open", async () => {
    const open = createApp({
      executor: suite.executor,
      settings: { ...TEST_APP_SETTINGS, listenHost: "0.0.0.0" },
    });
    const refused = await request(open).post("/api/scenes").send(scene);
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toMatch(/Set API_KEY/);
    const { id } = StoredScene.parse((await request(suite.app).post("/api/scenes").send(scene)).body);
    expect((await request(open).get(`/api/scenes/${id}`)).status).toBe(200);
    const key = "k".repeat(20);
    const keyed = createApp({ executor: suite.executor, settings: { ...TEST_APP_SETTINGS, apiKey: key } });
    expect((await request(keyed).post("/api/scenes").send(scene)).status).toBe(401);
    const ok = await request(keyed).post("/api/scenes").set("x-api-key", key).send(scene);
    expect(ok.status).toBe(200);
  });

  describe("the cap on stored scenes (SCENES_MAX)", () => {
    /** A distinct valid scene per index. */
    const variant = (i: number) => ({ ...scene, q: `MATCH (n) RETURN n LIMIT ${i + 2}` });
    const capped = (max: number) =>
      createApp({
        executor: suite.executor,
        settings: { ...TEST_APP_SETTINGS, bodyLimit: "1mb", scenesMax: max },
      });
    async function entityCount(): Promise<number> {
      const r = await suite.executor.executeRead({ cypher: "MATCH (n:Entity) RETURN count(n) AS n" });
      return Number(r.records[0]?.get("n"));
    }

    it("stores up to the cap, then refuses a new scene with 507 naming the cap; nothing stored is lost", async () => {
      const first = StoredScene.parse((await request(suite.app).post("/api/scenes").send(scene)).body);
      stored.add(first.id);
      const entities = await entityCount();
      const cap = (await sceneCount()) + 2;
      const full = capped(cap);
      for (const i of [0, 1]) {
        const res = await request(full).post("/api/scenes").send(variant(i));
        expect(res.status).toBe(200);
        stored.add(StoredScene.parse(res.body).id);
      }
      expect(await sceneCount()).toBe(cap);
      const refused = await request(full).post("/api/scenes").send(variant(2));
      expect(refused.status).toBe(507);
      const err = ErrorBody.parse(refused.body).error;
      expect(err.code).toBe("STORAGE_FULL");
      expect(err.message).toMatch(
        new RegExp(`already stores ${cap} share scenes, its cap \\(SCENES_MAX = ${cap}\\)`),
      );
      expect(await sceneCount()).toBe(cap);
      // The same scene again still answers (it is stored); every stored scene still reads back.
      const again = await request(full).post("/api/scenes").send(variant(1));
      expect(again.status).toBe(200);
      for (const id of stored) expect((await request(full).get(`/api/scenes/${id}`)).status).toBe(200);
      expect(await entityCount()).toBe(entities);
    });

    it("holds under concurrent writes: exactly the room left is stored", async () => {
      const cap = (await sceneCount()) + 3;
      const full = capped(cap);
      const answers = await Promise.all(
        Array.from({ length: 8 }, (_, i) =>
          request(full)
            .post("/api/scenes")
            .send(variant(10 + i)),
        ),
      );
      for (const a of answers) if (a.status === 200) stored.add(StoredScene.parse(a.body).id);
      expect(answers.map((a) => a.status).sort()).toEqual([200, 200, 200, 507, 507, 507, 507, 507]);
      expect(await sceneCount()).toBe(cap);
    });
  });

  describe("eviction when full (SCENES_EVICT=oldest-unused)", () => {
    const variant = (i: number) => ({ ...scene, q: `MATCH (n) RETURN n LIMIT ${i + 100}` });
    const evicting = (max: number) =>
      createApp({
        executor: suite.executor,
        settings: { ...TEST_APP_SETTINGS, bodyLimit: "1mb", scenesMax: max, scenesEvict: "oldest-unused" },
      });
    const pause = () => new Promise((r) => setTimeout(r, 20));
    async function storeVia(target: ReturnType<typeof createApp>, i: number): Promise<string> {
      const res = await request(target).post("/api/scenes").send(variant(i));
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      const { id } = StoredScene.parse(res.body);
      stored.add(id);
      await pause();
      return id;
    }

    it("keeps the cap by deleting the least recently used scene; nothing else is lost", async () => {
      const roomy = evicting(1_000_000);
      const [a, b, c] = [await storeVia(roomy, 0), await storeVia(roomy, 1), await storeVia(roomy, 2)];
      // Open every other stored scene, then a: b is now the least recently used, then c.
      const all = await suite.executor.executeRead({ cypher: "MATCH (s:Scene) RETURN s.id AS id" });
      const others = all.records.map((r) => String(r.get("id"))).filter((id) => ![a, b, c].includes(id));
      for (const id of [...others, a]) {
        expect((await request(roomy).get(`/api/scenes/${id}`)).status).toBe(200);
        await pause();
      }
      const cap = await sceneCount();
      const full = evicting(cap);
      const entities = await suite.executor.executeRead({ cypher: "MATCH (n:Entity) RETURN count(n) AS n" });
      const d = await storeVia(full, 3);
      expect(await sceneCount()).toBe(cap);
      expect((await request(full).get(`/api/scenes/${b}`)).status).toBe(404);
      const e = await storeVia(full, 4);
      expect(await sceneCount()).toBe(cap);
      expect((await request(full).get(`/api/scenes/${c}`)).status).toBe(404);
      for (const id of [...others, a, d, e])
        expect((await request(full).get(`/api/scenes/${id}`)).status).toBe(200);
      const after = await suite.executor.executeRead({ cypher: "MATCH (n:Entity) RETURN count(n) AS n" });
      expect(Number(after.records[0]?.get("n"))).toBe(Number(entities.records[0]?.get("n")));
      // Without the option the same full store still refuses a new scene.
      const refusing = createApp({
        executor: suite.executor,
        settings: { ...TEST_APP_SETTINGS, bodyLimit: "1mb", scenesMax: cap },
      });
      expect((await request(refusing).post("/api/scenes").send(variant(5))).status).toBe(507);
      expect(await sceneCount()).toBe(cap);
    });

    it("holds the cap under concurrent writes, evicting one scene per new one", async () => {
      const cap = await sceneCount();
      const full = evicting(cap);
      const answers = await Promise.all(
        Array.from({ length: 6 }, (_, i) =>
          request(full)
            .post("/api/scenes")
            .send(variant(20 + i)),
        ),
      );
      for (const a of answers) if (a.status === 200) stored.add(StoredScene.parse(a.body).id);
      expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200, 200, 200]);
      expect(await sceneCount()).toBe(cap);
    });
  });
});
