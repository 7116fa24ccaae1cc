/** Contract tests: every endpoint against the corpus graph, every response validated by its zod schema. */
import request from "supertest";
import { beforeAll, describe, expect, it } from "vitest";
import {
  CorridorsResponse,
  CorridorZonesResponse,
  CypherResponse,
  DocumentDetail,
  DocumentsResponse,
  EdgeDetail,
  ErrorBody,
  Health,
  NamedQueriesResponse,
  NodeDetail,
  PathsResponse,
  ReadyResponse,
  SearchResponse,
  Subgraph,
} from "../../../../contracts/api";
import { createApp } from "../../../../server/app";
import { createDriver, Executor } from "../../../../server/neo4j/executor";
import { startApiSuite } from "../../../support/apiSuite";
import { asText } from "../../../support/capture";

const suite = startApiSuite();
let top: { id: string; type: string };
let corridor: string;
let edgeId: string;
let docId: string;

beforeAll(async () => {
  const r = await suite.executor.executeRead({
    cypher: "MATCH (n:Entity) RETURN n.id AS id, n.type AS type ORDER BY n.degree DESC LIMIT 1",
  });
  top = { id: r.records[0]?.get("id"), type: r.records[0]?.get("type") };
  corridor = (
    await suite.executor.executeRead({
      cypher: "MATCH (c:Corridor) RETURN c.id AS id ORDER BY c.degree DESC LIMIT 1",
    })
  ).records[0]?.get("id");
  edgeId = (
    await suite.executor.executeRead({
      cypher: "MATCH ()-[r:PART_OF|LOCATED_IN]->() RETURN r.id AS id LIMIT 1",
    })
  ).records[0]?.get("id");
  docId = (
    await suite.executor.executeRead({ cypher: "MATCH (d:Document) RETURN d.id AS id LIMIT 1" })
  ).records[0]?.get("id");
});

const get = (url: string) => request(suite.app).get(url);

