/**
 * Corridor → zone links: direct ON_CORRIDOR, or an explained chain through an area, a port, a city,
 * a province or a partner country. Each chain pattern is one UNION branch tagged with its directness.
 */
import type { Executor, Query } from "../neo4j/executor";
import {
  compiledExpressions,
  type EntityRow,
  type EvidenceArrays,
  entityMap,
  evidenceArrays,
} from "./fragments";

/** Corridor-side hop: the corridor reaches a place by ON_CORRIDOR or CONNECTS. */
const ON = ":ON_CORRIDOR|CONNECTS";
const IN_ZONE = ":PART_OF";
const IN_PLACE = ":LOCATED_IN|PART_OF";
const PORT_LINK = ":LINKED_PORT|HAS_PLATFORM|LOCATED_IN|PART_OF";
const COOP = ":COOPERATES_WITH|BORDERS|ALIGNS_WITH|CONNECTS";

/** Directness ranks: 1 = most direct. */
export interface Chain {
  directness: string;
  rank: number;
  /** The corridor's hop to its station (ON_CORRIDOR, or ON_CORRIDOR|CONNECTS). */
  first: string;
  /** From the station (its label first) to the zone `z`; the station is the zone for a direct link. */
  tail: string;
}

export const CHAIN_TAILS: Chain[] = [
  { directness: "direct", rank: 1, first: ":ON_CORRIDOR", tail: "(z:FreeTradeZone)" },
  { directness: "area", rank: 2, first: ON, tail: `(:Area)-[${IN_ZONE}]-(z:FreeTradeZone)` },
  { directness: "port", rank: 3, first: ON, tail: `(:Port)-[${PORT_LINK}]-(z:FreeTradeZone)` },
  {
    directness: "port",
    rank: 3,
    first: ON,
    tail: `(:Port)-[${PORT_LINK}]-(:Area)-[${IN_ZONE}]-(z:FreeTradeZone)`,
  },
  {
    directness: "port",
    rank: 3,
    first: ON,
    tail: `(:Port)-[:LOCATED_IN]->(:City)<-[:LOCATED_IN]-(:Area)-[${IN_ZONE}]-(z:FreeTradeZone)`,
  },
  { directness: "city", rank: 4, first: ON, tail: `(:City)-[${IN_PLACE}]-(z:FreeTradeZone)` },
  {
    directness: "city",
    rank: 4,
    first: ON,
    tail: `(:City)-[${IN_PLACE}]-(:Area)-[${IN_ZONE}]-(z:FreeTradeZone)`,
  },
  { directness: "province", rank: 5, first: ON, tail: `(:Province)-[${IN_PLACE}]-(z:FreeTradeZone)` },
  { directness: "country", rank: 6, first: ON, tail: `(:Country)-[${COOP}]-(z:FreeTradeZone)` },
  {
    directness: "country",
    rank: 6,
    first: ON,
    tail: `(:Country)-[${COOP}]-(:Area)-[${IN_ZONE}]-(z:FreeTradeZone)`,
  },
];

/** Whole chains from the corridor `c` (every chain of every station: kept to compare pages against). */
export const CHAINS: { directness: string; rank: number; pattern: string }[] = CHAIN_TAILS.map((ch) => ({
  directness: ch.directness,
  rank: ch.rank,
  pattern: `(c)-[${ch.first}]-${ch.tail}`,
}));

export function corridorLinksQuery(corridorId: string | null): Query {
  const branches = CHAINS.map(
    (ch) => `  MATCH p = ${ch.pattern}
  RETURN z, p, '${ch.directness}' AS directness, ${ch.rank} AS rank`,
  ).join("\n  UNION\n");
  return {
    cypher: `MATCH (c:Corridor)
WHERE $corridor IS NULL OR c.id = $corridor
CALL (c) {
${branches}
}
RETURN c.id AS corridor, z.id AS zone, directness, rank,
       [n IN nodes(p) | ${entityMap("n")}] AS nodes,
       [r IN relationships(p) | {id: r.id, type: type(r), source: startNode(r).id, target: endNode(r).id,
         confidence: r.confidence, ev: ${evidenceArrays("r")}}] AS rels
ORDER BY rank, size(rels)`,
    params: { corridor: corridorId },
  };
}

/** Station label of a chain (the zone itself for a direct link), and its tail from that station `x`. */
function stationTail(ch: Chain): { label: string; tail: string } {
  const m = /^\(:(\w+)\)/.exec(ch.tail);
  return m
    ? { label: m[1] as string, tail: `(x)${ch.tail.slice(m[0].length)}` }
    : { label: "FreeTradeZone", tail: "" };
}

