/**
 * Pure builders of the loader's Cypher: each returns {cypher, params} and touches no database.
 * Labels and relationship types cannot be parameters, so they are checked against the contract's
 * enums before they are written into a statement.
 */
import fs from "node:fs";
import path from "node:path";
import neo4j from "neo4j-driver";
import { pinyin } from "pinyin-pro";
import {
  type Claim,
  type DocumentMeta,
  type Evidence,
  type GraphEdge,
  type GraphNode,
  type Mention,
  NODE_TYPES,
  type NodeType,
  type Passage,
  REL_TYPES,
  type RelType,
} from "../../contracts/graph";
import { PROJECT_ROOT } from "../config";
import type { Query } from "../neo4j/executor";
import { dateProperties, integerIfWhole } from "../time/dates";

export const SCHEMA_FILE = path.join(PROJECT_ROOT, "cypher", "schema.cypher");

/** The statements of a .cypher file: split on `;` at line ends, `//` comment lines dropped. */
export function splitStatements(text: string): string[] {
  return text
    .split("\n")
    .filter((line) => !line.trim().startsWith("//"))
    .join("\n")
    .split(/;\s*(?:\n|$)/)
    .map((s) => s.trim())
    .filter(Boolean);
}

export function schemaStatements(file = SCHEMA_FILE): string[] {
  return splitStatements(fs.readFileSync(file, "utf8"));
}

/** Labels the loader owns; a reset removes exactly these. */
export const OWNED_LABELS = ["Entity", "Document", "Passage", "Claim"] as const;

export function assertNodeType(type: string): NodeType {
  if (!(NODE_TYPES as readonly string[]).includes(type)) throw new Error(`Unknown node type: ${type}`);
  return type as NodeType;
}
export function assertRelType(type: string): RelType {
  if (!(REL_TYPES as readonly string[]).includes(type)) throw new Error(`Unknown relationship type: ${type}`);
  return type as RelType;
}

/** Parallel arrays: Neo4j properties cannot hold lists of maps. */
export function evidenceProperties(evidence: Evidence[]) {
  return {
    evidenceDocs: evidence.map((e) => e.doc),
    evidencePassages: evidence.map((e) => e.passage),
    evidenceStarts: evidence.map((e) => e.start),
    evidenceEnds: evidence.map((e) => e.end),
    evidenceQuotes: evidence.map((e) => e.quote),
    evidenceMethods: evidence.map((e) => e.method),
  };
}

/** Toneless pinyin, full and initials, of the name and aliases: "erlianhaote elht". */
export function pinyinOf(names: string[]): string {
  const out = new Set<string>();
  for (const name of names) {
    if (!/[\u4e00-\u9fff]/.test(name)) continue;
    const full = pinyin(name, { toneType: "none", type: "array", nonZh: "removed" });
    if (full.length === 0) continue;
    out.add(full.join(""));
    out.add(full.map((s) => s[0] ?? "").join(""));
  }
  return [...out].join(" ");
}

/** Entity properties with a dedicated meaning; the rest are the extractor's free-form properties. */
export const RESERVED_ENTITY_KEYS: ReadonlySet<string> = new Set([
  "id",
  "type",
  "name",
  "nameEn",
  "aliases",
  "aliasText",
  "pinyin",
  "source",
  "degree",
  "typeCounts",
  "loadId",
]);
/** Relationship properties with a dedicated meaning (id, confidence and the evidence arrays). */
export const RESERVED_REL_KEYS: ReadonlySet<string> = new Set([
  "id",
  "loadId",
  "confidence",
  "evidenceDocs",
  "evidencePassages",
  "evidenceStarts",
  "evidenceEnds",
  "evidenceQuotes",
  "evidenceMethods",
]);

export function nodeRow(node: GraphNode) {
  const props: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(node.properties))
    if (!RESERVED_ENTITY_KEYS.has(k)) props[k] = integerIfWhole(v);
  return {
    id: node.id,
    props: {
      ...props,
      type: node.type,
      name: node.name,
      nameEn: node.nameEn,
      // No alias: no property (absent means empty), as the bulk CSVs, which cannot hold an empty list.
      aliases: node.aliases.length > 0 ? node.aliases : null,
      aliasText: node.aliases.join(" | "),
      pinyin: pinyinOf([node.name, ...node.aliases]),
      source: node.source,
      ...dateProperties("established", typeof props.established === "string" ? props.established : null),
    },
  };
}

