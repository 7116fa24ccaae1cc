/**
 * Cypher result cells: what a value is (node, relationship, path or plain value), as the server serialises
 * it (server/cypher/convert.ts), and the CSV of a result table. Pure; the console renders the chips.
 */
export type Cell =
  | { kind: "node"; id: string; label: string }
  | { kind: "rel"; id: string; type: string }
  | { kind: "path"; nodes: string[]; edges: string[]; label: string }
  | { kind: "list"; items: Cell[] }
  | { kind: "value"; text: string };

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => !!v && typeof v === "object" && !Array.isArray(v);

function nodeLabel(o: Obj): string {
  const p = isObj(o.properties) ? o.properties : {};
  for (const k of ["name", "title", "predicate"]) if (typeof p[k] === "string" && p[k]) return p[k] as string;
  return String(o.id);
}

function isNode(o: Obj): boolean {
  return typeof o.id === "string" && Array.isArray(o.labels) && isObj(o.properties);
}
function isRel(o: Obj): boolean {
  return typeof o.id === "string" && typeof o.type === "string" && "start" in o && "end" in o;
}

export function classify(v: unknown): Cell {
  if (v === null || v === undefined) return { kind: "value", text: "" };
  if (Array.isArray(v)) return { kind: "list", items: v.map(classify) };
  if (!isObj(v)) return { kind: "value", text: String(v) };
  if (isNode(v)) return { kind: "node", id: v.id as string, label: nodeLabel(v) };
  if (isRel(v)) return { kind: "rel", id: v.id as string, type: v.type as string };
  if (Array.isArray(v.segments) && isObj(v.start)) {
    const nodes = [String(v.start.id)];
    const edges: string[] = [];
    const names = [nodeLabel(v.start)];
    for (const s of v.segments as Obj[]) {
      if (!isObj(s) || !isObj(s.relationship) || !isObj(s.end)) continue;
      edges.push(String(s.relationship.id));
      nodes.push(String(s.end.id));
      names.push(nodeLabel(s.end));
    }
    return { kind: "path", nodes, edges, label: names.join(" → ") };
  }
  return { kind: "value", text: JSON.stringify(v) };
}

/** The text of a cell in a CSV export (a node's name, a relationship's type, a path's names). */
export function cellText(c: Cell): string {
  switch (c.kind) {
    case "node":
      return c.label;
    case "rel":
      return `[:${c.type}]`;
    case "path":
      return c.label;
    case "list":
      return c.items.map(cellText).join("; ");
    case "value":
      return c.text;
  }
}

function csvField(s: string): string {
  // Quote when needed; a leading =, +, - or @ is prefixed so spreadsheets do not run it as a formula.
  const safe = /^[=+\-@]/.test(s) ? `'${s}` : s;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCSV(columns: readonly string[], rows: readonly Record<string, unknown>[]): string {
  const lines = [columns.map(csvField).join(",")];
  for (const r of rows) lines.push(columns.map((c) => csvField(cellText(classify(r[c])))).join(","));
  return `${lines.join("\r\n")}\r\n`;
}
