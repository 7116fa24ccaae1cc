/**
 * Neo4j values → JSON rows and a graphology graph. Every node, relationship and path found in any
 * column, nested in lists and maps too, ends up in the graph. Entities are keyed by their stable
 * `id` property (as in every other endpoint); anything else by its elementId.
 */
import {
  isDate,
  isDateTime,
  isDuration,
  isLocalDateTime,
  isLocalTime,
  isNode,
  isPath,
  isPoint,
  isRelationship,
  isTime,
} from "neo4j-driver";
import type { SerializedGraph } from "../../contracts/api";

export interface JsonNode {
  id: string;
  elementId: string;
  labels: string[];
  properties: Record<string, unknown>;
}
export interface JsonRelationship {
  id: string;
  elementId: string;
  type: string;
  start: string;
  end: string;
  properties: Record<string, unknown>;
}

interface NodeLike {
  elementId: string;
  labels: string[];
  properties: Record<string, unknown>;
}
interface RelLike {
  elementId: string;
  type: string;
  startNodeElementId: string;
  endNodeElementId: string;
  properties: Record<string, unknown>;
}
interface PathLike {
  start: NodeLike;
  end: NodeLike;
  segments: { start: NodeLike; relationship: RelLike; end: NodeLike }[];
}

/** Collects graph elements while values are converted. */
export class GraphCollector {
  readonly nodes = new Map<string, NodeLike>();
  readonly rels = new Map<string, RelLike>();

  addNode(n: NodeLike): void {
    this.nodes.set(n.elementId, n);
  }
  addRel(r: RelLike): void {
    this.rels.set(r.elementId, r);
  }
  /** elementIds of relationship endpoints that are not among the collected nodes. */
  missingEndpoints(): string[] {
    const missing = new Set<string>();
    for (const r of this.rels.values()) {
      if (!this.nodes.has(r.startNodeElementId)) missing.add(r.startNodeElementId);
      if (!this.nodes.has(r.endNodeElementId)) missing.add(r.endNodeElementId);
    }
    return [...missing];
  }

  toGraph(): SerializedGraph {
    const keyOf = new Map<string, string>();
    const nodes: SerializedGraph["nodes"] = [];
    for (const n of this.nodes.values()) {
      const key = nodeKey(n);
      keyOf.set(n.elementId, key);
      nodes.push({ key, attributes: nodeAttributes(n) });
    }
    const edges: SerializedGraph["edges"] = [];
    for (const r of this.rels.values()) {
      const source = keyOf.get(r.startNodeElementId);
      const target = keyOf.get(r.endNodeElementId);
      if (!source || !target) continue;
      const { evidenceQuotes, ...rest } = r.properties;
      edges.push({
        key: typeof r.properties.id === "string" ? r.properties.id : r.elementId,
        source,
        target,
        attributes: {
          ...plainProperties(rest),
          type: r.type,
          confidence: typeof r.properties.confidence === "number" ? r.properties.confidence : null,
          evidenceCount: Array.isArray(evidenceQuotes) ? evidenceQuotes.length : 0,
        },
      });
    }
    return { options: { type: "directed", multi: true, allowSelfLoops: true }, attributes: {}, nodes, edges };
  }
}

export function nodeKey(n: NodeLike): string {
  return typeof n.properties.id === "string" && n.properties.id ? n.properties.id : n.elementId;
}

const PRIMARY_LABELS = ["Document", "Passage", "Claim"];

function nodeAttributes(n: NodeLike) {
  const p = n.properties;
  const type =
    (typeof p.type === "string" && p.type) ||
    n.labels.find((l) => l !== "Entity" && !PRIMARY_LABELS.includes(l)) ||
    n.labels.find((l) => PRIMARY_LABELS.includes(l)) ||
    n.labels[0] ||
    "Node";
  const name =
    (typeof p.name === "string" && p.name) ||
    (typeof p.title === "string" && p.title) ||
    (typeof p.predicate === "string" && p.predicate) ||
    (typeof p.clean === "string" && p.clean.slice(0, 40)) ||
    nodeKey(n);
  const { text: _text, clean: _clean, evidenceQuotes: _q, ...rest } = p;
  return {
    ...plainProperties(rest),
    labels: n.labels,
    type,
    label: name,
    name,
    nameEn: typeof p.nameEn === "string" ? p.nameEn : null,
    ...(typeof p.degree === "number" ? { degree: p.degree } : {}),
  };
}

function plainProperties(props: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(props)) out[k] = toJson(v);
  return out;
}

/** Convert one value to JSON, collecting graph elements on the way. */
export function toJson(value: unknown, collector?: GraphCollector): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value === "bigint") return Number(value);
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  if (isNode(value as never)) {
    const n = value as unknown as NodeLike;
    collector?.addNode(n);
    return {
      id: nodeKey(n),
      elementId: n.elementId,
      labels: n.labels,
      properties: plainProperties(n.properties),
    } satisfies JsonNode;
  }
  if (isRelationship(value as never)) {
    const r = value as unknown as RelLike;
    collector?.addRel(r);
    return {
      id: typeof r.properties.id === "string" ? r.properties.id : r.elementId,
      elementId: r.elementId,
      type: r.type,
      start: r.startNodeElementId,
      end: r.endNodeElementId,
      properties: plainProperties(r.properties),
    } satisfies JsonRelationship;
  }
  if (isPath(value as never)) {
    const p = value as unknown as PathLike;
    return {
      start: toJson(p.start, collector),
      end: toJson(p.end, collector),
      segments: p.segments.map((s) => ({
        start: toJson(s.start, collector),
        relationship: toJson(s.relationship, collector),
        end: toJson(s.end, collector),
      })),
      length: p.segments.length,
    };
  }
  const v = value as never;
  if (
    isDate(v) ||
    isDateTime(v) ||
    isLocalDateTime(v) ||
    isLocalTime(v) ||
    isTime(v) ||
    isDuration(v) ||
    isPoint(v)
  )
    return String(value);
  if (Array.isArray(value)) return value.map((x) => toJson(x, collector));
  if (value instanceof Uint8Array) return Buffer.from(value).toString("base64");
  if (typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(value as Record<string, unknown>)) out[k] = toJson(x, collector);
    return out;
  }
  return String(value);
}

export function recordsToRows(
  keys: string[],
  records: { get(key: string): unknown }[],
  collector: GraphCollector,
): Record<string, unknown>[] {
  return records.map((rec) => {
    const row: Record<string, unknown> = {};
    for (const k of keys) row[k] = toJson(rec.get(k), collector);
    return row;
  });
}
