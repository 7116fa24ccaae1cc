/**
 * A corridor's zones, paged by its stations, on the real Neo4j: a corridor with one chain of every kind
 * among 300 stations that lead nowhere and 200 neighbours that are no stations. Every page together
 * gives exactly what the whole-graph chains give (brute force: every chain, ranked in TypeScript); a page
 * reads what it returns (PROFILE db hits against the unpaged query), and the corridor is found by index.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CorridorZonesResponse } from "../../../../contracts/api";
import { NotFoundError } from "../../../../server/errors";
import type { Executor } from "../../../../server/neo4j/executor";
import {
  CorridorRepository,
  corridorLinksQuery,
  corridorPageQuery,
  corridorZonesQuery,
  type LinkRow,
} from "../../../../server/repositories/corridors";
import { GraphRepository } from "../../../../server/repositories/graph";
import { ViewsRepository } from "../../../../server/repositories/views";
import { CorridorService, rankLinks, summarize } from "../../../../server/services/corridors";
import { ViewsService } from "../../../../server/services/views";
import { testExecutor, uniqueLabel } from "../../../support/neo4j";

const label = uniqueLabel("Corr");
const id = (name: string) => `${label}-${name}`;
const hub = id("hub");
let executor: Executor;
let service: CorridorService;

/** [type, name] of the entities, then [source, REL, target] of the relationships. */
const ENTITIES: [string, string][] = [
  ["Corridor", "hub"],
  ["Corridor", "bare"],
  ...["z1", "z2", "z3", "z4", "z5"].map((n): [string, string] => ["FreeTradeZone", n]),
  ["Area", "a1"],
  ["Area", "a2"],
  ["Port", "p1"],
  ["City", "c1"],
  ["Province", "pr"],
  ["Country", "k"],
];
const RELS: [string, string, string][] = [
  ["z1", "ON_CORRIDOR", "hub"],
  ["a1", "CONNECTS", "hub"],
  ["a1", "PART_OF", "z2"],
  ["p1", "ON_CORRIDOR", "hub"],
  ["z3", "LINKED_PORT", "p1"],
  ["c1", "ON_CORRIDOR", "hub"],
  ["a2", "LOCATED_IN", "c1"],
  ["a2", "PART_OF", "z4"],
  ["pr", "ON_CORRIDOR", "hub"],
  ["z5", "LOCATED_IN", "pr"],
  ["k", "ON_CORRIDOR", "hub"],
  ["z1", "COOPERATES_WITH", "k"],
];

beforeAll(async () => {
  executor = testExecutor();
  service = new CorridorService(new CorridorRepository(executor), new GraphRepository(executor));
  for (const [type, name] of ENTITIES)
    await executor.executeWrite({
      cypher: `CREATE (:Entity:${type}:${label} {id: $id, type: $type, name: $id})`,
      params: { id: id(name), type },
    });
  for (const [s, rel, t] of RELS)
    await executor.executeWrite({
      cypher: `MATCH (s:${label} {id: $s}), (t:${label} {id: $t})
CREATE (s)-[:${rel} {id: $rid, confidence: 0.8, evidenceQuotes: [$rid]}]->(t)`,
      params: { s: id(s), t: id(t), rid: `${rel}:${id(s)}->${id(t)}` },
    });
  // 300 stations that lead to no zone, and 200 neighbours that are no stations.
  await executor.executeWrite({
    cypher: `MATCH (h:${label} {id: $hub})
UNWIND range(0, 499) AS i
WITH h, i, CASE WHEN i < 300 THEN 'City' ELSE 'Organization' END AS type
CREATE (x:Entity:${label} {id: $hub + '-n' + i, type: type, name: 'n' + i})
CREATE (x)-[:ON_CORRIDOR {id: 'ON_CORRIDOR:n' + i, confidence: 0.5}]->(h)
WITH x, type WHERE type = 'City'
SET x:City`,
    params: { hub },
  });
  // typeCounts as the loader stores them.
  await executor.executeWrite({
    cypher: `MATCH (n:${label})
CALL (n) {
  MATCH (n)-[x]-(y:Entity)
  WITH type(x) + '|' + y.type AS k, count(*) AS c
  RETURN collect(k + '|' + c) AS counts
}
SET n.typeCounts = counts`,
  });
});

afterAll(async () => {
  await executor.executeWrite({ cypher: `MATCH (n:${label}) DETACH DELETE n` });
  await executor.close();
});

