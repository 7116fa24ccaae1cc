/**
 * The Cypher result table: nodes, relationships and paths as clickable chips (select the node or edge,
 * highlight the path), plain values as text, and a CSV export of the whole result.
 */
import type { CypherResponse } from "../../../contracts/api";
import { relName, t } from "../i18n";
import { type Cell, classify, toCSV } from "../model/cells";
import { clear, download, h } from "./dom";

export interface ChipHooks {
  selectNode(id: string): void;
  selectEdge(id: string): void;
  highlight(nodes: string[], edges: string[]): void;
}

/** Rows drawn in the table (the CSV has them all). */
const MAX_ROWS = 200;

export class ResultTable {
  readonly el = h("div", { class: "result-table" });
  private readonly csv = h(
    "button",
    { type: "button", class: "btn export-csv", hidden: true },
    t("exportCsv"),
  );
  private last: CypherResponse | null = null;

  constructor(private readonly hooks: ChipHooks) {
    this.csv.addEventListener("click", () => {
      const r = this.last;
      if (!r) return;
      const stamp = new Date().toISOString().slice(0, 10);
      download(`zonegraph-query-${stamp}.csv`, toCSV(r.columns, r.rows), "text/csv;charset=utf-8");
    });
  }

  get exportButton(): HTMLButtonElement {
    return this.csv;
  }

  refreshLabels(): void {
    this.csv.textContent = t("exportCsv");
    if (this.last) this.render(this.last);
  }

  /** Empty the table (a failed run must not leave the previous query's rows under its error). */
  reset(): void {
    this.last = null;
    clear(this.el);
    this.csv.hidden = true;
  }

  render(res: CypherResponse): void {
    this.last = res;
    clear(this.el);
    this.csv.hidden = !res.columns.length;
    if (!res.columns.length) return;
    const rows = res.rows.slice(0, MAX_ROWS);
    this.el.append(
      h(
        "table",
        {},
        h("thead", {}, h("tr", {}, ...res.columns.map((c) => h("th", { scope: "col" }, c)))),
        h(
          "tbody",
          {},
          ...rows.map((r) => h("tr", {}, ...res.columns.map((c) => h("td", {}, this.cell(classify(r[c])))))),
        ),
      ),
    );
  }

  private chip(kind: string, text: string, title: string, onClick: () => void): HTMLElement {
    const b = h("button", { type: "button", class: `chip chip-${kind}`, title }, text);
    b.addEventListener("click", onClick);
    return b;
  }

  private cell(c: Cell): HTMLElement | string {
    switch (c.kind) {
      case "node":
        return this.chip("node", c.label, c.id, () => this.hooks.selectNode(c.id));
      case "rel":
        return this.chip("rel", relName(c.type), c.id, () => this.hooks.selectEdge(c.id));
      case "path":
        return this.chip("path", c.label, `${c.edges.length} ${t("hops")}`, () =>
          this.hooks.highlight(c.nodes, c.edges),
        );
      case "list":
        return h("span", { class: "chip-list" }, ...c.items.map((x) => this.cell(x)));
      case "value":
        return c.text;
    }
  }
}
