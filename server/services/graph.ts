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
import { BadRequestError, NotFoundError } from "../errors";
import {
  cleanProperties,
  type EntityRow,
  type EvidenceArrays,
  evidenceViews,
  nodeAttributes,
  nodeTypes,
  RESERVED_ENTITY_KEYS,
  RESERVED_REL_KEYS,
  relTypes,
} from "../repositories/fragments";
import type { ExpandEdge, GraphRepository, SearchRow } from "../repositories/graph";

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

/** Rank search rows: exact name/alias, then prefix, then substring, then full-text score, then degree. */
export function rankSearch(q: string, rows: SearchRow[], limit: number): SearchHit[] {
  const query = q.trim().toLowerCase();
  const compact = query.replace(/\s+/g, "");
  const scored = rows.map((r) => {
    const names = [r.name, ...(r.aliases ?? []), ...(r.nameEn ? [r.nameEn] : [])];
    const pinyin = (r.pinyin ?? "").split(/\s+/).filter(Boolean);
    let boost = 0;
    let matched = r.name;
    const consider = (value: string, exact: number, prefix: number, contains: number) => {
      const v = value.toLowerCase();
      const s =
        v === query || v === compact
          ? exact
          : v.startsWith(query)
            ? prefix
            : v.includes(query)
              ? contains
              : 0;
      if (s > boost) {
        boost = s;
        matched = value;
      }
    };
    for (const n of names) consider(n, 100, 60, 30);
    for (const p of pinyin) consider(p, 50, 40, 10);
    const fulltext = Math.min(r.score ?? 0, 20);
    const degree = Math.log2(1 + Math.max(0, r.degree ?? 0));
    return {
      hit: {
        id: r.id,
        type: r.type as NodeType,
        name: r.name,
        nameEn: r.nameEn ?? null,
        aliases: r.aliases ?? [],
        degree: Math.trunc(r.degree ?? 0),
        score: Math.round((boost + fulltext * 2 + degree) * 1000) / 1000,
        matched,
      },
      // Shorter names first among equals: "二连浩特" before "二连浩特市人民政府".
      length: r.name.length,
    };
  });
  scored.sort((a, b) => b.hit.score - a.hit.score || a.length - b.length || a.hit.id.localeCompare(b.hit.id));
  return scored
    .filter((s) => (NODE_TYPES as readonly string[]).includes(s.hit.type))
    .slice(0, limit)
    .map((s) => s.hit);
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
    },
  };
}

