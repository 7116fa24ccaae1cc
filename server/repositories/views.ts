/**
 * Pure {cypher, params} builders of the analyst views (time, changes, matrices, geography), and the
 * repository that runs them. Documents carry `dateFrom`/`dateTo` (Neo4j DATE, see server/time/dates.ts);
 * claims `asOfFrom`/`asOfTo`. "Known at D" means: stated in a document whose date starts on or before D.
 */
import type { Executor, Query } from "../neo4j/executor";
import { type EntityRow, type EvidenceArrays, entityMap, evidenceArrays } from "./fragments";

/** Window of publication dates: `from` (inclusive, or none) … `to` (inclusive). ISO days. */
export interface Window {
  from: string | null;
  to: string;
}

const IN_WINDOW = (d: string) =>
  `${d}.dateFrom IS NOT NULL AND ${d}.dateFrom <= date($to) AND ($from IS NULL OR ${d}.dateFrom >= date($from))`;

export function timelineQuery(): Query {
  return {
    cypher: `CALL () {
  MATCH (d:Document)
  RETURN 'document' AS kind, d.id AS id, d.title AS label, toString(d.dateFrom) AS date, d.date AS text
  UNION ALL
  MATCH (c:Claim {predicate: 'established'})-[:ABOUT]->(z:Entity)
  WHERE c.asOfFrom IS NOT NULL
  RETURN 'established' AS kind, z.id AS id, z.name AS label, toString(c.asOfFrom) AS date, c.asOf AS text
  UNION ALL
  MATCH (c:Claim) WHERE c.predicate <> 'established' AND c.asOfFrom IS NOT NULL
  RETURN 'claim' AS kind, c.id AS id, c.predicate + ' ' + toString(c.value) AS label, toString(c.asOfFrom) AS date, c.asOf AS text
}
RETURN kind, id, label, date, text ORDER BY date, kind, id`,
  };
}

export function windowDocumentsQuery(w: Window): Query {
  return {
    cypher: `MATCH (d:Document) WHERE ${IN_WINDOW("d")}
RETURN d.id AS id, d.title AS title, d.date AS date ORDER BY d.dateFrom, d.id`,
    params: { ...w },
  };
}

/**
 * Zones established as known in the window (an `established` claim whose period starts by `to`,
 * stated in a document of the window) and zones only applied for (APPLIES_FOR stated in the window).
 */
export function datedZonesQuery(w: Window): Query {
  return {
    cypher: `CALL () {
  MATCH (c:Claim {predicate: 'established'})-[:ABOUT]->(z:FreeTradeZone)
  WHERE c.asOfFrom <= date($to)
    AND EXISTS { (c)-[:STATED_IN]->(:Passage)-[:IN_DOCUMENT]->(d:Document) WHERE ${IN_WINDOW("d")} }
  WITH z, c ORDER BY c.asOfFrom
  WITH z, collect(c)[0] AS c
  RETURN z, 'established' AS status, c.asOf AS established, ${evidenceArrays("c")} AS ev
  UNION
  MATCH (:Entity)-[r:APPLIES_FOR]->(z:FreeTradeZone)
  WHERE NOT EXISTS {
      MATCH (c:Claim {predicate: 'established'})-[:ABOUT]->(z) WHERE c.asOfFrom <= date($to)
        AND EXISTS { (c)-[:STATED_IN]->(:Passage)-[:IN_DOCUMENT]->(d:Document) WHERE ${IN_WINDOW("d")} } }
    AND EXISTS { MATCH (d:Document) WHERE d.id IN r.evidenceDocs AND ${IN_WINDOW("d")} }
  RETURN z, 'applied' AS status, null AS established, ${evidenceArrays("r")} AS ev
}
RETURN ${entityMap("z")} AS zone, status, established, ev ORDER BY status, zone.name`,
    params: { ...w },
  };
}

/** Claims stated in the window, with the date from which each is known (its period, else its document's). */
export function datedClaimsQuery(w: Window, predicate: string | null): Query {
  return {
    cypher: `MATCH (c:Claim)-[:STATED_IN]->(:Passage)-[:IN_DOCUMENT]->(d:Document)
WHERE ($predicate IS NULL OR c.predicate = $predicate) AND ${IN_WINDOW("d")}
WITH c, min(d.dateFrom) AS published
MATCH (c)-[:ABOUT]->(s:Entity)
RETURN c.id AS id, s.id AS subject, c.predicate AS predicate, c.value AS value, c.unit AS unit, c.asOf AS asOf,
       toString(coalesce(c.asOfFrom, published)) AS knownFrom, ${evidenceArrays("c")} AS ev
ORDER BY knownFrom, c.id`,
    params: { ...w, predicate },
  };
}

/**
 * Entities mentioned in documents of the window (most connected first, capped) and the typed
 * relationships among them with evidence from those documents.
 */
