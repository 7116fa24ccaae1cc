/**
 * Scene serializers: JSON (graphology), GEXF 1.3 and GraphML, with positions and colours, and what the
 * API adds (model/exportFacts.ts): node status, edge evidence count, extraction methods and stage.
 */
import type Graph from "graphology";
import { type ExportFacts, emptyFacts } from "./exportFacts";

export function xmlEscape(s: string): string {
  return (
    s
      .replace(/&/g, "&amp;")
      .replace(/</g, "&lt;")
      .replace(/>/g, "&gt;")
      .replace(/"/g, "&quot;")
      .replace(/'/g, "&apos;")
      // biome-ignore lint/suspicious/noControlCharactersInRegex: XML 1.0 forbids these characters
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, "")
  );
}

export function toJSON(graph: Graph): string {
  return JSON.stringify(graph.export(), null, 2);
}

const str = (v: unknown): string =>
  v === null || v === undefined ? "" : typeof v === "string" ? v : JSON.stringify(v);
const numOr = (v: unknown, d: number): number => (typeof v === "number" && Number.isFinite(v) ? v : d);

/** Colours/sizes as displayed, so the file opens in Gephi as seen. */
export interface DisplayStyle {
  color(node: string): string;
  size(node: string): number;
  label(node: string): string;
}

/** A node's status: the API's `status` attribute the scene node carries. */
function nodeStatusOf(a: Record<string, unknown>): string {
  return str(a.status);
}
/** An edge's facts: the API's when fetched, else the scene's attributes. */
function edgeFactsOf(facts: ExportFacts, key: string, a: Record<string, unknown>) {
  const f = facts.edges.get(key);
  return {
    evidenceCount: Math.round(f?.evidenceCount ?? numOr(a.evidenceCount, 0)),
    methods: (f?.methods ?? (Array.isArray(a.methods) ? a.methods.map(String) : [])).join(" | "),
    stage: f?.stage ?? str(a.stage),
  };
}

function hexToRgb(hex: string): [number, number, number] {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) return [150, 150, 150];
  return [
    Number.parseInt(m[1] as string, 16),
    Number.parseInt(m[2] as string, 16),
    Number.parseInt(m[3] as string, 16),
  ];
}

export function toGEXF(graph: Graph, style: DisplayStyle, facts: ExportFacts = emptyFacts()): string {
  const out: string[] = [];
  out.push('<?xml version="1.0" encoding="UTF-8"?>');
  out.push('<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">');
  out.push('  <graph defaultedgetype="directed" mode="static">');
  out.push('    <attributes class="node">');
  out.push('      <attribute id="type" title="type" type="string"/>');
  out.push('      <attribute id="name" title="name" type="string"/>');
  out.push('      <attribute id="nameEn" title="nameEn" type="string"/>');
  out.push('      <attribute id="degree" title="degree" type="integer"/>');
  out.push('      <attribute id="status" title="status" type="string"/>');
  out.push("    </attributes>");
  out.push('    <attributes class="edge">');
  out.push('      <attribute id="type" title="type" type="string"/>');
  out.push('      <attribute id="evidenceCount" title="evidenceCount" type="integer"/>');
  out.push('      <attribute id="methods" title="methods" type="string"/>');
  out.push('      <attribute id="stage" title="stage" type="string"/>');
  out.push("    </attributes>");
  out.push("    <nodes>");
  graph.forEachNode((key, a) => {
    const [r, g, b] = hexToRgb(style.color(key));
    out.push(`      <node id="${xmlEscape(key)}" label="${xmlEscape(style.label(key))}">`);
    out.push("        <attvalues>");
    out.push(`          <attvalue for="type" value="${xmlEscape(str(a.type))}"/>`);
    out.push(`          <attvalue for="name" value="${xmlEscape(str(a.name))}"/>`);
    out.push(`          <attvalue for="nameEn" value="${xmlEscape(str(a.nameEn))}"/>`);
    out.push(`          <attvalue for="degree" value="${Math.round(numOr(a.degree, graph.degree(key)))}"/>`);
    out.push(`          <attvalue for="status" value="${xmlEscape(nodeStatusOf(a))}"/>`);
    out.push("        </attvalues>");
    out.push(`        <viz:color r="${r}" g="${g}" b="${b}"/>`);
    out.push(`        <viz:position x="${numOr(a.x, 0)}" y="${numOr(a.y, 0)}" z="0"/>`);
    out.push(`        <viz:size value="${style.size(key)}"/>`);
    out.push("      </node>");
  });
  out.push("    </nodes>");
  out.push("    <edges>");
  graph.forEachEdge((key, a, source, target) => {
    out.push(
      `      <edge id="${xmlEscape(key)}" source="${xmlEscape(source)}" target="${xmlEscape(target)}" label="${xmlEscape(str(a.type))}">`,
    );
    const f = edgeFactsOf(facts, key, a);
    out.push("        <attvalues>");
    out.push(`          <attvalue for="type" value="${xmlEscape(str(a.type))}"/>`);
    out.push(`          <attvalue for="evidenceCount" value="${f.evidenceCount}"/>`);
    out.push(`          <attvalue for="methods" value="${xmlEscape(f.methods)}"/>`);
    out.push(`          <attvalue for="stage" value="${xmlEscape(f.stage)}"/>`);
    out.push("        </attvalues>");
    out.push("      </edge>");
  });
  out.push("    </edges>");
  out.push("  </graph>");
  out.push("</gexf>");
  return `${out.join("\n")}\n`;
}

