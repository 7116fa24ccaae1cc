/**
 * Cypher of the graph endpoints (search, node, edge, neighbourhood, subgraph, paths), built by pure
 * functions returning {cypher, params}; the repository class only runs them and returns plain rows.
 */
import { REL_TYPES, type RelType } from "../../contracts/graph";
import type { Executor, Query } from "../neo4j/executor";
import type { DocumentPart } from "../services/evidenceRanking";
import {
  compiledExpressions,
  type DocInfo,
  documentInfoQuery,
  type EntityRow,
  type EvidenceArrays,
  entityMap,
  evidenceArrays,
  type Provenance,
  passageInfoQuery,
  passageMentionsQuery,
  provenanceIds,
  relPattern,
  statusExpr,
} from "./fragments";
import { hopsOf, type PathDetails, pathDetailsQuery, pathStepQuery, provenanceOf } from "./paths";

// ---------- search ----------

const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/** Escape Lucene query syntax in user input. */
export function escapeLucene(s: string): string {
  return s.replace(LUCENE_SPECIAL, "\\$&");
}

/**
 * A Lucene query for the cjk-analysed `entity_search` index, every token required: a CJK token as a
 * phrase (its bigrams in order: an infix match, driven by the rarest bigram, so the cost follows
 * the matches), a Latin token as a term or a prefix (autocomplete). Null when nothing searchable remains.
 */
export function luceneQuery(q: string): string | null {
  const tokens = q
    .normalize("NFKC")
    .split(/[\s,，、;；|]+/)
    .map((t) => t.replace(LUCENE_SPECIAL, " ").trim())
    .filter(Boolean)
    .slice(0, 8);
  const parts: string[] = [];
  for (const token of tokens) {
    for (const word of token.split(/\s+/).filter(Boolean)) {
      const e = escapeLucene(word.toLowerCase());
      if (/^[a-z0-9]+$/i.test(word)) parts.push(`(${e}^2 OR ${e}*)`);
      else parts.push(`"${e}"`);
    }
  }
  return parts.length > 0 ? parts.join(" AND ") : null;
}

/**
 * Search through indexes only, so that the cost follows the matches, not the graph: the exact name
 * and name prefixes by the range index on `name` (a seek), infixes, aliases, English names and
 * pinyin by the full-text index. Ranking happens in the service (rankSearch).
 */
export function searchQuery(q: string, types: string[] | null, limit: number): Query {
  const lucene = luceneQuery(q);
  const typeFilter = "($types IS NULL OR node.type IN $types)";
  const fulltext = lucene
    ? `
  UNION
  CALL db.index.fulltext.queryNodes('entity_search', $lucene, {limit: toInteger($ftLimit)}) YIELD node, score
  WHERE ${typeFilter}
  RETURN node, score`
    : "";
  return {
    cypher: `CALL () {
  MATCH (node:Entity) WHERE node.name STARTS WITH $q AND ${typeFilter}
  RETURN node, 0.0 AS score
  LIMIT toInteger($prefixLimit)${fulltext}
}
WITH node, max(score) AS score
RETURN node.id AS id, node.type AS type, node.name AS name, node.nameEn AS nameEn,
       coalesce(node.aliases, []) AS aliases, coalesce(node.degree, 0) AS degree,
       coalesce(node.pinyin, '') AS pinyin, score`,
    params: {
      lucene,
      q,
      types,
      ftLimit: Math.max(50, limit * 3),
      prefixLimit: Math.max(50, limit * 3),
    },
  };
}

export interface SearchRow {
  id: string;
  type: string;
  name: string;
  nameEn: string | null;
  aliases: string[];
  degree: number;
  pinyin: string;
  score: number;
}

// ---------- node / edge detail ----------

export function nodeDetailQuery(id: string, mentionLimit: number): Query {
  return {
    cypher: `MATCH (n:Entity {id: $id})
RETURN properties(n) AS props,
  COLLECT { MATCH (n)-[r]->(:Entity) RETURN type(r) + '>' } AS outs,
  COLLECT { MATCH (n)<-[r]-(:Entity) RETURN type(r) + '<' } AS ins,
  COLLECT {
    MATCH (c:Claim)-[:ABOUT]->(n)
    RETURN c {.id, .predicate, .value, .unit, .asOf, .statedYear, ev: ${evidenceArrays("c")}}
    ORDER BY c.statedYear, c.predicate
  } AS claims,
  COUNT { (n)-[:MENTIONED_IN]->(:Passage) } AS mentionCount,
  COLLECT {
    MATCH (n)-[m:MENTIONED_IN]->(p:Passage)-[:IN_DOCUMENT]->(d:Document)
    RETURN {doc: d.id, docTitle: d.title, docDate: d.date, passage: p.id, passageStart: p.start,
            passageEnd: p.end, text: p.clean, start: m.start, end: m.end, surface: m.surface}
    ORDER BY d.year DESC, d.id, m.start
    LIMIT toInteger($mentionLimit)
  } AS mentions`,
    params: { id, mentionLimit },
  };
}