export function datedGraphQuery(w: Window, limit: number): Query {
  return {
    cypher: `MATCH (d:Document) WHERE ${IN_WINDOW("d")}
WITH collect(d.id) AS docs
CALL (docs) {
  UNWIND docs AS did
  MATCH (:Document {id: did})<-[:IN_DOCUMENT]-(:Passage)<-[:MENTIONED_IN]-(n:Entity)
  RETURN DISTINCT n
}
WITH docs, n ORDER BY coalesce(n.degree, 0) DESC, n.id
WITH docs, collect(n) AS found
WITH docs, found[..toInteger($limit)] AS kept, size(found) > toInteger($limit) AS truncated
WITH docs, kept, truncated, [n IN kept | n.id] AS ids
CALL (docs, kept, ids) {
  UNWIND kept AS a
  MATCH (a)-[r]->(b:Entity)
  WHERE type(r) <> 'CO_OCCURS' AND b.id IN ids AND any(x IN r.evidenceDocs WHERE x IN docs)
  RETURN collect({id: r.id, type: type(r), source: a.id, target: b.id, confidence: r.confidence,
    evidenceCount: size([x IN r.evidenceDocs WHERE x IN docs]), stage: r.stage, ev: ${evidenceArrays("r")}}) AS rels
}
RETURN [n IN kept | ${entityMap("n")}] AS nodes, rels, truncated`,
    params: { ...w, limit },
  };
}

/**
 * A cheap version of the graph for the views' cache: node, relationship and document counts (count
 * store lookups) and the last document id (one index-ordered row). A load that adds or removes anything
 * changes it.
 */
export function graphVersionQuery(): Query {
  return {
    cypher: `CALL () { MATCH (n) RETURN count(n) AS nodes }
CALL () { MATCH ()-[r]->() RETURN count(r) AS rels }
CALL () { MATCH (d:Document) RETURN count(d) AS docs }
CALL () { OPTIONAL MATCH (d:Document) WHERE d.id IS NOT NULL RETURN d.id AS lastDoc ORDER BY d.id DESC LIMIT 1 }
RETURN nodes, rels, docs, lastDoc`,
  };
}

// ---------- matrices ----------

export function agreementMatrixQuery(rowTypes: string[]): Query {
  return {
    cypher: `MATCH (x:Entity)-[r:ALIGNS_WITH]->(a:Agreement)
WHERE x.type IN $rowTypes
RETURN ${entityMap("x")} AS row, ${entityMap("a")} AS column, r.id AS edge, r.stage AS stage,
       size(coalesce(r.evidenceQuotes, [])) AS evidenceCount, ${evidenceArrays("r")} AS ev
ORDER BY a.name, x.type, x.name`,
    params: { rowTypes },
  };
}

export interface DatedZoneRow {
  zone: EntityRow;
  status: "established" | "applied";
  established: string | null;
  ev: EvidenceArrays;
}
export interface DatedClaimRow {
  id: string;
  subject: string;
  predicate: string;
  value: number | string;
  unit: string | null;
  asOf: string | null;
  knownFrom: string | null;
  ev: EvidenceArrays;
}
export interface DatedRel {
  id: string;
  type: string;
  source: string;
  target: string;
  confidence: number | null;
  evidenceCount: number;
  stage: string | null;
  ev: EvidenceArrays;
}
export interface AgreementRow {
  row: EntityRow;
  column: EntityRow;
  edge: string;
  stage: string | null;
  evidenceCount: number;
  ev: EvidenceArrays;
}
export interface TimelineRow {
  kind: "document" | "established" | "claim";
  id: string;
  label: string;
  date: string | null;
  text: string | null;
}

const TIMEOUT = { timeoutMs: 15_000 };

export class ViewsRepository {
  constructor(private readonly executor: Executor) {}

  private async rows<T>(q: Query): Promise<T[]> {
    const r = await this.executor.executeRead(q, TIMEOUT);
    return r.records.map((rec) => rec.toObject() as T);
  }

  timeline = () => this.rows<TimelineRow>(timelineQuery());
  documents = (w: Window) => this.rows<{ id: string; title: string; date: string }>(windowDocumentsQuery(w));
  zones = (w: Window) => this.rows<DatedZoneRow>(datedZonesQuery(w));
  claims = (w: Window, predicate: string | null) => this.rows<DatedClaimRow>(datedClaimsQuery(w, predicate));
  async version(): Promise<string> {
    const [row] = await this.rows<Record<string, unknown>>(graphVersionQuery());
    return row ? [row.nodes, row.rels, row.docs, row.lastDoc].map(String).join("|") : "empty";
  }
  agreementCells = (rowTypes: string[]) => this.rows<AgreementRow>(agreementMatrixQuery(rowTypes));

  async graph(w: Window, limit: number) {
    const [row] = await this.rows<{ nodes: EntityRow[]; rels: DatedRel[]; truncated: boolean }>(
      datedGraphQuery(w, limit),
    );
    return row ?? { nodes: [], rels: [], truncated: false };
  }
}
