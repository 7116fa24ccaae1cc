/** Reads GEXF and GraphML exports back: each node or edge id with its attribute values by name. */
import { DOMParser } from "@xmldom/xmldom";

const parse = (xml: string) => new DOMParser().parseFromString(xml, "application/xml");
const elements = (doc: Document, tag: string) => Array.from(doc.getElementsByTagName(tag));

/** GEXF: every element's attvalues by attribute title. */
export function gexfValues(xml: string, cls: "node" | "edge"): Map<string, Record<string, string>> {
  const doc = parse(xml);
  const block = elements(doc, "attributes").find((a) => a.getAttribute("class") === cls);
  const titles = new Map(
    Array.from(block?.getElementsByTagName("attribute") ?? []).map((a) => [
      a.getAttribute("id"),
      a.getAttribute("title"),
    ]),
  );
  const out = new Map<string, Record<string, string>>();
  for (const el of elements(doc, cls)) {
    const vals: Record<string, string> = {};
    for (const v of Array.from(el.getElementsByTagName("attvalue")))
      vals[String(titles.get(v.getAttribute("for")))] = String(v.getAttribute("value"));
    out.set(String(el.getAttribute("id")), vals);
  }
  return out;
}

/** GraphML: every element's data by key attr.name. */
export function graphmlValues(xml: string, tag: "node" | "edge"): Map<string, Record<string, string>> {
  const doc = parse(xml);
  const names = new Map(
    elements(doc, "key")
      .filter((k) => k.getAttribute("for") === tag)
      .map((k) => [k.getAttribute("id"), k.getAttribute("attr.name")]),
  );
  const out = new Map<string, Record<string, string>>();
  for (const el of elements(doc, tag)) {
    const vals: Record<string, string> = {};
    for (const d of Array.from(el.getElementsByTagName("data")))
      vals[String(names.get(d.getAttribute("key")))] = d.textContent ?? "";
    out.set(String(el.getAttribute("id")), vals);
  }
  return out;
}