/** Relationship ids are `${type}:${source}->${target}`: the type prefix lets the id index work. */
export function relTypeOfId(id: string): RelType | null {
  const prefix = id.split(":", 1)[0] ?? "";
  return (REL_TYPES as readonly string[]).includes(prefix) ? (prefix as RelType) : null;
}

export function edgeDetailQuery(id: string): Query {
  const type = relTypeOfId(id);
  const pattern = type
    ? `(s:Entity)-[r:${type} {id: $id}]->(t:Entity)`
    : "(s:Entity)-[r {id: $id}]->(t:Entity)";
  return {
    cypher: `MATCH ${pattern}
RETURN r.id AS id, type(r) AS type, properties(r) AS props, r.confidence AS confidence,
       ${evidenceArrays("r")} AS ev,
       s {.id, .name, .nameEn, .type, .aliases} AS source, t {.id, .name, .nameEn, .type, .aliases} AS target
LIMIT 1`,
    params: { id },
  };
}

// ---------- neighbourhood ----------

export function entityQuery(id: string): Query {
  return { cypher: `MATCH (n:Entity {id: $id}) RETURN ${entityMap("n")} AS n`, params: { id } };
}

/** Relationships read per type for a node that keeps `fanout`: its share of the allowed types. */
export function perTypeLimit(fanout: number, types: number): number {
  return Math.max(1, Math.ceil(fanout / Math.max(1, types)));
}

/**
 * Whether a frontier node needs the fill over all types: a sparse node always (the fill alone reads it);
 * a dense one only when its per-type shares, from its precomputed `typeCounts` (allowed relationship and
 * neighbour types), add up to fewer than `fanout` (a node with few types); without typeCounts, always.
 * A supernode whose shares fill `fanout` is read once, not twice.
 */
const FILL_NEEDED = `CASE WHEN dense AND f.typeCounts IS NOT NULL THEN
  reduce(s = 0, n IN [rt IN $rels | reduce(c = 0, e IN [x IN f.typeCounts | split(x, '|')] |
      c + CASE WHEN e[0] = rt AND ($types IS NULL OR e[1] IN $types) THEN toInteger(e[2]) ELSE 0 END)] |
    s + CASE WHEN n < $perType THEN n ELSE $perType END) < $fanout
  ELSE true END`;

/**
 * One BFS level, bounded by what it keeps: for every frontier node, at most `perTypeLimit` relationships
 * of each allowed type (fairness among types) and a fill of at most `fanout` over all of them (a node
 * with few types still fills its share), so a node reads at most 2 × `fanout` relationships whatever its
 * degree; a node with at most `fanout` relationships (its `degree`) is read by the fill alone, since a
 * per-type expansion of a sparse node walks its whole relationship chain once per type, and a dense node
 * whose shares already fill `fanout` skips the fill (FILL_NEEDED). The best `fanout` neighbours of those
 * read (their best confidence, then degree), each with every relationship read to it, are returned with
 * the node's precomputed `typeCounts` ("REL|NeighbourType|count") for the "N more" figures. Nodes loaded
 * before typeCounts existed get them counted on the fly. Each relationship's confidence is read once, before
 * the cut, and carried with it through the per-neighbour `collect` (read again after the `LIMIT`, it cost
 * one db hit more per kept relationship: a supernode's depth 1 read 2,563 db hits, now 2,364).
 */
