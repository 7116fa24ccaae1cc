/**
 * The graph being built across documents: edges merged by id (evidence accumulated), claims, node
 * properties and mentions; `finish` adds co-occurrence edges and sorts everything (deterministic output).
 */
import type {
  Claim,
  DocumentMeta,
  Evidence,
  EvidenceMethod,
  ExtractedGraph,
  GraphEdge,
  GraphNode,
  Mention,
  Passage,
  Problem,
  RelType,
} from "../../contracts/graph";
import type { Catalog, Entity } from "./catalog";
import type { Segment } from "./text";

export const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Accumulates one graph across documents. */
export class Builder {
  documents: DocumentMeta[] = [];
  passages: Passage[] = [];
  mentions: Mention[] = [];
  problems: Problem[] = [];
  edges = new Map<string, GraphEdge>();
  claims = new Map<string, Claim>();
  nodeProps = new Map<string, Record<string, string | number | boolean | string[] | number[]>>();
  tableNodes = new Set<string>();
  used = new Set<string>();
  /** node id → set of passage ids (for co-occurrence). */
  passageNodes = new Map<string, Set<string>>();

  /** Entities the documents' layers added or changed (aliases of all documents merged), by id. */
  found = new Map<string, Entity>();

  constructor(readonly cat: Catalog) {}

  /**
   * Merges a finished document's layer of names: new entities, and aliases added to known ones, with the
   * shorter forms the document wrote of its zones (`joined`: DocumentAliases joinedForms).
   */
  absorb(layer: Catalog, joined: ReadonlyMap<string, ReadonlySet<string>> = new Map()) {
    for (const [id, e] of layer.ownEntities()) {
      const known = this.found.get(id);
      if (!known) this.found.set(id, { ...e, aliases: [...e.aliases] });
      else for (const a of e.aliases) if (!known.aliases.includes(a)) known.aliases.push(a);
    }
    for (const [id, forms] of joined) {
      const e = this.found.get(id) ?? layer.get(id);
      if (!e) continue;
      if (!this.found.has(id)) this.found.set(id, { ...e, aliases: [...e.aliases] });
      const known = this.found.get(id);
      for (const a of forms) if (known && !known.aliases.includes(a)) known.aliases.push(a);
    }
  }

  addEdge(
    type: RelType,
    source: string,
    target: string,
    evs: Evidence | Evidence[],
    confidence: number,
    props: Record<string, string | number> = {},
  ) {
    const list = Array.isArray(evs) ? evs : [evs];
    const id = `${type}:${source}->${target}`;
    const e = this.edges.get(id);
    this.used.add(source);
    this.used.add(target);
    if (!e) {
      this.edges.set(id, {
        id,
        source,
        target,
        type,
        evidence: [...list],
        confidence,
        properties: { ...props },
      });
      return;
    }
    for (const ev of list)
      if (
        !e.evidence.some(
          (x) =>
            x.passage === ev.passage && x.start === ev.start && x.end === ev.end && x.method === ev.method,
        )
      )
        e.evidence.push(ev);
    // More independent evidence raises confidence a little.
    e.confidence = Math.min(0.99, Math.max(e.confidence, confidence) + 0.02);
    Object.assign(e.properties, props);
  }

  addClaim(c: Omit<Claim, "id" | "evidence">, ev: Evidence) {
    const id = `claim:${c.subject}:${c.predicate}:${ev.doc.slice(4)}:${ev.start}`;
    this.used.add(c.subject);
    const existing = this.claims.get(id);
    if (existing) return;
    this.claims.set(id, { ...c, id, evidence: [ev] });
  }

  setProp(node: string, key: string, value: string | number) {
    const p = this.nodeProps.get(node) ?? {};
    p[key] = value;
    this.nodeProps.set(node, p);
  }
}

/** Evidence for a span [cs, ce) of a passage's clean text (the whole passage when absent). */
export function evidenceFor(
  doc: string,
  p: Passage,
  seg: Segment,
  method: EvidenceMethod,
  cs?: number,
  ce?: number,
  text?: string,
): Evidence {
  let start = p.start;
  let end = p.end;
  if (cs !== undefined && ce !== undefined && ce > cs) {
    start = seg.map[cs] ?? p.start;
    end = (seg.map[ce - 1] ?? p.end - 1) + 1;
  }
  const src = text ?? "";
  return { doc, passage: p.id, start, end, quote: src.slice(start, end), method };
}