export function documentsQuery(docs: DocumentMeta[], loadId: string | null = null): Query {
  return {
    cypher: "UNWIND $rows AS row MERGE (d:Document {id: row.id}) SET d += row, d.loadId = $load",
    params: {
      rows: docs.map((d) => ({
        ...d,
        year: integerIfWhole(d.year),
        chars: integerIfWhole(d.chars),
        ...dateProperties("date", d.date),
      })),
      load: loadId,
    },
  };
}

export function passagesQuery(passages: Passage[], loadId: string | null = null): Query {
  return {
    cypher: `UNWIND $rows AS row
MERGE (p:Passage {id: row.id})
SET p.doc = row.doc, p.start = row.start, p.end = row.end, p.text = row.text, p.clean = row.clean,
    p.loadId = $load
WITH p, row
MATCH (d:Document {id: row.doc})
MERGE (p)-[:IN_DOCUMENT]->(d)`,
    params: { rows: passages, load: loadId },
  };
}

/** One statement per node type, since the type label cannot be a parameter. */
export function nodesQuery(type: NodeType, nodes: GraphNode[], loadId: string | null = null): Query {
  const label = assertNodeType(type);
  return {
    cypher: `UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
SET n:${label}
SET n += row.props, n.loadId = $load`,
    params: { rows: nodes.map(nodeRow), load: loadId },
  };
}

export function mentionsQuery(mentions: Mention[], loadId: string | null = null): Query {
  return {
    cypher: `UNWIND $rows AS row
MATCH (n:Entity {id: row.node})
MATCH (p:Passage {id: row.passage})
MERGE (n)-[m:MENTIONED_IN {start: row.start}]->(p)
SET m.end = row.end, m.surface = row.surface, m.doc = row.doc, m.loadId = $load`,
    params: { rows: mentions, load: loadId },
  };
}

export function edgesQuery(type: RelType, edges: GraphEdge[], loadId: string | null = null): Query {
  const rel = assertRelType(type);
  return {
    cypher: `UNWIND $rows AS row
MATCH (s:Entity {id: row.source})
MATCH (t:Entity {id: row.target})
MERGE (s)-[r:${rel}]->(t)
SET r += row.props, r.loadId = $load`,
    params: {
      load: loadId,
      rows: edges.map((e) => ({
        source: e.source,
        target: e.target,
        props: { ...e.properties, id: e.id, confidence: e.confidence, ...evidenceProperties(e.evidence) },
      })),
    },
  };
}

export function claimsQuery(claims: Claim[], loadId: string | null = null): Query {
  return {
    cypher: `UNWIND $rows AS row
MATCH (s:Entity {id: row.subject})
MERGE (c:Claim {id: row.id})
SET c += row.props, c.loadId = $load
MERGE (c)-[:ABOUT]->(s)
WITH c, row
UNWIND row.passages AS pid
MATCH (p:Passage {id: pid})
MERGE (c)-[:STATED_IN]->(p)`,
    params: {
      load: loadId,
      rows: claims.map((c) => ({
        id: c.id,
        subject: c.subject,
        passages: [...new Set(c.evidence.map((e) => e.passage))],
        props: {
          ...c.properties,
          subject: c.subject,
          predicate: c.predicate,
          value: integerIfWhole(c.value),
          unit: c.unit,
          asOf: c.asOf,
          statedYear: integerIfWhole(c.statedYear),
          ...dateProperties("asOf", c.asOf),
          ...evidenceProperties(c.evidence),
        },
      })),
    },
  };
}

/**
 * No neighbour: no `typeCounts` property (absent means empty, as for `aliases`): the bulk CSVs cannot
 * hold an empty list, and both loaders store the same graph. Readers take absent as [].
 */
const NULL_IF_EMPTY = "CASE size(counts) WHEN 0 THEN null ELSE counts END";

/**
 * Derived properties of the entities a load touched, in batches of their own transactions (the
 * caller runs it auto-commit): `degree` over typed relationships (CO_OCCURS and provenance excluded)
 * and `typeCounts`, "REL|NeighbourType|count" per kind of neighbour, so that a neighbourhood can say
 * "N more" without reading a supernode's relationships. A null `loadId` recomputes every entity.
 */