type Plan = { operatorType: string; dbHits: number; children: Plan[] };
const dbHits = (p: Plan): number => p.dbHits + p.children.reduce((s, c) => s + dbHits(c), 0);
const operators = (p: Plan): string[] => [p.operatorType, ...p.children.flatMap(operators)];
const linkKey = (zone: string, directness: string, edges: string[]) =>
  `${zone} ${directness} ${edges.join(",")}`;

async function allPages(pageSize: number): Promise<CorridorZonesResponse[]> {
  const pages: CorridorZonesResponse[] = [];
  let cursor: string | undefined;
  do {
    const page = await service.zones(hub, { cursor, pageSize });
    pages.push(page);
    cursor = page.page?.next ?? undefined;
  } while (cursor && pages.length < 100);
  return pages;
}

describe("corridor zones paged by stations on Neo4j", () => {
  it("gives, over all its pages, exactly the best chains of the whole graph", async () => {
    const all = await executor.executeRead(corridorLinksQuery(hub));
    const brute = rankLinks(all.records.map((r) => r.toObject() as LinkRow)).map((r) =>
      linkKey(
        r.zone,
        r.directness,
        [...r.rels].reverse().map((x) => x.id),
      ),
    );
    expect(brute).toHaveLength(6);
    const pages = await allPages(40);
    // 306 stations: the five with a chain, z1 itself, 300 leading nowhere (no Organization).
    expect(pages).toHaveLength(Math.ceil(306 / 40));
    for (const p of pages) expect(p.page?.totalStations).toBe(306);
    expect(pages.map((p) => p.page?.stations ?? 0).reduce((a, b) => a + b, 0)).toBe(306);
    expect(pages.at(-1)?.page?.next).toBeNull();
    const paged = pages.flatMap((p) =>
      p.links.map((l) =>
        linkKey(
          l.zone.id,
          l.directness,
          l.chain.map((c) => c.edge),
        ),
      ),
    );
    expect(paged.sort()).toEqual([...brute].sort());
  });

  it("gives on the corpus, for every corridor, the links the whole-graph chains give, in one page", async () => {
    const corpus = await executor.executeRead({
      cypher: `MATCH (c:Corridor) WHERE NOT c:${label} RETURN c.id AS id`,
    });
    const ids = corpus.records.map((r) => String(r.get("id")));
    expect(ids.length).toBeGreaterThan(0);
    let links = 0;
    for (const c of ids) {
      const all = await executor.executeRead(corridorLinksQuery(c));
      const brute = rankLinks(all.records.map((r) => r.toObject() as LinkRow)).map((r) =>
        linkKey(
          r.zone,
          r.directness,
          [...r.rels].reverse().map((x) => x.id),
        ),
      );
      const page = await service.zones(c);
      expect(page.page?.next).toBeNull();
      expect(
        page.links.map((l) =>
          linkKey(
            l.zone.id,
            l.directness,
            l.chain.map((x) => x.edge),
          ),
        ),
      ).toEqual(brute);
      links += brute.length;
    }
    expect(links).toBeGreaterThan(0);
  });

  it("answers a corridor with few stations in one page, with every link and its evidence", async () => {
    const one = await service.zones(hub, { pageSize: 1000 });
    expect(one.page).toEqual({ stations: 306, totalStations: 306, next: null });
    expect(one.links.map((l) => [l.zone.id, l.directness])).toEqual([
      [id("z1"), "direct"],
      [id("z2"), "area"],
      [id("z3"), "port"],
      [id("z4"), "city"],
      [id("z5"), "province"],
      [id("z1"), "country"],
    ]);
    expect(one.corridor).toMatchObject({ id: hub, zoneCount: 5, directCount: 1 });
    for (const l of one.links) for (const step of l.chain) expect(step.evidence.length).toBeGreaterThan(0);
  });

  it("reads a page's stations, not the corridor's: db hits follow the page size", async () => {
    const profile = async (q: { cypher: string; params?: Record<string, unknown> }) =>
      dbHits(
        (await executor.executeRead({ cypher: `PROFILE ${q.cypher}`, params: q.params ?? {} })).summary
          .profile as unknown as Plan,
      );
    const whole = await profile(corridorLinksQuery(hub));
    const small = await profile(corridorZonesQuery(hub, { offset: 0, pageSize: 20 }));
    const large = await profile(corridorZonesQuery(hub, { offset: 0, pageSize: 300 }));
    expect(small * 5).toBeLessThan(whole);
    expect(small * 5).toBeLessThan(large);
  });

  it("finds the corridor by the unique id index, not by scanning corridors", async () => {
    const q = corridorZonesQuery(hub, { offset: 0, pageSize: 20 });
    const plan = (await executor.explain(q)).summary.plan as unknown as Plan;
    const ops = operators(plan);
    expect(ops.some((o) => o.startsWith("NodeUniqueIndexSeek"))).toBe(true);
    expect(ops.some((o) => o.startsWith("NodeByLabelScan") || o.startsWith("AllNodesScan"))).toBe(false);
  });

  it("answers a corridor without stations with no links and no next page", async () => {
    const bare = await service.zones(id("bare"));
    expect(bare.links).toEqual([]);
    expect(bare.page).toEqual({ stations: 0, totalStations: 0, next: null });
    expect(bare.corridor).toMatchObject({ id: id("bare"), zoneCount: 0, directCount: 0 });
  });

  it("answers 404 for an id that is no corridor, or no entity", async () => {
    await expect(service.zones(id("z1"))).rejects.toThrow(NotFoundError);
    await expect(service.zones(id("nope"))).rejects.toThrow(NotFoundError);
  });
});

