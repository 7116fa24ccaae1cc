/**
 * Corridor → zone links: direct ON_CORRIDOR, or an explained chain through an area, a port, a city,
 * a province or a partner country. Each chain pattern is one UNION branch tagged with its directness.
 */
import type { Executor, Query } from "../neo4j/executor";
import { type EntityRow, type EvidenceArrays, entityMap, evidenceArrays } from "./fragments";

/** Corridor-side hop: the corridor reaches a place by ON_CORRIDOR or CONNECTS. */
const ON = ":ON_CORRIDOR|CONNECTS";
const IN_ZONE = ":PART_OF";
const IN_PLACE = ":LOCATED_IN|PART_OF";
const PORT_LINK = ":LINKED_PORT|HAS_PLATFORM|LOCATED_IN|PART_OF";
const COOP = ":COOPERATES_WITH|BORDERS|ALIGNS_WITH|CONNECTS";

/** Directness ranks: 1 = most direct. */
export const CHAINS: { directness: string; rank: number; pattern: string }[] = [
  { directness: "direct", rank: 1, pattern: "(c)-[:ON_CORRIDOR]-(z:FreeTradeZone)" },
  { directness: "area", rank: 2, pattern: `(c)-[${ON}]-(:Area)-[${IN_ZONE}]-(z:FreeTradeZone)` },
  { directness: "port", rank: 3, pattern: `(c)-[${ON}]-(:Port)-[${PORT_LINK}]-(z:FreeTradeZone)` },
  {
    directness: "port",
    rank: 3,
    pattern: `(c)-[${ON}]-(:Port)-[${PORT_LINK}]-(:Area)-[${IN_ZONE}]-(z:FreeTradeZone)`,
  },
  {
    directness: "port",
    rank: 3,
    pattern: `(c)-[${ON}]-(:Port)-[:LOCATED_IN]->(:City)<-[:LOCATED_IN]-(:Area)-[${IN_ZONE}]-(z:FreeTradeZone)`,
  },
  { directness: "city", rank: 4, pattern: `(c)-[${ON}]-(:City)-[${IN_PLACE}]-(z:FreeTradeZone)` },
  {
    directness: "city",
    rank: 4,
    pattern: `(c)-[${ON}]-(:City)-[${IN_PLACE}]-(:Area)-[${IN_ZONE}]-(z:FreeTradeZone)`,
  },
  { directness: "province", rank: 5, pattern: `(c)-[${ON}]-(:Province)-[${IN_PLACE}]-(z:FreeTradeZone)` },
  { directness: "country", rank: 6, pattern: `(c)-[${ON}]-(:Country)-[${COOP}]-(z:FreeTradeZone)` },
  {
    directness: "country",
    rank: 6,
    pattern: `(c)-[${ON}]-(:Country)-[${COOP}]-(:Area)-[${IN_ZONE}]-(z:FreeTradeZone)`,
  },
];

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

export class CorridorRepository {
  constructor(private readonly executor: Executor) {}

  async corridors(): Promise<EntityRow[]> {
    const r = await this.executor.executeRead(corridorsQuery(), { timeoutMs: 10_000 });
    return r.records.map((rec) => rec.get("c") as EntityRow);
  }

  async links(corridorId: string | null): Promise<LinkRow[]> {
    const r = await this.executor.executeRead(corridorLinksQuery(corridorId), { timeoutMs: 10_000 });
    return r.records.map((rec) => rec.toObject() as LinkRow);
  }
}