export function degreeQuery(loadId: string | null = null, batch = 2000): Query {
  return {
    // Two shapes, so that a load's own entities are found through the loadId index, not a scan.
    cypher: `${loadId === null ? "MATCH (n:Entity)" : "MATCH (n:Entity {loadId: $load})"}
CALL (n) {
  CALL (n) {
    OPTIONAL MATCH (n)-[r]-(m:Entity)
    WITH type(r) AS t, m.type AS mt, count(r) AS c
    WHERE t IS NOT NULL
    RETURN collect(t + '|' + mt + '|' + toString(c)) AS counts,
           sum(CASE WHEN t = 'CO_OCCURS' THEN 0 ELSE c END) AS degree
  }
  SET n.degree = degree, n.typeCounts = ${NULL_IF_EMPTY}
} IN TRANSACTIONS OF ${Math.trunc(batch)} ROWS`,
    params: { load: loadId },
  };
}

/**
 * Degrees and type counts (as degreeQuery) of the entities with these ids, in one transaction: after
 * a bulk import, the ends of the relationship records MERGEd from repeats.ndjson (csv.ts).
 */
export function degreeOfIdsQuery(ids: string[]): Query {
  return {
    cypher: `MATCH (n:Entity) WHERE n.id IN $ids
CALL (n) {
  OPTIONAL MATCH (n)-[r]-(m:Entity)
  WITH type(r) AS t, m.type AS mt, count(r) AS c
  WHERE t IS NOT NULL
  RETURN collect(t + '|' + mt + '|' + toString(c)) AS counts,
         sum(CASE WHEN t = 'CO_OCCURS' THEN 0 ELSE c END) AS degree
}
SET n.degree = degree, n.typeCounts = ${NULL_IF_EMPTY}
RETURN count(*) AS done`,
    params: { ids },
  };
}

/**
 * After a reset load: the loader-owned nodes and relationships this load did not write, removed in
 * batches. Until then readers keep the previous graph (plus what is already loaded).
 */
export function sweepNodesQuery(loadId: string, batch = 5000): Query {
  return {
    cypher: `MATCH (n) WHERE (${OWNED_LABELS.map((l) => `n:${l}`).join(" OR ")}) AND coalesce(n.loadId, '') <> $load
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF ${Math.trunc(batch)} ROWS`,
    params: { load: loadId },
  };
}

export function sweepRelationshipsQuery(loadId: string, batch = 10000): Query {
  return {
    cypher: `MATCH (:Entity)-[r]->() WHERE coalesce(r.loadId, '') <> $load
  AND NOT type(r) IN ['IN_DOCUMENT', 'ABOUT', 'STATED_IN']
CALL (r) { DELETE r } IN TRANSACTIONS OF ${Math.trunc(batch)} ROWS`,
    params: { load: loadId },
  };
}

/**
 * Deletes the relationships of loader-owned nodes in batches of their own transactions (run
 * auto-commit), so that deleting the nodes after it never holds a supernode's relationships at once.
 */
export function resetRelationshipsQuery(batch = 10000): Query {
  return {
    cypher: `MATCH (a)-[r]->() WHERE ${OWNED_LABELS.map((l) => `a:${l}`).join(" OR ")}
CALL (r) { DELETE r } IN TRANSACTIONS OF ${Math.trunc(batch)} ROWS`,
  };
}

/** Deletes one batch of loader-owned nodes; run until it returns 0. */
export function resetBatchQuery(batch = 5000): Query {
  return {
    cypher: `MATCH (n) WHERE ${OWNED_LABELS.map((l) => `n:${l}`).join(" OR ")}
WITH n LIMIT $batch
DETACH DELETE n
RETURN count(*) AS deleted`,
    params: { batch: neo4j.int(batch) },
  };
}

export function countsQuery(): Query {
  return {
    cypher: `CALL () {
  MATCH (n) WHERE ${OWNED_LABELS.map((l) => `n:${l}`).join(" OR ")}
  UNWIND labels(n) AS label
  RETURN 'node' AS kind, label AS name, count(*) AS count
  UNION ALL
  MATCH (a)-[r]->() WHERE ${OWNED_LABELS.map((l) => `a:${l}`).join(" OR ")}
  RETURN 'rel' AS kind, type(r) AS name, count(*) AS count
}
RETURN kind, name, count ORDER BY kind, name`,
  };
}

/**
 * Neo4j's count store, as one procedure call (no node or relationship read, nothing to plan): the
 * nodes per label and the relationships per type, among other figures. bulkFinish.ts reads the
 * `:Load` record's counts from it (countsFromGraphCounts in counts.ts).
 */
export function graphCountsQuery(): Query {
  return { cypher: "CALL db.stats.retrieve('GRAPH COUNTS') YIELD data RETURN data" };
}

export function chunk<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