describe("graph endpoints", () => {
  it("health and ready", async () => {
    Health.parse((await get("/api/health").expect(200)).body);
    ReadyResponse.parse((await get("/api/ready").expect(200)).body);
  });

  it.each(["二连", "陆海新通道", "东盟", "ASEAN", "erlian"])("search %s finds entities", async (q) => {
    const res = await get(`/api/search?q=${encodeURIComponent(q)}`).expect(200);
    const body = SearchResponse.parse(res.body);
    expect(body.hits.length).toBeGreaterThan(0);
  });

  it("search escapes Lucene syntax and filters types", async () => {
    SearchResponse.parse((await get(`/api/search?q=${encodeURIComponent('a:(b "c')}`).expect(200)).body);
    const body = SearchResponse.parse(
      (await get("/api/search?q=自由贸易试验区&types=FreeTradeZone").expect(200)).body,
    );
    // The corpus names many zones: an empty answer would make the type check below vacuous.
    expect(body.hits.length).toBeGreaterThan(0);
    for (const h of body.hits) expect(h.type).toBe("FreeTradeZone");
  });

  it("node detail", async () => {
    const body = NodeDetail.parse((await get(`/api/nodes/${encodeURIComponent(top.id)}`).expect(200)).body);
    expect(body.degrees.length).toBeGreaterThan(0);
  });

  it("edge detail has evidence", async () => {
    const body = EdgeDetail.parse((await get(`/api/edges/${encodeURIComponent(edgeId)}`).expect(200)).body);
    expect(body.evidence.length).toBeGreaterThan(0);
  });

  it("depth-2 neighbourhood of the most connected node is capped", async () => {
    const res = await get(`/api/nodes/${encodeURIComponent(top.id)}/neighborhood?depth=2&limit=30`).expect(
      200,
    );
    const body = Subgraph.parse(res.body);
    expect(body.graph.nodes.length).toBeLessThanOrEqual(30);
    expect(body.truncated).toBe(true);
    expect(Object.values(body.omitted.nodes).reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
    const keys = new Set(body.graph.nodes.map((n) => n.key));
    expect(body.graph.edges.length).toBeGreaterThan(0);
    for (const e of body.graph.edges) expect(keys.has(e.source) && keys.has(e.target)).toBe(true);
    for (const e of body.graph.edges) expect(e.attributes.type).not.toBe("CO_OCCURS");
  });

  it("subgraph default view and filtered", async () => {
    const def = Subgraph.parse((await get("/api/subgraph").expect(200)).body);
    expect(def.graph.nodes.some((n) => n.attributes.type === "FreeTradeZone")).toBe(true);
    Subgraph.parse((await get("/api/subgraph?types=Corridor,Country&limit=10").expect(200)).body);
  });

  it("subgraph by ids: those nodes, the typed edges among them, unknown ids reported as missing", async () => {
    const zone = "FreeTradeZone:中国（内蒙古）自由贸易试验区";
    const cmr = "Corridor:中蒙俄经济走廊";
    const area = "Area:二连浩特片区";
    const ids = [zone, cmr, area, "Nope:不存在"];
    const res = await get(`/api/subgraph?ids=${encodeURIComponent(ids.join(","))}`).expect(200);
    const body = Subgraph.parse(res.body);
    expect(body.graph.nodes.map((n) => n.key)).toEqual([zone, cmr, area]);
    expect(body.graph.nodes[0]?.attributes).toMatchObject({
      type: "FreeTradeZone",
      label: expect.any(String),
    });
    expect(body.missing).toEqual(["Nope:不存在"]);
    const keys = body.graph.edges.map((e) => e.key);
    expect(keys).toEqual(
      expect.arrayContaining([
        `ON_CORRIDOR:${zone}->${cmr}`,
        `ON_CORRIDOR:${area}->${cmr}`,
        `PART_OF:${area}->${zone}`,
      ]),
    );
    for (const e of body.graph.edges) {
      expect(ids).toContain(e.source);
      expect(ids).toContain(e.target);
      expect(e.attributes.type).not.toBe("CO_OCCURS");
    }
    // The repeated form, and rels narrowing the edges.
    const rep = Subgraph.parse(
      (
        await get(
          `/api/subgraph?ids=${encodeURIComponent(zone)}&ids=${encodeURIComponent(cmr)}&rels=ON_CORRIDOR`,
        ).expect(200)
      ).body,
    );
    expect(rep.graph.edges.map((e) => e.key)).toEqual([`ON_CORRIDOR:${zone}->${cmr}`]);
    expect(rep.missing).toEqual([]);
  });

  it("POST /api/subgraph restores a whole view: the overview's nodes give back the overview's edges", async () => {
    const overview = Subgraph.parse((await get("/api/subgraph").expect(200)).body);
    const ids = overview.graph.nodes.map((n) => n.key);
    expect(ids.length).toBeGreaterThan(50);
    const res = await request(suite.app).post("/api/subgraph").send({ ids }).expect(200);
    const body = Subgraph.parse(res.body);
    expect(body.graph.nodes.map((n) => n.key)).toEqual(ids);
    expect(body.graph.edges.map((e) => e.key).sort()).toEqual(overview.graph.edges.map((e) => e.key).sort());
    expect(body.missing).toEqual([]);
  });

  it("subgraph by ids brings back documents, passages and claims with their provenance edges", async () => {
    const row = (
      await suite.executor.executeRead({
        cypher: `MATCH (c:Claim)-[:ABOUT]->(e:Entity), (c)-[:STATED_IN]->(p:Passage)-[:IN_DOCUMENT]->(d:Document)
                 RETURN c.id AS c, e.id AS e, p.id AS p, d.id AS d LIMIT 1`,
      })
    ).records[0];
    expect(row).toBeTruthy();
    const ids = ["c", "e", "p", "d"].map((k) => String(row?.get(k)));
    const body = Subgraph.parse(
      (await request(suite.app).post("/api/subgraph").send({ ids }).expect(200)).body,
    );
    expect(body.graph.nodes.map((n) => n.attributes.type).slice(0, 1)).toEqual(["Claim"]);
    expect(body.graph.nodes.map((n) => n.attributes.type)).toEqual(
      expect.arrayContaining(["Claim", "Passage", "Document"]),
    );
    expect(body.graph.edges.map((e) => e.attributes.type)).toEqual(
      expect.arrayContaining(["ABOUT", "STATED_IN", "IN_DOCUMENT"]),
    );
    expect(body.missing).toEqual([]);
  });

  it("paths with evidence", async () => {
    const z = (
      await suite.executor.executeRead({
        cypher:
          "MATCH (z:FreeTradeZone)-[:LOCATED_IN|PART_OF]-(p:Province) RETURN z.id AS a, p.id AS b LIMIT 1",
      })
    ).records[0];
    // The corpus places every zone in its province: a missing pair is a loading regression.
    expect(z).toBeDefined();
    const res = await get(
      `/api/paths?from=${encodeURIComponent(z?.get("a"))}&to=${encodeURIComponent(top.id)}&maxLength=4&k=3`,
    ).expect(200);
    const body = PathsResponse.parse(res.body);
    expect(body.graph.edges.length).toBeGreaterThan(0);
    for (const e of body.graph.edges) expect(e.attributes.evidence?.length ?? 0).toBeGreaterThan(0);
  });

  it("corridors and their zones", async () => {
    const list = CorridorsResponse.parse((await get("/api/corridors").expect(200)).body);
    expect(list.corridors.length).toBeGreaterThan(0);
    const body = CorridorZonesResponse.parse(
      (await get(`/api/corridors/${encodeURIComponent(corridor)}/zones`).expect(200)).body,
    );
    expect(body.links.length).toBeGreaterThan(0);
    const ranks = body.links.map((l) => l.rank);
    expect([...ranks].sort((a, b) => a - b)).toEqual(ranks);
    for (const l of body.links) expect(l.chain.length).toBeGreaterThan(0);
    // The corpus corridor has fewer stations than a page: one page, the whole answer.
    expect(body.page?.next).toBeNull();
    expect(body.page?.stations).toBe(body.page?.totalStations);
  });

  it("corridor zones: a bad cursor or page size → 400 naming it", async () => {
    const url = `/api/corridors/${encodeURIComponent(corridor)}/zones`;
    for (const [q, name] of [
      ["cursor=abc", "cursor"],
      ["cursor=-1", "cursor"],
      ["pageSize=0", "pageSize"],
      ["pageSize=100000", "pageSize"],
    ] as const)
      expect(ErrorBody.parse((await get(`${url}?${q}`).expect(400)).body).error.message).toContain(name);
  });

  it("the corridor list: pages by cursor, and a bad cursor or limit → 400 naming it", async () => {
    const all = CorridorsResponse.parse((await get("/api/corridors").expect(200)).body);
    expect(all.next).toBeNull();
    const first = CorridorsResponse.parse((await get("/api/corridors?limit=1").expect(200)).body);
    expect(first.corridors.map((c) => c.id)).toEqual(all.corridors.slice(0, 1).map((c) => c.id));
    expect(first.next).toBe(all.corridors.length > 1 ? "1" : null);
    for (const [q, name] of [
      ["cursor=abc", "cursor"],
      ["limit=0", "limit"],
      ["limit=100000", "limit"],
    ] as const)
      expect(ErrorBody.parse((await get(`/api/corridors?${q}`).expect(400)).body).error.message).toContain(
        name,
      );
  });

  it("documents with text and mention spans", async () => {
    DocumentsResponse.parse((await get("/api/documents").expect(200)).body);
    const d = DocumentDetail.parse(
      (await get(`/api/documents/${encodeURIComponent(docId)}`).expect(200)).body,
    );
    expect(d.text.length).toBe(d.chars);
    expect(d.mentions.length).toBeGreaterThan(0);
    for (const m of d.mentions) {
      expect(m.start).toBeLessThan(m.end);
      expect(m.end).toBeLessThanOrEqual(d.text.length);
    }
  });

  /** How many entities and entity-to-entity relationships an export of the whole graph holds. */
  async function exportCounts(): Promise<{ nodes: number; edges: number }> {
    const n = await suite.executor.executeRead({ cypher: "MATCH (n:Entity) RETURN count(n) AS c" });
    const e = await suite.executor.executeRead({
      cypher: "MATCH (:Entity)-[r]->(:Entity) RETURN count(r) AS c",
    });
    return { nodes: Number(n.records[0]?.get("c")), edges: Number(e.records[0]?.get("c")) };
  }

  /** Nodes and edges counted in an export text, per format. */
  function countExported(format: string, text: string): { nodes: number; edges: number } {
    const count = (re: RegExp) => (text.match(re) ?? []).length;
    if (format === "json") {
      const g = JSON.parse(text) as { nodes: unknown[]; edges: unknown[] };
      return { nodes: g.nodes.length, edges: g.edges.length };
    }
    if (format === "csv") return { nodes: count(/\r\nnode,/g), edges: count(/\r\nedge,/g) };
    return { nodes: count(/<node id="/g), edges: count(/<edge id="/g) };
  }

  it.each(["json", "graphml", "gexf", "csv"])(
    "export %s holds every entity and relationship",
    async (format) => {
      const res = await asText(get(`/api/export?format=${format}`)).expect(200);
      expect(res.headers["content-disposition"]).toContain(`zonegraph.${format}`);
      const expected = await exportCounts();
      expect(expected.nodes).toBeGreaterThan(100);
      expect(expected.edges).toBeGreaterThan(100);
      expect(countExported(format, String(res.body))).toEqual(expected);
    },
  );

  it("named queries run through the guarded path", async () => {
    const list = NamedQueriesResponse.parse((await get("/api/queries").expect(200)).body);
    expect(list.queries.length).toBeGreaterThan(0);
    const res = await request(suite.app)
      .post("/api/queries/most_connected/run")
      .send({ params: { limit: 3 } });
    expect(res.status).toBe(200);
    const body = CypherResponse.parse(res.body);
    expect(body.rows).toHaveLength(3);
    expect(body.truncated).toBe(false);
  });

  it("openapi and docs", async () => {
    const doc = (await get("/api/openapi.json").expect(200)).body;
    expect(Object.keys(doc.paths).length).toBeGreaterThanOrEqual(15);
    const page = await get("/api/docs").expect(200);
    expect(page.headers["content-security-policy"]).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(page.text).not.toMatch(/<script>|style=/);
    await get("/api/docs/docs.js").expect(200);
  });
});

describe("bad parameters → 400 naming the parameter", () => {
  it.each([
    ["/api/search", "q"],
    ["/api/search?q=", "q"],
    ["/api/search?q=x&limit=0", "limit"],
    ["/api/search?q=x&types=Planet", "types"],
    ["/api/nodes/x/neighborhood?depth=4", "depth"],
    ["/api/nodes/x/neighborhood?rels=LIKES", "rels"],
    ["/api/nodes/x/neighborhood?limit=abc", "limit"],
    ["/api/subgraph?limit=-1", "limit"],
    ["/api/subgraph?types=Nope", "types"],
    ["/api/subgraph?ids=", "ids"],
    ["/api/subgraph?ids=A:1,,B:2", "ids.1: id must not be empty"],
    [`/api/subgraph?ids=${Array.from({ length: 501 }, (_, i) => `A:${i}`).join(",")}`, "more than 500"],
    [`/api/subgraph?ids=A:${"x".repeat(600)}`, "longer than 500"],
    ["/api/subgraph?ids=A:1&types=City", "types: cannot be combined with ids"],
    ["/api/subgraph?ids=A:1&limit=5", "limit: cannot be combined with ids"],
    ["/api/paths?from=a", "to"],
    ["/api/paths?from=a&to=b&maxLength=99", "maxLength"],
    ["/api/paths?from=a&to=b&k=0", "k"],
    ["/api/paths?from=a&to=b&includeCoOccurrence=maybe", "includeCoOccurrence"],
    ["/api/export?format=pdf", "format"],
    ["/api/search?q=x&bogus=1", "bogus"],
  ])("%s", async (url, param) => {
    const res = await get(url).expect(400);
    const body = ErrorBody.parse(res.body);
    expect(body.error.code).toBe("BAD_REQUEST");
    expect(body.error.message).toContain(param);
  });

  it.each([
    [{ query: "" }, "query"],
    [{ query: "RETURN 1", limit: 0 }, "limit"],
    [{ query: "RETURN 1", params: [] }, "params"],
    [{}, "query"],
  ])("POST /api/cypher %j", async (body, param) => {
    const res = await request(suite.app).post("/api/cypher").send(body).expect(400);
    expect(res.body.error.message).toContain(param);
  });

  it.each([
    [{}, "ids"],
    [{ ids: [] }, "at least one node"],
    [{ ids: "A:1" }, "ids"],
    [{ ids: ["A:1", ""] }, "ids.1: id must not be empty"],
    [{ ids: Array.from({ length: 501 }, (_, i) => `A:${i}`) }, "more than 500"],
    [{ ids: ["A:1"], rels: ["LIKES"] }, "rels"],
    [{ ids: ["A:1"], types: ["City"] }, "types"],
  ])("POST /api/subgraph %#", async (body, message) => {
    const res = await request(suite.app).post("/api/subgraph").send(body).expect(400);
    expect(ErrorBody.parse(res.body).error.message).toContain(message);
  });

  it("named query parameters", async () => {
    const res = await request(suite.app)
      .post("/api/queries/most_connected/run")
      .send({ params: { nope: 1 } });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain("nope");
    await request(suite.app).post("/api/queries/NOT-A-NAME/run").send({}).expect(400);
    await request(suite.app).post("/api/queries/not_a_query/run").send({}).expect(404);
  });

  it("unknown ids → 404", async () => {
    for (const url of [
      "/api/nodes/nope",
      "/api/edges/PART_OF:nope",
      "/api/corridors/nope/zones",
      "/api/documents/nope",
    ])
      expect(ErrorBody.parse((await get(url).expect(404)).body).error.code).toBe("NOT_FOUND");
  });

  it("a body over the limit → 413, invalid JSON → 400", async () => {
    await request(suite.app)
      .post("/api/cypher")
      .set("content-type", "application/json")
      .send("{bad")
      .expect(400);
    const big = { query: `RETURN '${"x".repeat(200_000)}'` };
    expect((await request(suite.app).post("/api/cypher").send(big)).status).toBe(413);
  });
});

describe("error hygiene and request shape", () => {
  const cypher = (body: unknown) =>
    request(suite.app)
      .post("/api/cypher")
      .send(body as object);

  it.each([
    ["/api/cypher", "text/plain", JSON.stringify({ query: "RETURN 1" })],
    ["/api/cypher", "application/x-www-form-urlencoded", "query=RETURN%201"],
    ["/api/queries/most_connected/run", "text/plain", "{}"],
    ["/api/queries/most_connected/run", "application/x-www-form-urlencoded", "params=1"],
    ["/api/subgraph", "text/plain", JSON.stringify({ ids: ["A:1"] })],
  ])("POST %s with %s → 415", async (url, type, body) => {
    const res = await request(suite.app).post(url).set("content-type", type).send(body);
    expect(res.status).toBe(415);
    expect(ErrorBody.parse(res.body).error.code).toBe("UNSUPPORTED_MEDIA_TYPE");
  });

  it("a named-query run without a body still runs (nothing to misread)", async () => {
    const res = await request(suite.app).post("/api/queries/most_connected/run");
    expect(res.status).toBe(200);
    expect(CypherResponse.parse(res.body).rows.length).toBeGreaterThan(0);
  });

  it("params nested 3000 levels deep → 400 naming the limit, not 'Neo4j unavailable'", async () => {
    const deep = `{"x": ${"[".repeat(3000)}${"]".repeat(3000)}}`;
    for (const [url, body] of [
      ["/api/cypher", `{"query": "RETURN 1", "params": ${deep}}`],
      ["/api/queries/most_connected/run", `{"params": ${deep}}`],
    ] as const) {
      const res = await request(suite.app).post(url).set("content-type", "application/json").send(body);
      expect(res.status, url).toBe(400);
      expect(ErrorBody.parse(res.body).error.message).toMatch(/nested more than 32 levels/);
    }
  });

  it("oversized params → 400", async () => {
    const res = await cypher({ query: "RETURN $s", params: { s: "x".repeat(20_000) } });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/20000 characters/);
  });

  it("runtime errors are labelled CYPHER_RUNTIME, syntax errors CYPHER_SYNTAX", async () => {
    const runtime = await cypher({ query: "UNWIND [1, 0] AS x RETURN 1 / x AS y" });
    expect(runtime.status).toBe(400);
    expect(ErrorBody.parse(runtime.body).error.code).toBe("CYPHER_RUNTIME");
    expect(runtime.body.error.message).toMatch(/by zero/);
    const syntax = await cypher({ query: "MATCH (n RETURN n" });
    expect(syntax.status).toBe(400);
    expect(syntax.body.error.code).toBe("CYPHER_SYNTAX");
  });

  it("a Lucene parse error comes back without the parser's class name", async () => {
    const res = await cypher({
      query: "CALL db.index.fulltext.queryNodes('entity_search', 'a:(b') YIELD node RETURN node",
    });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe("CYPHER_RUNTIME");
    expect(res.body.error.message).toMatch(/queryNodes.*Encountered/);
    expect(res.body.error.message).not.toMatch(/org\.apache|ParseException|lucene\./);
  });

  it.each([
    "CALL dbms.components()",
    "CALL dbms.components() YIELD name, versions RETURN name, versions",
    "CALL db.labels()",
    "CALL db.relationshipTypes() YIELD relationshipType RETURN relationshipType",
    "CALL db.propertyKeys()",
    "CALL db.schema.visualization()",
  ])("the read-only procedure %s passes the allow-list", async (query) => {
    const res = await cypher({ query });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(CypherResponse.parse(res.body).rows.length).toBeGreaterThan(0);
  });

  it("the row cap answers truncated {reason: rows}", async () => {
    const body = CypherResponse.parse(
      (await cypher({ query: "UNWIND range(1, 50) AS x RETURN x", limit: 10 })).body,
    );
    expect(body.rows).toHaveLength(10);
    expect(body.truncated).toEqual({ reason: "rows" });
  });

  it("the byte cap stops pulling and answers truncated {reason: bytes} within the budget", async () => {
    const byteLimit = 64 * 1024;
    const small = createApp({
      executor: suite.executor,
      settings: { ...suite.settings, cypherByteLimit: byteLimit },
    });
    const res = await request(small).post("/api/cypher").send({ query: "MATCH (p:Passage) RETURN p" });
    expect(res.status).toBe(200);
    const body = CypherResponse.parse(res.body);
    expect(body.truncated).toEqual({ reason: "bytes" });
    const passages = await suite.executor.executeRead({ cypher: "MATCH (p:Passage) RETURN count(p) AS c" });
    expect(body.rows.length).toBeGreaterThan(0);
    expect(body.rows.length).toBeLessThan(Number(passages.records[0]?.get("c")));
    expect(Buffer.byteLength(res.text)).toBeLessThanOrEqual(byteLimit);
  });
});

