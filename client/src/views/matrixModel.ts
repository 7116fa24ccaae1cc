/**
 * Pure view model of the matrices (agreement × zone, corridor × zone): a grid of rows and columns with
 * one cell per relation, sorting, filtering and CSV export. Cells keep what opens their sentences (the
 * edge ids).
 */
import type { AgreementMatrix, CorridorMatrix } from "../../../contracts/views";

export type Axis = AgreementMatrix["rows"][number];

export interface GridCell {
  row: string;
  column: string;
  /** What the cell shows: the stage (agreements) or the directness (corridors). */
  label: string;
  /** Agreements: evidence count. Corridors: strength, 1 = direct … 6 = through a country. */
  value: number;
  /** A larger score sorts first: more evidence, or a more direct link. */
  score: number;
  /** Edges whose sentences a click opens (one for an agreement, the chain's for a corridor). */
  edges: string[];
  /** Corridors: the chain, "zone → area → corridor". */
  chain: string | null;
  kind: "agreement" | "corridor";
}

export interface Grid {
  kind: "agreement" | "corridor";
  rows: Axis[];
  columns: Axis[];
  cells: Map<string, GridCell>;
}

export const cellKey = (row: string, column: string) => `${row}\u0000${column}`;

function grid<C extends { row: string; column: string }>(
  kind: Grid["kind"],
  m: { rows: Axis[]; columns: Axis[]; cells: C[] },
  cell: (c: C) => Omit<GridCell, "row" | "column" | "kind">,
): Grid {
  const cells = new Map<string, GridCell>();
  for (const c of m.cells)
    cells.set(cellKey(c.row, c.column), { row: c.row, column: c.column, kind, ...cell(c) });
  return { kind, rows: m.rows, columns: m.columns, cells };
}

export const agreementGrid = (m: AgreementMatrix): Grid =>
  grid("agreement", m, (c) => ({
    label: c.stage,
    value: c.evidenceCount,
    score: c.evidenceCount,
    edges: [c.edge],
    chain: null,
  }));

export const corridorGrid = (m: CorridorMatrix): Grid =>
  grid("corridor", m, (c) => ({
    label: c.directness,
    value: c.strength,
    score: 7 - c.strength,
    edges: c.edges,
    chain: c.chain,
  }));

export type SortKey = { by: "name" } | { by: "total" } | { by: "column"; column: string };

/** Sum of the row's cell scores: the row's weight in the matrix. */
export function rowTotal(g: Grid, row: string): number {
  let s = 0;
  for (const c of g.columns) s += g.cells.get(cellKey(row, c.id))?.score ?? 0;
  return s;
}

/**
 * Rows sorted by name (descending = Z→A), by total, or by one column (descending: the strongest cells
 * first, rows without a cell last); ties by name.
 */
export function sortRows(g: Grid, key: SortKey, descending = true, nameOf = (a: Axis) => a.name): Grid {
  const byName = (a: Axis, b: Axis) => nameOf(a).localeCompare(nameOf(b), "zh");
  const score = (a: Axis): number =>
    key.by === "total"
      ? rowTotal(g, a.id)
      : key.by === "column"
        ? (g.cells.get(cellKey(a.id, key.column))?.score ?? -1)
        : 0;
  const sign = descending ? -1 : 1;
  const rows = [...g.rows].sort((a, b) => {
    if (key.by === "name") return descending ? -byName(a, b) : byName(a, b);
    return sign * (score(a) - score(b)) || byName(a, b);
  });
  return { ...g, rows };
}

function matches(a: Axis, needle: string): boolean {
  return [a.name, a.nameEn ?? "", a.short, a.id].some((s) => s.toLowerCase().includes(needle));
}

/**
 * Filters by text: the columns the text names (with every row that has a cell in one), else the rows it
 * names. Rows and columns left without any cell are dropped. Empty text keeps everything.
 */
export function filterGrid(g: Grid, text: string, rowTypes?: ReadonlySet<string>): Grid {
  const needle = text.trim().toLowerCase();
  let rows = rowTypes ? g.rows.filter((r) => rowTypes.has(r.type)) : g.rows;
  let columns = g.columns;
  if (needle) {
    const cols = columns.filter((c) => matches(c, needle));
    if (cols.length) columns = cols;
    else rows = rows.filter((r) => matches(r, needle));
  }
  const has = (r: Axis, c: Axis) => g.cells.has(cellKey(r.id, c.id));
  rows = rows.filter((r) => columns.some((c) => has(r, c)));
  columns = columns.filter((c) => rows.some((r) => has(r, c)));
  return { ...g, rows, columns };
}

/** The text of a cell in the table and in CSV: "pilots · 3" or "area · 2". */
export function cellText(c: GridCell): string {
  return `${c.label} · ${c.value}`;
}

function csvField(s: string): string {
  return /[",\n\r]/.test(s) || /^[=+\-@]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * CSV of the grid as shown (rows and columns in order): a header of column names, one line per row; an
 * agreement cell is "stage (n evidence)", a corridor cell "directness (strength): chain".
 */
export function gridToCsv(g: Grid, nameOf = (a: Axis) => a.name): string {
  const header = ["row", "type", ...g.columns.map((c) => c.short || nameOf(c))];
  const lines = [header.map(csvField).join(",")];
  for (const r of g.rows) {
    const fields = [nameOf(r), r.type];
    for (const c of g.columns) {
      const cell = g.cells.get(cellKey(r.id, c.id));
      fields.push(
        !cell
          ? ""
          : cell.kind === "agreement"
            ? `${cell.label} (${cell.value})`
            : `${cell.label} (${cell.value}): ${cell.chain ?? ""}`,
      );
    }
    lines.push(fields.map(csvField).join(","));
  }
  return `${lines.join("\r\n")}\r\n`;
}

/** Entities to light up on the canvas for a row or a column: the axis and its partners in the grid. */
export function lineMembers(g: Grid, id: string): { nodes: string[]; edges: string[] } {
  const isRow = g.rows.some((r) => r.id === id);
  const nodes = new Set([id]);
  const edges = new Set<string>();
  for (const c of g.cells.values()) {
    if ((isRow ? c.row : c.column) !== id) continue;
    nodes.add(isRow ? c.column : c.row);
    for (const e of c.edges) {
      edges.add(e);
      for (const n of edgeEnds(e)) nodes.add(n);
    }
  }
  return { nodes: [...nodes], edges: [...edges] };
}

/** The two entity ids inside a relationship id "TYPE:source->target" (none when it has another shape). */
export function edgeEnds(edgeId: string): string[] {
  const i = edgeId.indexOf(":");
  const parts = edgeId.slice(i + 1).split("->");
  return i > 0 && parts.length === 2 && parts[0] && parts[1] ? [parts[0], parts[1]] : [];
}