/** Labels of the places a corridor's chains go through (its stations). */
export const STATION_TYPES = [...new Set(CHAIN_TAILS.map((ch) => stationTail(ch).label))];

/**
 * One page of a corridor's zones, bounded by the page: the corridor's stations (its ON_CORRIDOR/CONNECTS
 * neighbours that are places: zones, areas, ports, cities, provinces, countries) are read once, at most
 * `pageSize` of them from `offset` in the order Neo4j stores them; every station then follows only the
 * chains that start at its label, each keeping at most `perStation` zones. The best chain per zone and
 * kind of link (shortest, then most confident) is kept in Cypher, so only kept chains carry evidence.
 * The corridor's precomputed `typeCounts` give how many stations it has in all (for the next page).
 */
export function corridorZonesQuery(
  corridorId: string,
  { offset, pageSize, perStation = 50 }: { offset: number; pageSize: number; perStation?: number },
): Query {
  return {
    cypher: `MATCH (c:Entity {id: $corridor}) WHERE c:Corridor
${STATIONS_OF_C("SKIP toInteger($offset) LIMIT toInteger($pageSize)")}
CALL (c, stations) {
${BEST_CHAINS}
  RETURN collect({zone: z.id, directness: directness, rank: rank,
    nodes: [n IN best.ns | ${entityMap("n")}],
    rels: [r IN best.rs | {id: r.id, type: type(r), source: startNode(r).id, target: endNode(r).id,
      confidence: r.confidence, ev: ${evidenceArrays("r")}}]}) AS links
}
RETURN ${entityMap("c")} AS corridor, size(stations) AS read, links,
       ${TYPE_COUNTS_OF_C}`,
    params: { corridor: corridorId, offset, pageSize, perStation },
  };
}

/** The chains that start at each station (a UNION branch per chain, see corridorZonesQuery). */
function stationBranches(): string {
  return CHAIN_TAILS.map((ch) => {
    const { label, tail } = stationTail(ch);
    const firstTypes = ch.first.slice(1).split("|");
    const guard = `    WITH c, r1, x WHERE xl = '${label}' AND rt IN ${JSON.stringify(firstTypes).replaceAll('"', "'")}`;
    const match = tail
      ? `\n    MATCH p = ${tail}\n    WITH c, r1, z, nodes(p) AS tn, relationships(p) AS tr LIMIT toInteger($perStation)`
      : "\n    WITH c, r1, x AS z, [x] AS tn, [] AS tr";
    return `${guard}${match}
    RETURN z, [c] + tn AS ns, [r1] + tr AS rs, '${ch.directness}' AS directness, ${ch.rank} AS rank`;
  }).join("\n    UNION\n");
}

/** At most the given number of the corridor `c`'s stations, in the order Neo4j stores them. */
const STATIONS_OF_C = (page: string) => `CALL (c) {
  MATCH (c)-[r1:ON_CORRIDOR|CONNECTS]-(x:${STATION_TYPES.join("|")})
  WITH r1, x ${page}
  RETURN collect({r1: r1, rt: type(r1), x: x, xl: x.type}) AS stations
}`;

/** From `stations`: the best chain (shortest, then most confident) per zone and kind of link, as `best`. */
const BEST_CHAINS = `  UNWIND stations AS s
  WITH c, s.r1 AS r1, s.rt AS rt, s.x AS x, s.xl AS xl
  CALL (c, r1, rt, x, xl) {
${stationBranches()}
  }
  WITH z, directness, rank, ns, rs, reduce(t = 0.0, r IN rs | t + coalesce(r.confidence, 0)) / size(rs) AS conf
  ORDER BY size(rs), conf DESC
  WITH z, directness, rank, collect({ns: ns, rs: rs})[0] AS best`;

const TYPE_COUNTS_OF_C = `CASE WHEN c.typeCounts IS NULL
         THEN COLLECT { MATCH (c)-[x:ON_CORRIDOR|CONNECTS]-(y:Entity) RETURN type(x) + '|' + y.type + '|1' }
         ELSE c.typeCounts END AS typeCounts`;

/** Most corridors a page of the corridor list (and the corridor × zone matrix) covers. */
export const CORRIDOR_LIST_LIMIT = 1000;

/**
 * A page of corridors (highest degree first), each with its best chain per zone and kind of link read from
 * at most `stations` of its stations (at most `perStation` zones each), without evidence: the corridor
 * list counts zones from them and the corridor × zone matrix draws them. Bounded by the page, not by the
 * graph: a corridor of 20,000 relationships costs what a corridor of `stations` stations does. `read`
 * against the stations in its typeCounts tells whether a corridor's zones were all seen.
 */