describe("deployment settings", () => {
  it("API key: required when set, health stays open", async () => {
    const keyed = createApp({
      executor: suite.executor,
      settings: { ...suite.settings, apiKey: "0123456789abcdef-key" },
    });
    await request(keyed).get("/api/health").expect(200);
    expect((await request(keyed).get("/api/corridors")).status).toBe(401);
    await request(keyed).get("/api/corridors").set("x-api-key", "0123456789abcdef-key").expect(200);
    await request(keyed)
      .get("/api/corridors")
      .set("authorization", "Bearer 0123456789abcdef-key")
      .expect(200);
    expect((await request(keyed).get("/api/corridors").set("x-api-key", "wrong")).status).toBe(401);
  });

  it("CORS off by default, on for configured origins", async () => {
    const off = await get("/api/health").set("origin", "https://example.com");
    expect(off.headers["access-control-allow-origin"]).toBeUndefined();
    const corsApp = createApp({
      executor: suite.executor,
      settings: { ...suite.settings, corsOrigins: ["https://example.com"] },
    });
    const on = await request(corsApp).get("/api/health").set("origin", "https://example.com");
    expect(on.headers["access-control-allow-origin"]).toBe("https://example.com");
  });

  it("rate limit on /api/cypher", async () => {
    const limited = createApp({
      executor: suite.executor,
      settings: { ...suite.settings, cypherRateLimitPerMinute: 2 },
    });
    const codes: number[] = [];
    for (let i = 0; i < 4; i++)
      codes.push((await request(limited).post("/api/cypher").send({ query: "RETURN 1 AS x" })).status);
    expect(codes).toContain(429);
  });

  it("Neo4j down → 503 quickly", async () => {
    const dead = new Executor(
      createDriver({ uri: "bolt://127.0.0.1:1", user: "neo4j", password: "x", database: "neo4j" }),
      "neo4j",
    );
    const downApp = createApp({ executor: dead, settings: suite.settings });
    try {
      for (const url of ["/api/search?q=二连", "/api/corridors", "/api/health"]) {
        const started = Date.now();
        const res = await request(downApp).get(url);
        expect(res.status).toBe(503);
        expect(Date.now() - started).toBeLessThan(2500);
      }
      const res = await request(downApp).post("/api/cypher").send({ query: "RETURN 1" });
      expect(res.status).toBe(503);
      expect(res.body.error.code).toBe("NEO4J_UNAVAILABLE");
      // The Bolt address is logged, never sent.
      expect(JSON.stringify(res.body)).not.toMatch(/127\.0\.0\.1|bolt:|:1\b/);
    } finally {
      await dead.close();
    }
  });
});