describe("the corridor list and the corridor × zone matrix, bounded by stations", () => {
  it("counts on the corpus what the whole-graph chains count, every corridor complete", async () => {
    const { corridors } = await service.list();
    const corpus = corridors.filter((c) => !c.id.startsWith(label));
    expect(corpus.length).toBeGreaterThan(0);
    for (const c of corpus) {
      const all = await executor.executeRead(corridorLinksQuery(c.id));
      const rows = all.records.map((r) => r.toObject() as LinkRow);
      const brute = summarize(
        { id: c.id, type: "Corridor", name: c.name, nameEn: c.nameEn, degree: null, aliases: null },
        rows,
      );
      expect({ ...c, stations: undefined, complete: undefined }).toEqual({
        ...brute,
        stations: undefined,
        complete: undefined,
      });
      expect(c.complete).toBe(true);
    }
    expect(corpus.some((c) => c.zoneCount > 0)).toBe(true);
  });

  it("reads at most 100 stations of a 306-station corridor and says its counts are a lower bound", async () => {
    const { corridors } = await service.list();
    const big = corridors.find((c) => c.id === hub);
    expect(big).toMatchObject({ stations: 306, complete: false });
    expect(big?.zoneCount).toBeLessThanOrEqual(5);
    const rows = await new CorridorRepository(executor).corridorPage({
      offset: 0,
      limit: 1000,
      stations: 100,
    });
    expect(rows.find((r) => r.corridor.id === hub)?.read).toBe(100);
    const profile = async (stations: number) =>
      dbHits(
        (
          await executor.executeRead({
            cypher: `PROFILE ${corridorPageQuery({ offset: 0, limit: 1000, stations }).cypher}`,
            params: corridorPageQuery({ offset: 0, limit: 1000, stations }).params ?? {},
          })
        ).summary.profile as unknown as Plan,
      );
    // Db hits follow the stations read, not the corridor's size.
    expect((await profile(20)) * 2).toBeLessThan(await profile(300));
  });

  it("pages the list by cursor: the pages together are the whole list, in the same order", async () => {
    const whole = await service.list();
    expect(whole.next).toBeNull();
    const ids: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await service.list({ cursor, limit: 2 });
      expect(page.corridors.length).toBeLessThanOrEqual(2);
      ids.push(...page.corridors.map((c) => c.id));
      cursor = page.next ?? undefined;
    } while (cursor && ids.length < 1000);
    expect(ids).toEqual(whole.corridors.map((c) => c.id));
  });

  it("draws the matrix from the same bounded page and says it is truncated", async () => {
    const views = new ViewsService(
      new ViewsRepository(executor),
      new GraphRepository(executor),
      new CorridorRepository(executor),
    );
    const m = await views.computeCorridorMatrix();
    expect(m.truncated).toBe(true);
    const { corridors } = await service.list();
    for (const c of corridors.filter((x) => x.complete))
      expect(new Set(m.cells.filter((x) => x.column === c.id).map((x) => x.row)).size).toBe(c.zoneCount);
  });
});
