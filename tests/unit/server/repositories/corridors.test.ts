import { describe, expect, it } from "vitest";
import {
  CHAINS,
  CorridorRepository,
  corridorPageQuery,
  corridorZonesQuery,
  STATION_TYPES,
  stationCount,
} from "../../../../server/repositories/corridors";
import { recordingExecutor } from "../../../support/recordingExecutor";

describe("corridorZonesQuery", () => {
  it("reads one page of stations, then only the chains that start at each station's type", () => {
    const q = corridorZonesQuery("Corridor:x", { offset: 40, pageSize: 20 });
    expect(q.params).toEqual({ corridor: "Corridor:x", offset: 40, pageSize: 20, perStation: 50 });
    expect(q.cypher).toMatchInlineSnapshot(`
      "MATCH (c:Entity {id: $corridor}) WHERE c:Corridor
      CALL (c) {
        MATCH (c)-[r1:ON_CORRIDOR|CONNECTS]-(x:FreeTradeZone|Area|Port|City|Province|Country)
        WITH r1, x SKIP toInteger($offset) LIMIT toInteger($pageSize)
        RETURN collect({r1: r1, rt: type(r1), x: x, xl: x.type}) AS stations
      }
      CALL (c, stations) {
        UNWIND stations AS s
        WITH c, s.r1 AS r1, s.rt AS rt, s.x AS x, s.xl AS xl
        CALL (c, r1, rt, x, xl) {
          WITH c, r1, x WHERE xl = 'FreeTradeZone' AND rt IN ['ON_CORRIDOR']
          WITH c, r1, x AS z, [x] AS tn, [] AS tr
          RETURN z, [c] + tn AS ns, [r1] + tr AS rs, 'direct' AS directness, 1 AS rank
          UNION
          WITH c, r1, x WHERE xl = 'Area' AND rt IN ['ON_CORRIDOR','CONNECTS']
          MATCH p = (x)-[:PART_OF]-(z:FreeTradeZone)
          WITH c, r1, z, nodes(p) AS tn, relationships(p) AS tr LIMIT toInteger($perStation)
          RETURN z, [c] + tn AS ns, [r1] + tr AS rs, 'area' AS directness, 2 AS rank
          UNION
          WITH c, r1, x WHERE xl = 'Port' AND rt IN ['ON_CORRIDOR','CONNECTS']
          MATCH p = (x)-[:LINKED_PORT|HAS_PLATFORM|LOCATED_IN|PART_OF]-(z:FreeTradeZone)
          WITH c, r1, z, nodes(p) AS tn, relationships(p) AS tr LIMIT toInteger($perStation)
          RETURN z, [c] + tn AS ns, [r1] + tr AS rs, 'port' AS directness, 3 AS rank
          UNION
          WITH c, r1, x WHERE xl = 'Port' AND rt IN ['ON_CORRIDOR','CONNECTS']
          MATCH p = (x)-[:LINKED_PORT|HAS_PLATFORM|LOCATED_IN|PART_OF]-(:Area)-[:PART_OF]-(z:FreeTradeZone)
          WITH c, r1, z, nodes(p) AS tn, relationships(p) AS tr LIMIT toInteger($perStation)
          RETURN z, [c] + tn AS ns, [r1] + tr AS rs, 'port' AS directness, 3 AS rank
          UNION
          WITH c, r1, x WHERE xl = 'Port' AND rt IN ['ON_CORRIDOR','CONNECTS']
          MATCH p = (x)-[:LOCATED_IN]->(:City)<-[:LOCATED_IN]-(:Area)-[:PART_OF]-(z:FreeTradeZone)
          WITH c, r1, z, nodes(p) AS tn, relationships(p) AS tr LIMIT toInteger($perStation)
          RETURN z, [c] + tn AS ns, [r1] + tr AS rs, 'port' AS directness, 3 AS rank
          UNION
          WITH c, r1, x WHERE xl = 'City' AND rt IN ['ON_CORRIDOR','CONNECTS']
          MATCH p = (x)-[:LOCATED_IN|PART_OF]-(z:FreeTradeZone)
          WITH c, r1, z, nodes(p) AS tn, relationships(p) AS tr LIMIT toInteger($perStation)
          RETURN z, [c] + tn AS ns, [r1] + tr AS rs, 'city' AS directness, 4 AS rank
          UNION
          WITH c, r1, x WHERE xl = 'City' AND rt IN ['ON_CORRIDOR','CONNECTS']
          MATCH p = (x)-[:LOCATED_IN|PART_OF]-(:Area)-[:PART_OF]-(z:FreeTradeZone)
          WITH c, r1, z, nodes(p) AS tn, relationships(p) AS tr LIMIT toInteger($perStation)
          RETURN z, [c] + tn AS ns, [r1] + tr AS rs, 'city' AS directness, 4 AS rank
          UNION
          WITH c, r1, x WHERE xl = 'Province' AND rt IN ['ON_CORRIDOR','CONNECTS']
          MATCH p = (x)-[:LOCATED_IN|PART_OF]-(z:FreeTradeZone)
          WITH c, r1, z, nodes(p) AS tn, relationships(p) AS tr LIMIT toInteger($perStation)
          RETURN z, [c] + tn AS ns, [r1] + tr AS rs, 'province' AS directness, 5 AS rank
          UNION
          WITH c, r1, x WHERE xl = 'Country' AND rt IN ['ON_CORRIDOR','CONNECTS']
          MATCH p = (x)-[:COOPERATES_WITH|BORDERS|ALIGNS_WITH|CONNECTS]-(z:FreeTradeZone)
          WITH c, r1, z, nodes(p) AS tn, relationships(p) AS tr LIMIT toInteger($perStation)
          RETURN z, [c] + tn AS ns, [r1] + tr AS rs, 'country' AS directness, 6 AS rank
          UNION
          WITH c, r1, x WHERE xl = 'Country' AND rt IN ['ON_CORRIDOR','CONNECTS']
          MATCH p = (x)-[:COOPERATES_WITH|BORDERS|ALIGNS_WITH|CONNECTS]-(:Area)-[:PART_OF]-(z:FreeTradeZone)
          WITH c, r1, z, nodes(p) AS tn, relationships(p) AS tr LIMIT toInteger($perStation)
          RETURN z, [c] + tn AS ns, [r1] + tr AS rs, 'country' AS directness, 6 AS rank
        }
        WITH z, directness, rank, ns, rs, reduce(t = 0.0, r IN rs | t + coalesce(r.confidence, 0)) / size(rs) AS conf
        ORDER BY size(rs), conf DESC
        WITH z, directness, rank, collect({ns: ns, rs: rs})[0] AS best
        RETURN collect({zone: z.id, directness: directness, rank: rank,
          nodes: [n IN best.ns | n {.id, .type, .name, .nameEn, .degree, .aliases, status: CASE WHEN n.type = 'FreeTradeZone' THEN
        CASE WHEN n.established IS NOT NULL THEN 'established'
             WHEN EXISTS { (n)<-[:APPLIES_FOR]-() } THEN 'applied' ELSE 'proposed' END
        WHEN n.type = 'Province' AND EXISTS { (n)-[:APPLIES_FOR]->() } THEN 'applied' END}],
          rels: [r IN best.rs | {id: r.id, type: type(r), source: startNode(r).id, target: endNode(r).id,
            confidence: r.confidence, ev: {docs: r.evidenceDocs, passages: r.evidencePassages, starts: r.evidenceStarts, ends: r.evidenceEnds, quotes: r.evidenceQuotes, methods: r.evidenceMethods}}]}) AS links
      }
      RETURN c {.id, .type, .name, .nameEn, .degree, .aliases, status: CASE WHEN c.type = 'FreeTradeZone' THEN
        CASE WHEN c.established IS NOT NULL THEN 'established'
             WHEN EXISTS { (c)<-[:APPLIES_FOR]-() } THEN 'applied' ELSE 'proposed' END
        WHEN c.type = 'Province' AND EXISTS { (c)-[:APPLIES_FOR]->() } THEN 'applied' END} AS corridor, size(stations) AS read, links,
             CASE WHEN c.typeCounts IS NULL
               THEN COLLECT { MATCH (c)-[x:ON_CORRIDOR|CONNECTS]-(y:Entity) RETURN type(x) + '|' + y.type + '|1' }
               ELSE c.typeCounts END AS typeCounts"
    `);
  });

  it("has one branch per whole chain, each with the same tail", () => {
    const q = corridorZonesQuery("Corridor:x", { offset: 0, pageSize: 1 });
    expect(q.cypher.match(/ AS directness, \d AS rank/g)).toHaveLength(CHAINS.length);
    for (const ch of CHAINS.slice(1)) {
      const tail = ch.pattern.replace(/^\(c\)-\[[^\]]+\]-\(:\w+\)/, "(x)");
      expect(q.cypher).toContain(`MATCH p = ${tail}`);
    }
  });
});