export function expandQuery(
  frontier: string[],
  rels: RelType[],
  types: string[] | null,
  fanout: number,
  withNode = false,
): Query {
  const checked = rels.filter((t) => (REL_TYPES as readonly string[]).includes(t));
  if (checked.length === 0) throw new Error("expandQuery: no relationship type");
  const branch = (pattern: string, limit: string, onlyDense: boolean) =>
    `    ${onlyDense ? "WITH f WHERE dense\n    " : ""}MATCH (f)-[r${pattern}]-(m)${types === null ? "" : " WHERE m.type IN $types"}
    WITH r, m LIMIT toInteger(${limit})
    RETURN r, m`;
  // With one type, or a node with at most `fanout` relationships in all, the fill reads them all.
  const perType = checked.length > 1;
  const fill = branch(relPattern(checked), "$fanout", false);
  const branches = [
    ...(perType ? checked.map((t) => branch(`:${t}`, "$perType", true)) : []),
    perType ? fill.replace("    MATCH", "    WITH f WHERE fill\n    MATCH") : fill,
  ].join("\n    UNION\n");
  return {
    cypher: `UNWIND $frontier AS fid
MATCH (f:Entity {id: fid})
WITH fid, f, coalesce(f.degree, $fanout + 1) > $fanout AS dense
${perType ? `WITH fid, f, dense, ${FILL_NEEDED} AS fill\n` : ""}CALL (fid, f, dense${perType ? ", fill" : ""}) {
  CALL (f, dense${perType ? ", fill" : ""}) {
${branches}
  }
  WITH m, r, r.confidence AS c
  WITH m, collect([r, c]) AS rs, max(coalesce(c, 0)) AS best
  ORDER BY best DESC, coalesce(m.degree, 0) DESC, m.id
  LIMIT toInteger($fanout)
  UNWIND rs AS rc
  WITH m, rc[0] AS r, rc[1] AS c
  RETURN collect(${KEPT_TUPLE}) AS kept
}
RETURN fid, kept,${withNode ? ` ${entityMap("f")} AS f,` : ""}
       CASE WHEN f.typeCounts IS NULL
         THEN COLLECT { MATCH (f)-[x]-(y:Entity) RETURN type(x) + '|' + y.type + '|1' }
         ELSE f.typeCounts END AS typeCounts`,
    params: { frontier, types, fanout, perType: perTypeLimit(fanout, checked.length), rels: checked },
  };
}

/**
 * A kept relationship as a list, not a map: a map repeats its keys in every one of up to 1,000 entries,
 * and sending and decoding them was most of a large neighbourhood's time. Its direction is a boolean
 * (the frontier node's id is the row's). Only what the viewer uses is read: the evidence count from the
 * integer array of starts (parallel to the quotes, cheaper to read), `count` of CO_OCCURS only (the
 * extractor's co-occurrence weight) and `stage` of ALIGNS_WITH only. Ids that follow the loader's
 * conventions are not sent: a relationship id `TYPE:source->target` and an entity id `Type:name` come
 * back as null and are rebuilt here (they were a third of a supernode's answer, in bytes).
 */
const KEPT_TUPLE = `[CASE r.id WHEN type(r) + ':' + CASE WHEN startNode(r) = f THEN fid + '->' + m.id
      ELSE m.id + '->' + fid END THEN null ELSE r.id END,
    type(r), startNode(r) = f, c, size(coalesce(r.evidenceStarts, [])),
    CASE type(r) WHEN 'CO_OCCURS' THEN r.count END, CASE type(r) WHEN 'ALIGNS_WITH' THEN r.stage END,
    CASE m.id WHEN m.type + ':' + m.name THEN null ELSE m.id END, m.type, m.name, m.nameEn, m.degree,
    m.aliases, ${statusExpr("m")}]`;

type KeptTuple = [
  string | null,
  string,
  boolean,
  number | null,
  number,
  number | null,
  string | null,
  string | null,
  string,
  string,
  string | null,
  number | null,
  string[] | null,
  string | null,
];

/** The relationships of an expand row, from the lists the query returns (see KEPT_TUPLE). */
export function keptEdges(fid: string, kept: readonly unknown[]): ExpandEdge[] {
  return (kept as KeptTuple[]).map(
    ([
      id,
      type,
      out,
      confidence,
      evidenceCount,
      count,
      stage,
      mid,
      mtype,
      name,
      nameEn,
      degree,
      aliases,
      status,
    ]) => {
      const m = mid ?? `${mtype}:${name}`;
      const [source, target] = out ? [fid, m] : [m, fid];
      return {
        id: id ?? `${type}:${source}->${target}`,
        type,
        source,
        target,
        confidence,
        evidenceCount,
        count,
        stage,
        m: { id: m, type: mtype, name, nameEn, degree, aliases, status },
      };
    },
  );
}

export interface ExpandEdge {
  id: string;
  type: string;
  source: string;
  target: string;
  confidence: number | null;
  evidenceCount: number;
  count: number | null;
  /** ALIGNS_WITH: the stage the extractor stored (applied, signed, ratified, in_force, pilots). */
  stage?: string | null;
  m: EntityRow;
}
export interface ExpandRow {
  fid: string;
  kept: ExpandEdge[];
  /** "REL|NeighbourType|count" entries of the frontier node (all relationship types). */
  typeCounts: string[];
  /** The frontier node itself, when asked for (the root of a neighbourhood). */
  f?: EntityRow;
}

