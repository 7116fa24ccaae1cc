/**
 * Graph endpoints: search ranking, node and edge detail, capped neighbourhoods, filtered subgraphs
 * and k shortest paths with evidence.
 */
import type {
  ClaimView,
  DegreeCount,
  EdgeDetail,
  MentionView,
  NodeDetail,
  PathsResponse,
  SearchHit,
  SerializedGraph,
  Subgraph,
} from "../../contracts/api";
import { NODE_TYPES, type NodeType } from "../../contracts/graph";
import { NotFoundError } from "../errors";
import {
  cleanProperties,
  type EvidenceArrays,
  evidenceViews,
  nodeAttributes,
  nodeTypes,
  RESERVED_ENTITY_KEYS,
  relTypes,
} from "../repositories/fragments";
import type { ExpandEdge, ExpandRow, GraphRepository, SearchRow } from "../repositories/graph";
import { edgeDetailOf, edgeEndIds } from "./edgeDetail";
import { partTitle } from "./evidenceRanking";
import { findPaths, type PathsOptions } from "./paths";

type SNode = SerializedGraph["nodes"][number];
type SEdge = SerializedGraph["edges"][number];

export function emptyGraph(): SerializedGraph {
  return {
    options: { type: "directed", multi: true, allowSelfLoops: true },
    attributes: {},
    nodes: [],
    edges: [],
  };
}

// ---------- search ranking (pure) ----------

/** Match tiers: exact name > exact alias > prefix > infix; pinyin in between; importance breaks ties. */
export const SEARCH_TIERS = {
  exactName: 100,
  exactAlias: 90,
  prefixName: 60,
  prefixAlias: 55,
  exactPinyin: 50,
  prefixPinyin: 40,
  infix: 30,
  infixPinyin: 10,
} as const;

function tierOf(r: SearchRow, query: string, compact: string): { tier: number; matched: string } {
  let best = { tier: 0, matched: r.name };
  const consider = (value: string, exact: number, prefix: number, infix: number) => {
    const v = value.toLowerCase();
    const t =
      v === query || v === compact ? exact : v.startsWith(query) ? prefix : v.includes(query) ? infix : 0;
    if (t > best.tier) best = { tier: t, matched: value };
  };
  const T = SEARCH_TIERS;
  consider(r.name, T.exactName, T.prefixName, T.infix);
  for (const a of [...(r.aliases ?? []), ...(r.nameEn ? [r.nameEn] : [])])
    consider(a, T.exactAlias, T.prefixAlias, T.infix);
  for (const p of (r.pinyin ?? "").split(/\s+/).filter(Boolean))
    consider(p, T.exactPinyin, T.prefixPinyin, T.infixPinyin);
  return best;
}

/**
 * Rank search rows by tier, then importance (typed degree), then full-text score, then shorter
 * names ("二连浩特" before "二连浩特市人民政府"). `score` = tier + a fraction for importance.
 */
/** The columns of a search row a hit carries, with its degree as a whole number ≥ 0. */
export function hitOf(
  r: SearchRow,
): Pick<SearchHit, "id" | "type" | "name" | "nameEn" | "aliases" | "degree"> {
  const degree = Math.max(0, Math.trunc(Number(r.degree) || 0));
  return {
    id: r.id,
    type: r.type as NodeType,
    name: r.name,
    nameEn: r.nameEn ?? null,
    aliases: r.aliases ?? [],
    degree,
  };
}

/** A score: the rank (tier, or 10 − edit distance) plus a fraction for importance (degree), to 3 places. */
export function scoreOf(rank: number, degree: number): number {
  return Math.round((rank + Math.min(0.99, Math.log2(1 + degree) / 20)) * 1000) / 1000;
}

export function rankSearch(q: string, rows: SearchRow[], limit: number): SearchHit[] {
  const query = q.trim().toLowerCase();
  const compact = query.replace(/\s+/g, "");
  const scored = rows
    .filter((r) => (NODE_TYPES as readonly string[]).includes(r.type))
    .map((r) => {
      const { tier, matched } = tierOf(r, query, compact);
      const base = hitOf(r);
      return {
        hit: { ...base, score: scoreOf(tier, base.degree), matched },
        tier,
        fulltext: r.score ?? 0,
      };
    });
  scored.sort(
    (a, b) =>
      b.tier - a.tier ||
      b.hit.degree - a.hit.degree ||
      b.fulltext - a.fulltext ||
      a.hit.name.length - b.hit.name.length ||
      a.hit.id.localeCompare(b.hit.id),
  );
  return scored.slice(0, limit).map((s) => s.hit);
}

// ---------- neighbourhood assembly (pure) ----------

