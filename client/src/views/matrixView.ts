/**
 * The matrices: agreement × zone (rows: zones, areas, provinces, countries) with each cell's stage and
 * evidence count, and corridor × zone with direct or inferred links and their chains. Sortable by name,
 * total or column; filterable; exported as CSV. A cell click opens its sentences (the chain's edges for a
 * corridor); a row or column name lights it up on the canvas.
 */
import { entityName, typeName } from "../i18n";
import { clear, download, h } from "../ui/dom";
import type { ViewHooks } from "./hooks";
import {
  type Axis,
  agreementGrid,
  cellKey,
  cellText,
  corridorGrid,
  filterGrid,
  type Grid,
  type GridCell,
  gridToCsv,
  lineMembers,
  rowTotal,
  type SortKey,
  sortRows,
} from "./matrixModel";
import { labelText, vt } from "./strings";
import { ViewsApi } from "./viewsApi";
import { sentences } from "./widgets";

const ROW_TYPES = ["FreeTradeZone", "Area", "Province", "Country"];
type Kind = "agreement" | "corridor";

export class MatrixView {
  readonly el = h("div", { class: "matrix-view" });
  private readonly api: ViewsApi;
  private readonly table = h("div", { class: "matrix-scroll" });
  private readonly detail = h("div", { class: "matrix-detail", "aria-live": "polite" });
  private readonly filterInput = h("input", { type: "search", class: "matrix-filter" });
  private readonly typeBoxes = h("span", { class: "matrix-rowtypes" });
  private readonly grids = new Map<Kind, Grid>();
  private kind: Kind = "agreement";
  private rowTypes = new Set(ROW_TYPES);
  private sort: SortKey = { by: "total" };
  private descending = true;
  private selectedLine: string | null = null;
  /** The grid as displayed (filtered and sorted), for the CSV export. */
  shown: Grid | null = null;

  constructor(private readonly hooks: ViewHooks) {
    this.api = new ViewsApi(hooks.api);
    this.filterInput.placeholder = vt("filter");
    this.filterInput.setAttribute("aria-label", vt("filter"));
    this.filterInput.addEventListener("input", () => this.render());
    const kinds = h("span", { class: "matrix-kinds", role: "radiogroup" });
    for (const k of ["agreement", "corridor"] as const) {
      const b = h(
        "button",
        { type: "button", class: "btn matrix-kind", "data-kind": k, "aria-pressed": String(k === this.kind) },
        vt(k === "agreement" ? "agreementMatrix" : "corridorMatrix"),
      );
      b.addEventListener("click", () => void this.open(k));
      kinds.append(b);
    }
    const csv = h("button", { type: "button", class: "btn matrix-csv" }, vt("csv"));
    csv.addEventListener("click", () => this.exportCsv());
    this.el.append(
      h("div", { class: "matrix-controls" }, kinds, this.typeBoxes, this.filterInput, csv),
      h("p", { class: "muted matrix-hint" }, vt("matrixHint")),
      h("div", { class: "matrix-main" }, this.table, this.detail),
    );
  }

  async open(kind: Kind = this.kind): Promise<void> {
    this.kind = kind;
    for (const b of this.el.querySelectorAll<HTMLButtonElement>(".matrix-kind"))
      b.setAttribute("aria-pressed", String(b.dataset.kind === kind));
    try {
      if (!this.grids.has(kind))
        this.grids.set(
          kind,
          kind === "agreement"
            ? agreementGrid(await this.api.agreements(ROW_TYPES))
            : corridorGrid(await this.api.corridors()),
        );
    } catch (e) {
      this.hooks.error(e instanceof Error ? e.message : String(e));
      return;
    }
    clear(this.detail);
    this.render();
  }

  render(): void {
    const grid = this.grids.get(this.kind);
    this.renderTypeBoxes();
    clear(this.table);
    if (!grid) return;
    const name = (a: Axis) => entityName(a);
    const types = this.kind === "agreement" ? this.rowTypes : undefined;
    const g = sortRows(filterGrid(grid, this.filterInput.value, types), this.sort, this.descending, name);
    this.shown = g;
    if (!g.rows.length) {
      this.table.append(h("p", { class: "muted" }, vt("emptyMatrix")));
      return;
    }
    const head = h("tr", {}, this.cornerHeader(), this.sortHeader("total", vt("total")));
    for (const c of g.columns) head.append(this.columnHeader(c));
    const body = h("tbody");
    for (const r of g.rows) {
      const tr = h("tr", { "data-row": r.id, class: r.id === this.selectedLine ? "selected" : "" });
      tr.append(this.lineButton(r, "th"), h("td", { class: "total" }, String(rowTotal(g, r.id))));
      for (const c of g.columns) tr.append(this.cell(g.cells.get(cellKey(r.id, c.id)), r, c));
      body.append(tr);
    }
    this.table.append(h("table", { class: `matrix matrix-${this.kind}` }, h("thead", {}, head), body));
  }