// ---------- subgraph ----------

export function subgraphNodesQuery(types: string[], limit: number, zoneProvincesOnly: boolean): Query {
  return {
    cypher: `MATCH (n:Entity)
WHERE n.type IN $types
  AND (NOT $zoneProvincesOnly OR n.type <> 'Province' OR EXISTS { (n)--(:FreeTradeZone) })
WITH n ORDER BY coalesce(n.degree, 0) DESC, n.id
WITH collect(${entityMap("n")}) AS all
RETURN all[..toInteger($limit)] AS kept, [x IN all[toInteger($limit)..] | x.type] AS droppedTypes`,
    params: { types, limit, zoneProvincesOnly },
  };
}

export function edgesAmongQuery(ids: string[], rels: RelType[]): Query {
  return {
    cypher: `MATCH (a:Entity)-[r${relPattern(rels)}]->(b:Entity)
WHERE a.id IN $ids AND b.id IN $ids
RETURN r.id AS id, type(r) AS type, a.id AS source, b.id AS target, r.confidence AS confidence,
       size(coalesce(r.evidenceQuotes, [])) AS evidenceCount, r.count AS count, r.stage AS stage`,
    params: { ids },
  };
}

// ---------- subgraph by ids (shared views) ----------

/** Labels whose nodes have a unique `id` (schema constraints): what a subgraph by ids can return. */
export const ID_LABELS = ["Entity", "Document", "Passage", "Claim"] as const;

/**
 * The nodes named by `ids`, whatever their label (a shared scene may hold documents, passages and claims
 * from Cypher results too). One index lookup per label; unknown ids simply return nothing.
 */
export function nodesByIdsQuery(ids: string[]): Query {
  const branches = ID_LABELS.map((l) => `  MATCH (n:${l}) WHERE n.id IN $ids RETURN n`).join("\n  UNION\n");
  return {
    cypher: `CALL () {
${branches}
}
RETURN n.id AS id, n:Entity AS entity,
       CASE WHEN n:Entity THEN n.type WHEN n:Document THEN 'Document' WHEN n:Passage THEN 'Passage' ELSE 'Claim' END AS type,
       coalesce(n.name, n.title, n.predicate, left(n.clean, 40), n.id) AS name,
       n.nameEn AS nameEn, n.degree AS degree, n.aliases AS aliases`,
    params: { ids },
  };
}

export interface IdNodeRow extends EntityRow {
  entity: boolean;
}

/** Provenance relationships (no `id` property: keyed by elementId, as in Cypher results). */
export const PROVENANCE_RELS = [
  { type: "ABOUT", from: "Claim", to: "Entity" },
  { type: "STATED_IN", from: "Claim", to: "Passage" },
  { type: "IN_DOCUMENT", from: "Passage", to: "Document" },
  { type: "MENTIONED_IN", from: "Entity", to: "Passage" },
] as const;

/** Provenance relationships among the given nodes (only asked for when a document, passage or claim is). */
export function provenanceEdgesAmongQuery(ids: string[]): Query {
  const branches = PROVENANCE_RELS.map(
    (r) =>
      `  MATCH (a:${r.from})-[r:${r.type}]->(b:${r.to}) WHERE a.id IN $ids AND b.id IN $ids RETURN r, a.id AS source, b.id AS target`,
  ).join("\n  UNION\n");
  return {
    cypher: `CALL () {
${branches}
}
RETURN elementId(r) AS id, type(r) AS type, source, target`,
    params: { ids },
  };
}

// ---------- repository ----------

export class GraphRepository {
  constructor(
    private readonly executor: Executor,
    private readonly timeoutMs = 10_000,
  ) {}

  /** Every read of the explorer: one round trip (executeReadOnce), expressions compiled at once. */
  private async rows<T>(q: Query): Promise<T[]> {
    const r = await this.executor.executeReadOnce(compiledExpressions(q), { timeoutMs: this.timeoutMs });
    return r.records.map((rec) => rec.toObject() as T);
  }

  search(q: string, types: string[] | null, limit: number): Promise<SearchRow[]> {
    return this.rows<SearchRow>(searchQuery(q, types, limit));
  }

  async nodeDetail(id: string, mentionLimit: number) {
    return (await this.rows<Record<string, unknown>>(nodeDetailQuery(id, mentionLimit)))[0] ?? null;
  }

  async edgeDetail(id: string) {
    return (await this.rows<Record<string, unknown>>(edgeDetailQuery(id)))[0] ?? null;
  }