export interface NeighborhoodOptions {
  depth: number;
  types?: string[] | undefined;
  rels?: string[] | undefined;
  limit: number;
  /** Max neighbours kept per expanded node (supernodes: 中国, 一带一路, 东盟). */
  fanout?: number;
}

export function edgeOf(e: Omit<ExpandEdge, "m">): SEdge {
  return {
    key: e.id,
    source: e.source,
    target: e.target,
    attributes: {
      type: e.type,
      confidence: e.confidence ?? null,
      evidenceCount: Math.trunc(e.evidenceCount ?? 0),
      ...(e.count !== null && e.count !== undefined ? { count: e.count } : {}),
      ...(typeof e.stage === "string" && e.stage ? { stage: e.stage } : {}),
    },
  };
}

/** Per-node fan-out at a level: the budget shared by the frontier, within [minFanout, maxFanout]. */
export function fanoutFor(remaining: number, frontierSize: number, maxFanout: number): number {
  if (frontierSize <= 0) return 0;
  return Math.max(3, Math.min(maxFanout, Math.ceil(remaining / frontierSize) + 2));
}

/**
 * Adds one level's kept relationships, strongest first across the level, until `limit` nodes;
 * returns the new frontier (nodes added at this level).
 */
export function keepStrongest(
  rows: ExpandRow[],
  nodes: Map<string, SNode>,
  edges: Map<string, SEdge>,
  limit: number,
): string[] {
  const next: string[] = [];
  const kept = rows.flatMap((r) => r.kept);
  kept.sort((a, b) => (b.confidence ?? 0) - (a.confidence ?? 0) || (b.m.degree ?? 0) - (a.m.degree ?? 0));
  for (const e of kept) {
    if (edges.has(e.id)) continue;
    if (!nodes.has(e.m.id)) {
      if (nodes.size >= limit) continue;
      nodes.set(e.m.id, { key: e.m.id, attributes: nodeAttributes(e.m) });
      next.push(e.m.id);
    }
    edges.set(e.id, edgeOf(e));
  }
  return next;
}

/**
 * "N more" without reading them: for every expanded node, its precomputed relationship counts in
 * scope (allowed relationship and neighbour types) minus the relationships of it in the result.
 * A neighbour left out by two expanded nodes counts twice (the figures are relationship ends).
 */
export function omittedCounts(
  expanded: ExpandRow[],
  edges: Map<string, SEdge>,
  nodes: Map<string, SNode>,
  rels: Set<string>,
  types: string[] | null,
): { nodes: Record<string, number>; relationships: Record<string, number> } {
  const out = { nodes: {} as Record<string, number>, relationships: {} as Record<string, number> };
  const add = (o: Record<string, number>, k: string, n: number) => {
    if (n !== 0) o[k] = (o[k] ?? 0) + n;
  };
  // What the result shows around each expanded node only (the other ends are never looked up).
  const shown = new Map<string, { rels: Map<string, number>; types: Map<string, number> }>();
  for (const row of expanded) shown.set(row.fid, { rels: new Map(), types: new Map() });
  const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  const count = (end: string, other: string, rel: string) => {
    const s = shown.get(end);
    if (!s) return;
    bump(s.rels, rel);
    bump(s.types, String(nodes.get(other)?.attributes.type ?? ""));
  };
  for (const e of edges.values()) {
    const rel = String(e.attributes.type);
    count(e.source, e.target, rel);
    count(e.target, e.source, rel);
  }
  const seen = new Set<string>();
  for (const row of expanded) {
    if (seen.has(row.fid)) continue;
    seen.add(row.fid);
    const inScope = { rels: new Map<string, number>(), types: new Map<string, number>() };
    for (const entry of row.typeCounts ?? []) {
      const [rel = "", type = "", count = "0"] = entry.split("|");
      if (!rels.has(rel) || (types && !types.includes(type))) continue;
      inScope.rels.set(rel, (inScope.rels.get(rel) ?? 0) + Number(count));
      inScope.types.set(type, (inScope.types.get(type) ?? 0) + Number(count));
    }
    const s = shown.get(row.fid);
    for (const [k, n] of inScope.rels) add(out.relationships, k, Math.max(0, n - (s?.rels.get(k) ?? 0)));
    for (const [k, n] of inScope.types) add(out.nodes, k, Math.max(0, n - (s?.types.get(k) ?? 0)));
  }
  return out;
}

// ---------- service ----------

export class GraphService {
  constructor(private readonly repo: GraphRepository) {}

  async search(q: string, types: string[] | undefined, limit: number): Promise<SearchHit[]> {
    const rows = await this.repo.search(q.trim(), nodeTypes(types), limit);
    return rankSearch(q, rows, limit);
  }

