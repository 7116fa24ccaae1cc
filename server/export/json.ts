/** JSON in graphology's serialized shape (the client and `graph.import()` read it back), indented by 1. */
import type { ExportEdge, ExportNode } from "./types";
import type { GraphWriter } from "./writer";

/** `value` as JSON.stringify(…, null, 1) writes it two levels deep (an element of "nodes" or "edges"). */
function element(value: unknown): string {
  return JSON.stringify(value, null, 1)
    .split("\n")
    .map((l) => `  ${l}`)
    .join("\n");
}

export function nodeJson(n: ExportNode) {
  return {
    key: n.id,
    attributes: {
      ...n.properties,
      type: n.type,
      label: n.name,
      name: n.name,
      nameEn: n.nameEn,
      aliases: n.aliases,
      degree: n.degree,
      source: n.source,
      status: n.status,
    },
  };
}

export function edgeJson(e: ExportEdge) {
  return {
    key: e.id,
    source: e.source,
    target: e.target,
    attributes: {
      type: e.type,
      confidence: e.confidence,
      evidenceCount: e.evidenceCount,
      methods: e.methods,
      stage: e.stage,
      ...(e.count !== null ? { count: e.count } : {}),
      quote: e.quote,
      doc: e.doc,
    },
  };
}

export function jsonWriter(exportedAt = new Date().toISOString()): GraphWriter {
  let count = 0;
  const item = (value: unknown) => `${count++ > 0 ? "," : ""}\n${element(value)}`;
  const close = () => {
    const end = count > 0 ? "\n ]" : "]";
    count = 0;
    return end;
  };
  const meta = JSON.stringify(
    {
      options: { type: "directed", multi: true, allowSelfLoops: true },
      attributes: { name: "zonegraph", exportedAt },
    },
    null,
    1,
  );
  return {
    head: () => `${meta.slice(0, -2)},\n "nodes": [`,
    node: (n) => item(nodeJson(n)),
    middle: () => `${close()},\n "edges": [`,
    edge: (e) => item(edgeJson(e)),
    foot: () => `${close()}\n}`,
  };
}