  async entity(id: string): Promise<EntityRow | null> {
    return (await this.rows<{ n: EntityRow }>(entityQuery(id)))[0]?.n ?? null;
  }

  async expand(
    frontier: string[],
    rels: RelType[],
    types: string[] | null,
    fanout: number,
    withNode = false,
  ): Promise<ExpandRow[]> {
    const rows = await this.rows<Omit<ExpandRow, "kept"> & { kept: unknown[] }>(
      expandQuery(frontier, rels, types, fanout, withNode),
    );
    return rows.map((r) => ({ ...r, kept: keptEdges(r.fid, r.kept) }));
  }

  async subgraphNodes(types: string[], limit: number, zoneProvincesOnly: boolean) {
    const row = (
      await this.rows<{ kept: EntityRow[]; droppedTypes: string[] }>(
        subgraphNodesQuery(types, limit, zoneProvincesOnly),
      )
    )[0];
    return row ?? { kept: [], droppedTypes: [] };
  }

  edgesAmong(ids: string[], rels: RelType[]) {
    return this.rows<Omit<ExpandEdge, "m">>(edgesAmongQuery(ids, rels));
  }

  nodesByIds(ids: string[]): Promise<IdNodeRow[]> {
    return this.rows<IdNodeRow>(nodesByIdsQuery(ids));
  }

  provenanceEdgesAmong(ids: string[]) {
    return this.rows<{ id: string; type: string; source: string; target: string }>(
      provenanceEdgesAmongQuery(ids),
    );
  }

  /** One step of the path search, within what is left of its deadline. */
  async pathStep(frontier: string[], rels: RelType[], perNode: number, timeoutMs: number) {
    const r = await this.executor.executeReadWithin(
      compiledExpressions(pathStepQuery(frontier, rels, perNode)),
      timeoutMs,
    );
    return hopsOf(
      r.records.map((rec) => rec.toObject() as { fid: string; hops: [string, string, number][] }),
    );
  }

  /** The paths' entities and relationships with their evidence's provenance, in one round trip. */
  async pathDetails(nodeIds: string[], relIds: string[]): Promise<PathDetails> {
    type Row = Omit<PathDetails, "provenance"> & {
      docs: Parameters<typeof provenanceOf>[0];
      passages: Parameters<typeof provenanceOf>[1];
    };
    const row = (await this.rows<Row>(pathDetailsQuery(nodeIds, relIds)))[0];
    if (!row) return { nodes: [], rels: [], provenance: provenanceOf([], []) };
    return { nodes: row.nodes, rels: row.rels, provenance: provenanceOf(row.docs, row.passages) };
  }

  async documentInfo(ids: string[]): Promise<Map<string, DocInfo>> {
    const map = new Map<string, DocInfo>();
    if (ids.length === 0) return map;
    type Row = { id: string; title: string | null; date: string | null; parts: DocumentPart[] | null };
    for (const r of await this.rows<Row>(documentInfoQuery(ids))) {
      const parts = (r.parts ?? []).map((p) => ({
        title: String(p.title),
        start: Math.trunc(Number(p.start)),
      }));
      map.set(r.id, { title: r.title ?? "", date: r.date ?? "", ...(parts.length ? { parts } : {}) });
    }
    return map;
  }

  /** Passage id → which of `ends` it mentions. */
  async passageMentions(passages: string[], ends: string[]): Promise<Map<string, Set<string>>> {
    const map = new Map<string, Set<string>>();
    if (passages.length === 0 || ends.length === 0) return map;
    for (const r of await this.rows<{ passage: string; ids: string[] }>(passageMentionsQuery(passages, ends)))
      map.set(r.passage, new Set(r.ids));
    return map;
  }

  /**
   * Titles, dates and sentences for the evidence arrays given; with `ends` (entity ids) also which of
   * them each evidence passage mentions, for ranking.
   */
  async provenance(evs: (EvidenceArrays | null | undefined)[], ends: string[] = []): Promise<Provenance> {
    const ids = provenanceIds(evs);
    const passages = new Map<string, { start: number; text: string }>();
    const [docs, mentions] = await Promise.all([
      this.documentInfo(ids.docs),
      this.passageMentions(ids.passages, ends),
      ids.passages.length === 0
        ? Promise.resolve()
        : this.rows<{ id: string; start: number; text: string }>(passageInfoQuery(ids.passages)).then(
            (rows) => {
              for (const r of rows)
                passages.set(r.id, { start: Math.trunc(Number(r.start)), text: String(r.text) });
            },
          ),
    ]);
    return { docs, passages, mentions };
  }
}