  async node(id: string, mentionLimit = 50): Promise<NodeDetail> {
    const row = await this.repo.nodeDetail(id, mentionLimit);
    if (!row) throw new NotFoundError(`No entity with id ${JSON.stringify(id)}.`, { id });
    const props = row.props as Record<string, unknown>;
    const degrees = new Map<string, DegreeCount>();
    for (const [list, direction] of [
      [row.outs, "out"],
      [row.ins, "in"],
    ] as const) {
      for (const t of list as string[]) {
        const type = t.slice(0, -1);
        const key = `${type}${direction}`;
        const d = degrees.get(key) ?? { type, direction, count: 0 };
        d.count += 1;
        degrees.set(key, d);
      }
    }
    const claimsRaw = row.claims as (Record<string, unknown> & { ev: EvidenceArrays })[];
    const docs = await this.repo.provenance(claimsRaw.map((c) => c.ev));
    const claims: ClaimView[] = claimsRaw.map((c) => ({
      id: String(c.id),
      predicate: String(c.predicate),
      value: typeof c.value === "number" ? c.value : String(c.value ?? ""),
      unit: (c.unit as string | null) ?? null,
      asOf: c.asOf === null || c.asOf === undefined ? null : String(c.asOf),
      statedYear: typeof c.statedYear === "number" ? Math.trunc(c.statedYear) : null,
      evidence: evidenceViews(c.ev, docs),
    }));
    const mentionRows = row.mentions as Record<string, unknown>[];
    const mentionDocs = await this.repo.documentInfo([...new Set(mentionRows.map((m) => String(m.doc)))]);
    const mentions = mentionRows.map(
      (m): MentionView => ({
        doc: String(m.doc),
        docTitle: partTitle(
          String(m.docTitle ?? ""),
          mentionDocs.get(String(m.doc))?.parts,
          Math.trunc(Number(m.passageStart)),
        ),
        docDate: String(m.docDate ?? ""),
        passage: String(m.passage),
        passageStart: Math.trunc(Number(m.passageStart)),
        passageEnd: Math.trunc(Number(m.passageEnd)),
        text: String(m.text ?? ""),
        start: Math.trunc(Number(m.start)),
        end: Math.trunc(Number(m.end)),
        surface: String(m.surface ?? ""),
      }),
    );
    return {
      id: String(props.id),
      type: props.type as NodeType,
      name: String(props.name),
      nameEn: (props.nameEn as string | undefined) ?? null,
      aliases: (props.aliases as string[] | undefined) ?? [],
      source: (props.source as string | undefined) ?? null,
      properties: cleanProperties(props, RESERVED_ENTITY_KEYS),
      degrees: [...degrees.values()].sort((a, b) => b.count - a.count || a.type.localeCompare(b.type)),
      claims,
      mentions,
      mentionCount: Math.trunc(Number(row.mentionCount ?? 0)),
    };
  }

  async edge(id: string): Promise<EdgeDetail> {
    const row = await this.repo.edgeDetail(id);
    if (!row) throw new NotFoundError(`No relationship with id ${JSON.stringify(id)}.`, { id });
    return edgeDetailOf(row, await this.repo.provenance([row.ev as EvidenceArrays], edgeEndIds(row)));
  }

  async neighborhood(id: string, opts: NeighborhoodOptions): Promise<Subgraph> {
    const rels = relTypes(opts.rels);
    const types = nodeTypes(opts.types);
    const maxFanout = opts.fanout ?? 50;
    const relSet = new Set<string>(rels);
    // The first level reads the root too: one round trip for a depth-1 neighbourhood.
    const firstFanout = Math.min(opts.limit, Math.max(maxFanout, opts.limit - 1));
    const first = await this.repo.expand([id], rels, types, firstFanout, true);
    const root = first[0]?.f;
    if (!root) throw new NotFoundError(`No entity with id ${JSON.stringify(id)}.`, { id });
    const nodes = new Map<string, SNode>([[root.id, { key: root.id, attributes: nodeAttributes(root) }]]);
    const edges = new Map<string, SEdge>();
    const expanded: ExpandRow[] = [...first];
    let frontier = keepStrongest(first, nodes, edges, opts.limit);
    // Breadth-first: a first ring asked for every place and cut by it (the root has relationships in scope
    // it did not read) owns every place, so no second ring is read. Its bounded read can meet a neighbour
    // twice and hold a few fewer distinct ones than asked (a supernode at cap 1000: 997 of 999), which sent
    // a whole second query for the last places.
    const firstOmitted =
      opts.depth >= 2 && nodes.size < opts.limit && firstFanout >= opts.limit - 1
        ? omittedCounts(first, edges, nodes, relSet, types)
        : undefined;
    const firstRingFull = firstOmitted !== undefined && Object.keys(firstOmitted.relationships).length > 0;
    let skipped = false;
    for (let level = 2; level <= opts.depth && frontier.length > 0 && !firstRingFull; level++) {
      const remaining = opts.limit - nodes.size;
      if (remaining <= 0) break;
      // Only the strongest `remaining` of the frontier: each adds at least one node, or none would.
      const expand = frontier.slice(0, remaining);
      skipped ||= expand.length < frontier.length;
      const rows = await this.repo.expand(
        expand,
        rels,
        types,
        fanoutFor(remaining, expand.length, maxFanout),
      );
      expanded.push(...rows);
      frontier = keepStrongest(rows, nodes, edges, opts.limit);
    }
    // No second ring read: the first ring's counts are the answer's (same rows, nodes and edges).
    const omitted =
      firstRingFull && firstOmitted ? firstOmitted : omittedCounts(expanded, edges, nodes, relSet, types);
    const total = (o: Record<string, number>) => Object.values(o).reduce((a, b) => a + b, 0);
    return {
      graph: {
        ...emptyGraph(),
        attributes: { root: root.id, depth: opts.depth },
        nodes: [...nodes.values()],
        edges: [...edges.values()],
      },
      truncated:
        total(omitted.nodes) + total(omitted.relationships) > 0 ||
        skipped ||
        (frontier.length > 0 && opts.depth > 0 && nodes.size >= opts.limit),
      omitted,
    };
  }