describe("stationCount", () => {
  it("sums the ON_CORRIDOR and CONNECTS neighbours that are places", () => {
    expect(STATION_TYPES).toEqual(["FreeTradeZone", "Area", "Port", "City", "Province", "Country"]);
    expect(
      stationCount([
        "ON_CORRIDOR|City|403",
        "CONNECTS|Port|12",
        "ON_CORRIDOR|FreeTradeZone|1",
        "ON_CORRIDOR|Organization|532",
        "PART_OF|City|7",
        "CONNECTS|Corridor|8",
      ]),
    ).toBe(416);
    expect(stationCount(null)).toBe(0);
  });
});

describe("corridorPageQuery", () => {
  it("reads a page of corridors and at most `stations` of each one's stations, without evidence", () => {
    const q = corridorPageQuery({ offset: 10, limit: 5, stations: 100 });
    expect(q.params).toEqual({ offset: 10, limit: 5, stations: 100, perStation: 50 });
    expect(q.cypher).toContain("SKIP toInteger($offset) LIMIT toInteger($limit)");
    expect(q.cypher).toContain("WITH r1, x LIMIT toInteger($stations)");
    expect(q.cypher).toContain("LIMIT toInteger($perStation)");
    expect(q.cypher).not.toContain("evidence");
    // The same chains as a corridor's zones page.
    const zones = corridorZonesQuery("Corridor:x", { offset: 0, pageSize: 1 }).cypher;
    const chains = (c: string) =>
      c.slice(c.indexOf("  UNWIND stations"), c.indexOf("  RETURN collect({zone"));
    expect(chains(q.cypher).length).toBeGreaterThan(500);
    expect(chains(q.cypher)).toBe(chains(zones));
  });
});

describe("CorridorRepository", () => {
  it("reads every corridor query in one round trip with compiled expressions", async () => {
    const { executor, calls } = recordingExecutor();
    const repo = new CorridorRepository(executor);
    await repo.corridors();
    await repo.zonesPage("Corridor:x", { offset: 0, pageSize: 100 });
    await repo.corridorPage({ offset: 0, limit: 10, stations: 100 });
    await repo.links(null);
    expect(calls.map((c) => c.method)).toEqual(Array(4).fill("executeReadOnce"));
    for (const c of calls) expect(c.cypher.startsWith("CYPHER expressionEngine=compiled\n")).toBe(true);
  });
});
