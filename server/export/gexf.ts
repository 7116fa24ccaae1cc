/** GEXF 1.3 with escaped text (Gephi). */
import type { AttrType, GraphWriter } from "./writer";
import { EDGE_KEYS, lines, NODE_KEYS } from "./writer";
import { escapeXml } from "./xml";

const gexfType = (t: AttrType) => (t === "int" ? "integer" : t);

export function gexfWriter(): GraphWriter {
  return {
    head: () =>
      lines(
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">',
        "  <meta><creator>zonegraph</creator><description>Knowledge graph of China's pilot free trade zones</description></meta>",
        '  <graph defaultedgetype="directed" mode="static">',
        '    <attributes class="node">',
        ...NODE_KEYS.map(
          (k, i) => `      <attribute id="${i}" title="${k.name}" type="${gexfType(k.type)}"/>`,
        ),
        "    </attributes>",
        '    <attributes class="edge">',
        ...EDGE_KEYS.map(
          (k, i) => `      <attribute id="${i}" title="${k.name}" type="${gexfType(k.type)}"/>`,
        ),
        "    </attributes>",
        "    <nodes>",
      ),
    node: (n) =>
      lines(
        `      <node id="${escapeXml(n.id)}" label="${escapeXml(n.name)}">`,
        "        <attvalues>",
        ...NODE_KEYS.map((k, i) => `          <attvalue for="${i}" value="${escapeXml(k.get(n))}"/>`),
        "        </attvalues>",
        "      </node>",
      ),
    middle: () => lines("    </nodes>", "    <edges>"),
    edge: (e) =>
      lines(
        `      <edge id="${escapeXml(e.id)}" source="${escapeXml(e.source)}" target="${escapeXml(e.target)}" label="${escapeXml(e.type)}" weight="${e.confidence ?? 1}">`,
        "        <attvalues>",
        ...EDGE_KEYS.map((k, i) => `          <attvalue for="${i}" value="${escapeXml(k.get(e))}"/>`),
        "        </attvalues>",
        "      </edge>",
      ),
    foot: () => lines("    </edges>", "  </graph>", "</gexf>"),
  };
}