/** Per-node fan-out at a level: the budget shared by the frontier, within [minFanout, maxFanout]. */
export function fanoutFor(remaining: number, frontierSize: number, maxFanout: number): number {
  if (frontierSize <= 0) return 0;
  return Math.max(3, Math.min(maxFanout, Math.ceil(remaining / frontierSize) + 2));
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
    const mentions = (row.mentions as Record<string, unknown>[]).map(
      (m): MentionView => ({
        doc: String(m.doc),
        docTitle: String(m.docTitle ?? ""),
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
    const ev = row.ev as EvidenceArrays;
    const docs = await this.repo.provenance([ev]);
    const end = (x: unknown) => {
      const e = x as { id: string; name: string; nameEn: string | null; type: string };
      return { id: e.id, name: e.name, nameEn: e.nameEn ?? null, type: e.type };
    };
    return {
      id: String(row.id),
      type: String(row.type),
      source: end(row.source),
      target: end(row.target),
      confidence: typeof row.confidence === "number" ? row.confidence : null,
      properties: cleanProperties(row.props as Record<string, unknown>, RESERVED_REL_KEYS),
      evidence: evidenceViews(ev, docs),
    };
  }

  async neighborhood(id: string, opts: NeighborhoodOptions): Promise<Subgraph> {
    const root = await this.repo.entity(id);
    if (!root) throw new NotFoundError(`No entity with id ${JSON.stringify(id)}.`, { id });
    const rels = relTypes(opts.rels);
    const types = nodeTypes(opts.types);
    const maxFanout = opts.fanout ?? 50;
    const nodes = new Map<string, SNode>([[root.id, { key: root.id, attributes: nodeAttributes(root) }]]);
    const edges = new Map<string, SEdge>();
    const omittedNodes = new Map<string, string>();
    const omittedRels = new Map<string, string>();
    let frontier = [root.id];
    let truncated = false;
    for (let level = 1; level <= opts.depth && frontier.length > 0; level++) {
      const remaining = opts.limit - nodes.size;
      if (remaining <= 0) {
        truncated = true;
        break;
      }
      const fanout =
        level === 1
          ? Math.min(opts.limit, Math.max(maxFanout, opts.limit - 1))
          : fanoutFor(remaining, frontier.length, maxFanout);
      const rows = await this.repo.expand(frontier, rels, types, fanout);
      const next: string[] = [];
      // Keep the strongest links first across the whole level.
      const kept = rows.flatMap((r) => r.kept);
      kept.sort((a, b) => (b.confidence ?? 0) - (a.confidence ?? 0) || (b.m.degree ?? 0) - (a.m.degree ?? 0));
      for (const e of kept) {
        if (edges.has(e.id)) continue;
        if (!nodes.has(e.m.id)) {
          if (nodes.size >= opts.limit) {
            truncated = true;
            omittedNodes.set(e.m.id, e.m.type);
            omittedRels.set(e.id, e.type);
            continue;
          }
          nodes.set(e.m.id, { key: e.m.id, attributes: nodeAttributes(e.m) });
          next.push(e.m.id);
        }
        edges.set(e.id, edgeOf(e));
      }
      for (const r of rows) {
        for (const d of r.dropped) {
          truncated = true;
          if (!edges.has(d.id)) omittedRels.set(d.id, d.type);
          if (!nodes.has(d.mid)) omittedNodes.set(d.mid, d.mtype);
        }
      }
      frontier = next;
    }
    for (const k of nodes.keys()) omittedNodes.delete(k);
    for (const k of edges.keys()) omittedRels.delete(k);
    const count = (m: Map<string, string>) => {
      const out: Record<string, number> = {};
      for (const t of m.values()) out[t] = (out[t] ?? 0) + 1;
      return out;
    };
    return {
      graph: {
        ...emptyGraph(),
        attributes: { root: root.id, depth: opts.depth },
        nodes: [...nodes.values()],
        edges: [...edges.values()],
      },
      truncated: truncated || omittedNodes.size > 0,
      omitted: { nodes: count(omittedNodes), relationships: count(omittedRels) },
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

  async paths(opts: {
    from: string;
    to: string;
    maxLength: number;
    k: number;
    includeCoOccurrence: boolean;
  }): Promise<PathsResponse> {
    if (opts.from === opts.to)
      throw new BadRequestError("from and to must name two different entities.", { param: "to" });
    const found = await this.repo.existingIds([opts.from, opts.to]);
    for (const param of ["from", "to"] as const)
      if (!found.has(opts[param]))
        throw new NotFoundError(`${param}: no entity with id ${JSON.stringify(opts[param])}.`, { param });
    const rels = relTypes(undefined, opts.includeCoOccurrence);
    const rows = await this.repo.paths(opts.from, opts.to, rels, opts.maxLength, opts.k);
    const docs = await this.repo.provenance(rows.flatMap((r) => r.rels.map((rel) => rel.ev)));
    const nodes = new Map<string, SNode>();
    const edges = new Map<string, SEdge>();
    const paths = rows.map((r) => {
      for (const n of r.nodes as EntityRow[]) nodes.set(n.id, { key: n.id, attributes: nodeAttributes(n) });
      for (const rel of r.rels) {
        const evidence = evidenceViews(rel.ev, docs);
        const e = edgeOf({ ...rel, evidenceCount: evidence.length });
        edges.set(rel.id, { ...e, attributes: { ...e.attributes, evidence } });
      }
      return { length: r.rels.length, nodes: r.nodes.map((n) => n.id), edges: r.rels.map((x) => x.id) };
    });
    return {
      from: opts.from,
      to: opts.to,
      paths,
      graph: { ...emptyGraph(), nodes: [...nodes.values()], edges: [...edges.values()] },
    };
  }
}
