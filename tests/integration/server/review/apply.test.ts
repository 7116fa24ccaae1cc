/**
 * Review decisions on a private Neo4j: made through the API, stored as data, re-applied after
 * `zonegraph load --reset` and after re-extraction (load without reset), exported and imported.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PassThrough } from "node:stream";
import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Decision, DecisionsFile, ReviewQueue } from "../../../../contracts/ingest";
import { createApp } from "../../../../server/app";
import { runCli } from "../../../../server/cli/main";
import type { Executor } from "../../../../server/neo4j/executor";
import { type PrivateNeo4j, startPrivateNeo4j } from "../../../support/embedded";
import { TEST_APP_SETTINGS, testNeo4jEnv } from "../../../support/neo4j";

const TEXT = [
  "中国（新疆）自由贸易试验区包括乌鲁木齐片区、喀什片区和霍尔果斯片区三个片区。",
  "乌鲁木齐片区位于新疆维吾尔自治区首府乌鲁木齐市。",
  "喀什片区对接中巴经济走廊，霍市片区位于伊犁哈萨克自治州。",
].join("\n");
const REJECTED = "ON_CORRIDOR:Area:喀什片区->Corridor:中巴经济走廊";
const ACCEPTED = "LOCATED_IN:Area:乌鲁木齐片区->City:乌鲁木齐";
const FROM = "Area:霍市片区";
const INTO = "Area:霍尔果斯片区";
const settings = { ...TEST_APP_SETTINGS, bodyLimit: "1mb" };

let neo4j: PrivateNeo4j;
let executor: Executor;
let app: ReturnType<typeof createApp>;
let dir: string;
let env: NodeJS.ProcessEnv;

async function cli(...argv: string[]) {
  const out = new PassThrough();
  const err = new PassThrough();
  let text = "";
  out.on("data", (c) => {
    text += String(c);
  });
  err.on("data", (c) => {
    text += String(c);
  });
  const code = await runCli(argv, { out, err, env });
  return { code, text };
}

async function one(cypher: string, params: Record<string, unknown> = {}) {
  const r = await executor.executeRead({ cypher, params });
  return r.records[0]?.toObject();
}

async function expectDecisionsHold() {
  expect(await one(`MATCH ()-[r:ON_CORRIDOR {id: $id}]->() RETURN r`, { id: REJECTED })).toBeUndefined();
  expect(await one("MATCH (n:Entity {id: $id}) RETURN n", { id: FROM })).toBeUndefined();
  const into = await one("MATCH (n:Entity {id: $id}) RETURN n.aliases AS aliases, n.nameEn AS nameEn", {
    id: INTO,
  });
  expect(into?.aliases).toContain("霍市片区");
  expect(into?.nameEn).toBe("Khorgos Area (reviewed)");
  const acc = await one(
    "MATCH ()-[r:LOCATED_IN {id: $id}]->() RETURN r.evidenceMethods AS m, r.reviewed AS reviewed",
    {
      id: ACCEPTED,
    },
  );
  expect(acc?.m).toContain("human");
  expect(acc?.m.filter((m: string) => m === "human")).toHaveLength(1);
  expect(acc?.reviewed).toBe("accepted");
  const city = await one(
    "MATCH (n:Entity {id: 'City:乌鲁木齐'}) RETURN n.name AS name, n.aliases AS aliases",
  );
  expect(city?.name).toBe("乌鲁木齐市");
  expect(city?.aliases).toContain("乌鲁木齐");
}

beforeAll(async () => {
  neo4j = await startPrivateNeo4j();
  executor = neo4j.executor;
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "zonegraph-review-corpus-"));
  fs.writeFileSync(path.join(dir, "xj.txt"), TEXT);
  env = { ...testNeo4jEnv(neo4j.connection), ZONEGRAPH_HOME: path.join(dir, "home") };
  expect((await cli("load", "--corpus", dir)).code).toBe(0);
  app = createApp({ executor, settings });
}, 600_000);
afterAll(async () => {
  await executor?.close();
  await neo4j?.dispose();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
}, 120_000);

describe("review decisions", () => {
  it("the queue lists unreviewed relations, lowest confidence first, with their sentences", async () => {
    const res = await request(app).get("/api/review/queue?limit=50");
    expect(res.status).toBe(200);
    const { items } = ReviewQueue.parse(res.body);
    const confidences = items.map((i) => i.confidence);
    expect(confidences).toEqual([...confidences].sort((a, b) => a - b));
    expect(items[0]?.type).toBe("CO_OCCURS");
    for (const i of items)
      expect(TEXT.slice(i.evidence[0]!.start, i.evidence[0]!.end)).toBe(i.evidence[0]!.quote);
  });

  it("stores each decision with when, who and why, and applies it at once", async () => {
    const decide = (body: object) => request(app).post("/api/review/decisions").send(body);
    const rejected = await decide({ action: "reject", edge: REJECTED, why: "not stated" });
    expect(rejected.status).toBe(201);
    const d = Decision.parse(rejected.body.decision);
    expect(d).toMatchObject({ action: "reject", who: "local", why: "not stated" });
    expect(Date.now() - Date.parse(d.at)).toBeLessThan(60_000);
    expect(rejected.body.applied).toBe(true);
    expect((await decide({ action: "merge", from: FROM, into: INTO })).body.applied).toBe(true);
    expect((await decide({ action: "accept", edge: ACCEPTED })).body.applied).toBe(true);
    expect(
      (await decide({ action: "rename", entity: "City:乌鲁木齐", name: "乌鲁木齐市" })).body.applied,
    ).toBe(true);
    expect(
      (await decide({ action: "setNameEn", entity: INTO, nameEn: "Khorgos Area (reviewed)" })).status,
    ).toBe(201);
    await expectDecisionsHold();
    const list = await request(app).get("/api/review/decisions");
    expect(list.body.decisions.map((x: Decision) => x.action)).toEqual([
      "reject",
      "merge",
      "accept",
      "rename",
      "setNameEn",
    ]);
  });

  it("refuses a decision on a malformed id with 400, storing nothing", async () => {
    const res = await request(app).post("/api/review/decisions").send({ action: "reject", edge: "nonsense" });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/Not a relationship id/);
    const bad = await request(app).post("/api/review/decisions").send({ action: "explode" });
    expect(bad.status).toBe(400);
    expect((await request(app).get("/api/review/decisions")).body.decisions).toHaveLength(5);
  });

  it("survive `zonegraph load --reset`", async () => {
    const r = await cli("load", "--corpus", dir, "--reset");
    expect(r.code).toBe(0);
    expect(r.text).toContain("review decisions: 5 of 5 applied");
    await expectDecisionsHold();
  });

  it("survive re-extraction loaded over the graph (no reset), without duplicating evidence", async () => {
    expect((await cli("load", "--corpus", dir)).code).toBe(0);
    await expectDecisionsHold();
  });

  it("export to a file and import into a graph that lost them", async () => {
    const file = path.join(dir, "decisions.json");
    expect((await cli("decisions", "export", "--out", file)).code).toBe(0);
    const exported = DecisionsFile.parse(JSON.parse(fs.readFileSync(file, "utf8")));
    expect(exported.decisions).toHaveLength(5);
    await executor.executeWrite({ cypher: "MATCH (d:Decision) DELETE d" });
    await cli("load", "--corpus", dir, "--reset");
    expect(
      await one(`MATCH ()-[r:ON_CORRIDOR {id: $id}]->() RETURN r.id AS id`, { id: REJECTED }),
    ).toBeDefined();
    const imported = await cli("decisions", "import", file);
    expect(imported.text).toContain("5 decisions imported (0 already known)");
    await expectDecisionsHold();
    const again = await request(app).post("/api/review/decisions/import").send(exported);
    expect(again.body).toMatchObject({ imported: 0, known: 5 });
  });

  it("a broken decisions file is refused with the reason, nothing imported", async () => {
    const file = path.join(dir, "bad.json");
    fs.writeFileSync(
      file,
      JSON.stringify({ format: "zonegraph-decisions", version: 1, decisions: [{ action: "reject" }] }),
    );
    const r = await cli("decisions", "import", file);
    expect(r.code).toBe(2);
    expect(r.text).toMatch(/bad\.json: not a zonegraph decisions file at decisions\.0/);
  });

  it("retype moves a relation to another type; split gives an alias its own entity", async () => {
    const edge = "LOCATED_IN:Area:霍尔果斯片区->Province:新疆维吾尔自治区";
    const has = await one("MATCH ()-[r {id: $id}]->() RETURN r.id AS id", { id: edge });
    const target = has
      ? edge
      : "LOCATED_IN:FreeTradeZone:中国（新疆）自由贸易试验区->Province:新疆维吾尔自治区";
    const retype = await request(app)
      .post("/api/review/decisions")
      .send({ action: "retype", edge: target, type: "PART_OF" });
    expect(retype.body.applied).toBe(true);
    const moved = target.replace(/^LOCATED_IN:/, "PART_OF:");
    expect(
      await one("MATCH ()-[r:PART_OF {id: $id}]->() RETURN r.retypedFrom AS from", { id: moved }),
    ).toEqual({
      from: "LOCATED_IN",
    });
    const split = await request(app)
      .post("/api/review/decisions")
      .send({ action: "split", entity: INTO, alias: "霍市片区" });
    expect(split.body.applied).toBe(true);
    const n = await one("MATCH (n:Entity:Area {id: $id}) RETURN n.name AS name, n.splitFrom AS from", {
      id: FROM,
    });
    expect(n).toEqual({ name: "霍市片区", from: INTO });
    const into = await one("MATCH (n:Entity {id: $id}) RETURN n.aliases AS aliases", { id: INTO });
    expect(into?.aliases).not.toContain("霍市片区");
  });
});