/** CO_OCCURS: pairs named in the same sentences without a typed relation between them. */
function addCoOccurrences(b: Builder): void {
  const typed = new Set<string>();
  for (const e of b.edges.values()) {
    typed.add(`${e.source}|${e.target}`);
    typed.add(`${e.target}|${e.source}`);
  }
  const byPassage = new Map<string, string[]>();
  for (const [node, ps] of b.passageNodes) {
    for (const p of ps) {
      const list = byPassage.get(p) ?? [];
      list.push(node);
      byPassage.set(p, list);
    }
  }
  const passageById = new Map(b.passages.map((p) => [p.id, p]));
  const co = new Map<string, { a: string; b: string; ps: string[] }>();
  for (const [pid, nodes] of [...byPassage.entries()].sort((x, y) => cmp(x[0], y[0]))) {
    const uniq = [...new Set(nodes)].sort(cmp);
    if (uniq.length > 12) continue;
    for (let i = 0; i < uniq.length; i++) {
      for (let j = i + 1; j < uniq.length; j++) {
        const a = uniq[i] ?? "";
        const c = uniq[j] ?? "";
        if (typed.has(`${a}|${c}`)) continue;
        const key = `${a}|${c}`;
        const entry = co.get(key) ?? { a, b: c, ps: [] };
        entry.ps.push(pid);
        co.set(key, entry);
      }
    }
  }
  for (const { a, b: c, ps } of co.values()) {
    const id = `CO_OCCURS:${a}->${c}`;
    const evidence = ps.slice(0, 3).map((pid) => {
      const p = passageById.get(pid) as Passage;
      return {
        doc: p.doc,
        passage: p.id,
        start: p.start,
        end: p.end,
        quote: p.text,
        method: "cooccurrence" as const,
      };
    });
    b.edges.set(id, {
      id,
      source: a,
      target: c,
      type: "CO_OCCURS",
      evidence,
      confidence: Math.min(0.5, 0.2 + 0.1 * ps.length),
      properties: { count: ps.length },
    });
  }
}

function graphNodes(b: Builder): GraphNode[] {
  const nodes: GraphNode[] = [];
  for (const id of [...b.used].sort(cmp)) {
    const e = b.found.get(id) ?? b.cat.get(id);
    if (!e) continue;
    const properties = { ...e.properties, ...(b.nodeProps.get(id) ?? {}) };
    nodes.push({
      id,
      type: e.type,
      name: e.name,
      nameEn: e.nameEn,
      aliases: [...new Set(e.aliases)].sort(cmp),
      source: e.inCatalog ? "catalog" : b.tableNodes.has(id) ? "table" : "pattern",
      properties,
    });
  }
  return nodes;
}

export function finish(b: Builder): ExtractedGraph {
  addCoOccurrences(b);
  const nodes = graphNodes(b);
  const evSort = (a: Evidence, c: Evidence) =>
    cmp(a.doc, c.doc) || a.start - c.start || a.end - c.end || cmp(a.method, c.method);
  const edges = [...b.edges.values()].sort((x, y) => cmp(x.id, y.id));
  for (const e of edges) e.evidence.sort(evSort);
  const claims = [...b.claims.values()].sort((x, y) => cmp(x.id, y.id));
  return {
    version: 1,
    documents: b.documents.sort((x, y) => cmp(x.id, y.id)),
    passages: b.passages.sort((x, y) => cmp(x.id, y.id)),
    nodes,
    edges,
    mentions: b.mentions
      .sort((x, y) => cmp(x.doc, y.doc) || x.start - y.start || x.end - y.end || cmp(x.node, y.node))
      .filter((m, i, arr) => {
        const prev = arr[i - 1];
        return (
          !prev || prev.doc !== m.doc || prev.start !== m.start || prev.end !== m.end || prev.node !== m.node
        );
      }),
    claims,
    problems: b.problems.sort((x, y) => cmp(x.file, y.file) || cmp(x.message, y.message)),
  };
}
