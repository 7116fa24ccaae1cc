/** GraphML with escaped text (Gephi, yEd, Cytoscape). */
import type { GraphWriter } from "./writer";
import { EDGE_KEYS, lines, NODE_KEYS } from "./writer";
import { escapeXml } from "./xml";

export function graphmlWriter(): GraphWriter {
  return {
    head: () =>
      lines(
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
        ...NODE_KEYS.map(
          (k) => `  <key id="n_${k.id}" for="node" attr.name="${k.name}" attr.type="${k.type}"/>`,
        ),
        ...EDGE_KEYS.map(
          (k) => `  <key id="e_${k.id}" for="edge" attr.name="${k.name}" attr.type="${k.type}"/>`,
        ),
        '  <graph id="zonegraph" edgedefault="directed">',
      ),
    node: (n) =>
      lines(
        `    <node id="${escapeXml(n.id)}">`,
        ...NODE_KEYS.map((k) => `      <data key="n_${k.id}">${escapeXml(k.get(n))}</data>`),
        "    </node>",
      ),
    middle: () => "",
    edge: (e) =>
      lines(
        `    <edge id="${escapeXml(e.id)}" source="${escapeXml(e.source)}" target="${escapeXml(e.target)}">`,
        ...EDGE_KEYS.map((k) => `      <data key="e_${k.id}">${escapeXml(k.get(e))}</data>`),
        "    </edge>",
      ),
    foot: () => lines("  </graph>", "</graphml>"),
  };
}