  async subgraph(opts: {
    types?: string[] | undefined;
    rels?: string[] | undefined;
    limit: number;
  }): Promise<Subgraph> {
    const isDefault = !opts.types?.length && !opts.rels?.length;
    const types =
      nodeTypes(opts.types) ??
      (isDefault ? ["FreeTradeZone", "Province", "Corridor", "Agreement"] : [...NODE_TYPES]);
    const rels = relTypes(opts.rels);
    const { kept, droppedTypes } = await this.repo.subgraphNodes(types, opts.limit, isDefault);
    const ids = kept.map((n) => n.id);
    const edgeRows = ids.length > 0 ? await this.repo.edgesAmong(ids, rels) : [];
    const omittedNodes: Record<string, number> = {};
    for (const t of droppedTypes) omittedNodes[t] = (omittedNodes[t] ?? 0) + 1;
    return {
      graph: {
        ...emptyGraph(),
        attributes: { view: isDefault ? "default" : "filtered" },
        nodes: kept.map((n) => ({ key: n.id, attributes: nodeAttributes(n) })),
        edges: edgeRows.map(edgeOf),
      },
      truncated: droppedTypes.length > 0,
      omitted: { nodes: omittedNodes, relationships: {} },
    };
  }

  /**
   * A shared view: the nodes named by `ids` (in that order, duplicates once) and the relationships among
   * them — typed relationships among entities (over `rels`, CO_OCCURS only when named) and the provenance
   * ones among documents, passages and claims. Ids that name no node are listed in `missing`.
   */
  async subgraphByIds(ids: readonly string[], rels?: string[] | undefined): Promise<Subgraph> {
    const wanted = [...new Set(ids)];
    const rows = await this.repo.nodesByIds(wanted);
    const byId = new Map(rows.map((r) => [r.id, r]));
    const nodes: SNode[] = [];
    const entityIds: string[] = [];
    const otherIds: string[] = [];
    for (const id of wanted) {
      const r = byId.get(id);
      if (!r) continue;
      if (r.entity) {
        entityIds.push(id);
        nodes.push({ key: id, attributes: nodeAttributes(r) });
      } else {
        otherIds.push(id);
        nodes.push({ key: id, attributes: { type: r.type, label: r.name, name: r.name, nameEn: null } });
      }
    }
    const [typed, provenance] = await Promise.all([
      entityIds.length > 0 ? this.repo.edgesAmong(entityIds, relTypes(rels)) : Promise.resolve([]),
      otherIds.length > 0 ? this.repo.provenanceEdgesAmong([...entityIds, ...otherIds]) : Promise.resolve([]),
    ]);
    const edges: SEdge[] = typed.map(edgeOf);
    for (const e of provenance)
      edges.push({
        key: e.id,
        source: e.source,
        target: e.target,
        attributes: { type: e.type, confidence: null, evidenceCount: 0 },
      });
    return {
      graph: { ...emptyGraph(), attributes: { view: "ids" }, nodes, edges },
      truncated: false,
      omitted: { nodes: {}, relationships: {} },
      missing: wanted.filter((id) => !byId.has(id)),
    };
  }

  /** k simple paths between two entities, bounded by their result (see server/services/paths.ts). */
  paths(opts: PathsOptions): Promise<PathsResponse> {
    return findPaths(this.repo, opts);
  }
}

export { endNames } from "./evidenceRanking";