export function corridorPageQuery({
  offset,
  limit,
  stations,
  perStation = 50,
}: {
  offset: number;
  limit: number;
  stations: number;
  perStation?: number;
}): Query {
  return {
    cypher: `MATCH (c:Corridor)
WITH c ORDER BY coalesce(c.degree, 0) DESC, c.name, c.id
SKIP toInteger($offset) LIMIT toInteger($limit)
${STATIONS_OF_C("LIMIT toInteger($stations)")}
CALL (c, stations) {
${BEST_CHAINS}
  RETURN collect({zone: z.id, directness: directness, rank: rank,
    nodes: [n IN best.ns | n {.id, .type, .name, .nameEn}],
    rels: [r IN best.rs | {id: r.id, confidence: r.confidence}]}) AS links
}
RETURN ${entityMap("c")} AS corridor, size(stations) AS read, links,
       ${TYPE_COUNTS_OF_C}`,
    params: { offset, limit, stations, perStation },
  };
}

export function corridorsQuery(): Query {
  return {
    cypher: `MATCH (c:Corridor) RETURN ${entityMap("c")} AS c ORDER BY coalesce(c.degree, 0) DESC, c.name`,
  };
}

export interface LinkRow {
  corridor: string;
  zone: string;
  directness: string;
  rank: number;
  nodes: EntityRow[];
  rels: {
    id: string;
    type: string;
    source: string;
    target: string;
    confidence: number | null;
    ev: EvidenceArrays;
  }[];
}

/** A link of a corridor page: its best chain, without evidence (corridorPageQuery). */
export interface PageLink {
  zone: string;
  directness: string;
  rank: number;
  nodes: { id: string; type: string; name: string; nameEn: string | null }[];
  rels: { id: string; confidence: number | null }[];
}

export interface CorridorPageRow {
  corridor: EntityRow;
  /** Stations read (at most the page's `stations`). */
  read: number;
  totalStations: number;
  links: PageLink[];
}

export interface ZonesPage {
  corridor: EntityRow;
  /** Stations read by this page. */
  read: number;
  totalStations: number;
  links: LinkRow[];
}

/** Stations among "REL|NeighbourType|count" entries: ON_CORRIDOR/CONNECTS neighbours of a station type. */
export function stationCount(typeCounts: readonly string[] | null): number {
  let n = 0;
  for (const entry of typeCounts ?? []) {
    const [rel = "", type = "", count = "0"] = entry.split("|");
    if ((rel === "ON_CORRIDOR" || rel === "CONNECTS") && STATION_TYPES.includes(type)) n += Number(count);
  }
  return n;
}

export class CorridorRepository {
  constructor(private readonly executor: Executor) {}

  /** One round trip (executeReadOnce), expressions compiled at once (see compiledExpressions). */
  private read(q: Query) {
    return this.executor.executeReadOnce(compiledExpressions(q), { timeoutMs: 10_000 });
  }

  async corridors(): Promise<EntityRow[]> {
    const r = await this.read(corridorsQuery());
    return r.records.map((rec) => rec.get("c") as EntityRow);
  }

  /** One page of a corridor's best links, with the corridor itself; null when no corridor has that id. */
  async zonesPage(corridorId: string, page: { offset: number; pageSize: number }): Promise<ZonesPage | null> {
    const r = await this.read(corridorZonesQuery(corridorId, page));
    const rec = r.records[0];
    if (!rec) return null;
    const links = (rec.get("links") as Omit<LinkRow, "corridor">[]).map((l) => ({
      ...l,
      corridor: corridorId,
    }));
    return {
      corridor: rec.get("corridor") as EntityRow,
      read: Number(rec.get("read")),
      totalStations: stationCount(rec.get("typeCounts") as string[] | null),
      links,
    };
  }

  /** A page of corridors with their best links from a bounded number of stations each (corridorPageQuery). */
  async corridorPage(page: { offset: number; limit: number; stations: number }): Promise<CorridorPageRow[]> {
    const r = await this.read(corridorPageQuery(page));
    return r.records.map((rec) => ({
      corridor: rec.get("corridor") as EntityRow,
      read: Number(rec.get("read")),
      totalStations: stationCount(rec.get("typeCounts") as string[] | null),
      links: rec.get("links") as PageLink[],
    }));
  }

  async links(corridorId: string | null): Promise<LinkRow[]> {
    const r = await this.read(corridorLinksQuery(corridorId));
    return r.records.map((rec) => rec.toObject() as LinkRow);
  }
}