export function toGraphML(graph: Graph, style: DisplayStyle, facts: ExportFacts = emptyFacts()): string {
  const out: string[] = [];
  out.push('<?xml version="1.0" encoding="UTF-8"?>');
  out.push('<graphml xmlns="http://graphml.graphdrawing.org/xmlns">');
  const keys: [string, string, string][] = [
    ["label", "node", "string"],
    ["type", "node", "string"],
    ["name", "node", "string"],
    ["nameEn", "node", "string"],
    ["x", "node", "double"],
    ["y", "node", "double"],
    ["size", "node", "double"],
    ["color", "node", "string"],
    ["status", "node", "string"],
    ["etype", "edge", "string"],
    ["evidenceCount", "edge", "int"],
    ["methods", "edge", "string"],
    ["stage", "edge", "string"],
  ];
  for (const [id, forWhat, type] of keys) {
    const name = id === "etype" ? "type" : id;
    out.push(`  <key id="${id}" for="${forWhat}" attr.name="${name}" attr.type="${type}"/>`);
  }
  out.push('  <graph id="zonegraph" edgedefault="directed">');
  graph.forEachNode((key, a) => {
    out.push(`    <node id="${xmlEscape(key)}">`);
    out.push(`      <data key="label">${xmlEscape(style.label(key))}</data>`);
    out.push(`      <data key="type">${xmlEscape(str(a.type))}</data>`);
    out.push(`      <data key="name">${xmlEscape(str(a.name))}</data>`);
    out.push(`      <data key="nameEn">${xmlEscape(str(a.nameEn))}</data>`);
    out.push(`      <data key="x">${numOr(a.x, 0)}</data>`);
    out.push(`      <data key="y">${numOr(a.y, 0)}</data>`);
    out.push(`      <data key="size">${style.size(key)}</data>`);
    out.push(`      <data key="color">${xmlEscape(style.color(key))}</data>`);
    out.push(`      <data key="status">${xmlEscape(nodeStatusOf(a))}</data>`);
    out.push("    </node>");
  });
  graph.forEachEdge((key, a, source, target) => {
    out.push(`    <edge id="${xmlEscape(key)}" source="${xmlEscape(source)}" target="${xmlEscape(target)}">`);
    const f = edgeFactsOf(facts, key, a);
    out.push(`      <data key="etype">${xmlEscape(str(a.type))}</data>`);
    out.push(`      <data key="evidenceCount">${f.evidenceCount}</data>`);
    out.push(`      <data key="methods">${xmlEscape(f.methods)}</data>`);
    out.push(`      <data key="stage">${xmlEscape(f.stage)}</data>`);
    out.push("    </edge>");
  });
  out.push("  </graph>");
  out.push("</graphml>");
  return `${out.join("\n")}\n`;
}