  private renderTypeBoxes(): void {
    clear(this.typeBoxes);
    this.typeBoxes.hidden = this.kind !== "agreement";
    this.typeBoxes.append(`${vt("rowTypes")}: `);
    for (const ty of ROW_TYPES) {
      const box = h("input", { type: "checkbox", "data-type": ty, checked: this.rowTypes.has(ty) });
      box.addEventListener("change", () => {
        if (box.checked) this.rowTypes.add(ty);
        else this.rowTypes.delete(ty);
        this.render();
      });
      this.typeBoxes.append(h("label", { class: "matrix-rowtype" }, box, typeName(ty)));
    }
  }

  private cornerHeader(): HTMLElement {
    return this.sortHeader("name", vt("sortByName"));
  }

  private sortHeader(by: "name" | "total", label: string): HTMLElement {
    const b = h("button", { type: "button", class: "link sort", "data-sort": by }, label);
    b.addEventListener("click", () => this.setSort({ by }));
    return h("th", { class: `sortable ${this.sort.by === by ? "sorted" : ""}` }, b);
  }

  private columnHeader(c: Axis): HTMLElement {
    const sorted = this.sort.by === "column" && this.sort.column === c.id;
    const sort = h(
      "button",
      { type: "button", class: "link sort", "data-sort": c.id, title: vt("sortByColumn") },
      sorted ? (this.descending ? "▼" : "▲") : "↕",
    );
    sort.addEventListener("click", () => this.setSort({ by: "column", column: c.id }));
    const th = this.lineButton(c, "th");
    th.classList.add("column");
    if (c.id === this.selectedLine) th.classList.add("selected");
    th.append(sort);
    return th;
  }

  private setSort(key: SortKey): void {
    const same = JSON.stringify(key) === JSON.stringify(this.sort);
    this.descending = same ? !this.descending : key.by !== "name";
    this.sort = key;
    this.render();
  }

  /** A row or column name: a click lights the line up on the canvas. */
  private lineButton(a: Axis, tag: "th"): HTMLElement {
    const b = h(
      "button",
      { type: "button", class: "link line-name", "data-id": a.id, title: vt("highlight") },
      a.type === "Agreement" || a.type === "Corridor" ? a.short : entityName(a),
    );
    b.addEventListener("click", () => void this.selectLine(a.id));
    return h(tag, { class: "line", "data-id": a.id }, b);
  }

  async selectLine(id: string): Promise<void> {
    const g = this.shown;
    if (!g) return;
    this.selectedLine = id;
    this.render();
    const m = lineMembers(g, id);
    await this.hooks.focus(m.nodes, m.edges);
  }

  private cell(c: GridCell | undefined, r: Axis, col: Axis): HTMLElement {
    if (!c) return h("td", { class: "empty" });
    const b = h(
      "button",
      {
        type: "button",
        class: `cell ${c.kind === "agreement" ? `stage-${c.label}` : `strength-${c.value}`}`,
        "data-row": r.id,
        "data-column": col.id,
        title: c.chain ?? cellText(c),
      },
      h("span", { class: "cell-label" }, labelText(c.label)),
      h("span", { class: "cell-value" }, c.kind === "agreement" ? String(c.value) : `#${c.value}`),
    );
    b.addEventListener("click", () => void this.openCell(c, r, col));
    return h("td", {}, b);
  }

  /** The sentences of a cell: its relationship's, or those of every step of the corridor chain. */
  async openCell(c: GridCell, r: Axis, col: Axis): Promise<void> {
    clear(this.detail);
    const title = `${entityName(r)} × ${col.short || entityName(col)}: ${labelText(c.label)}`;
    this.detail.append(h("h4", { class: "cell-title" }, title));
    if (c.chain) this.detail.append(h("div", { class: "cell-chain" }, c.chain));
    try {
      const edges = await Promise.all(c.edges.map((e) => this.api.edge(e)));
      for (const e of edges)
        this.detail.append(
          h(
            "div",
            { class: "cell-edge", "data-edge": e.id },
            `${entityName(e.source)} → ${entityName(e.target)}`,
          ),
          sentences(e.evidence, this.hooks, [e.source.name, e.target.name]),
        );
    } catch (e) {
      this.hooks.error(e instanceof Error ? e.message : String(e));
    }
  }

  private exportCsv(): void {
    if (!this.shown) return;
    const stamp = new Date().toISOString().slice(0, 10);
    download(
      `zonegraph-${this.kind}-matrix-${stamp}.csv`,
      `\ufeff${gridToCsv(this.shown, (a) => entityName(a))}`,
      "text/csv",
    );
  }
}
