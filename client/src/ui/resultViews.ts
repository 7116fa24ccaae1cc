/**
 * The Cypher result as a table (chips that select and highlight), as text (an aligned plain-text table) or
 * as JSON, as in Neo4j Browser. The choice stays for the next results; text and JSON are set as text.
 */
import type { CypherResponse } from "../../../contracts/api";
import { t } from "../i18n";
import { resultAsJson, resultAsText } from "../model/resultText";
import { h } from "./dom";
import type { ResultTable } from "./resultTable";

export type ResultMode = "table" | "text" | "json";
const MODES: ResultMode[] = ["table", "text", "json"];
const LABEL = { table: "resultTable", text: "resultText", json: "resultJson" } as const;

export class ResultViews {
  readonly el: HTMLElement;
  private mode: ResultMode = "table";
  private last: CypherResponse | null = null;
  private readonly tabs = new Map<ResultMode, HTMLButtonElement>();
  private readonly pre = h("pre", { class: "result-text", tabindex: "0", hidden: true });
  private readonly bar = h("div", { class: "result-modes", role: "group", hidden: true });

  constructor(private readonly table: ResultTable) {
    for (const m of MODES) {
      const b = h("button", { type: "button", class: "btn small", "data-mode": m, "aria-pressed": "false" });
      b.addEventListener("click", () => this.setMode(m));
      this.tabs.set(m, b);
      this.bar.append(b);
    }
    this.el = h("div", { class: "result-views" }, this.bar, table.el, this.pre);
    this.refreshLabels();
  }

  get current(): ResultMode {
    return this.mode;
  }

  setMode(m: ResultMode): void {
    this.mode = m;
    this.show();
  }

  refreshLabels(): void {
    this.bar.setAttribute("aria-label", t("resultViews"));
    for (const [m, b] of this.tabs) b.textContent = t(LABEL[m]);
    this.table.refreshLabels();
  }

  render(res: CypherResponse): void {
    this.last = res;
    this.table.render(res);
    this.show();
  }

  reset(): void {
    this.last = null;
    this.table.reset();
    this.show();
  }

  /** A query plan in place of a result (text; the view choice is kept for the next result). */
  showPlan(text: string): void {
    this.reset();
    this.pre.textContent = text;
    this.pre.hidden = false;
    this.pre.classList.add("plan");
  }

  /** A profiled plan, one line per element; the heaviest operator's line is marked (text and class). */
  showProfile(lines: readonly string[], heaviestLine: number | null): void {
    this.reset();
    this.pre.replaceChildren(
      ...lines.map((l, i) =>
        h("span", { class: i === heaviestLine ? "plan-line plan-heaviest" : "plan-line" }, `${l}\n`),
      ),
    );
    this.pre.hidden = false;
    this.pre.classList.add("plan", "profile");
  }

  private show(): void {
    const res = this.last;
    const has = !!res && res.columns.length > 0;
    this.bar.hidden = !has;
    for (const [m, b] of this.tabs) b.setAttribute("aria-pressed", String(m === this.mode));
    this.table.el.hidden = has && this.mode !== "table";
    this.pre.hidden = !has || this.mode === "table";
    this.pre.classList.remove("plan", "profile");
    if (!res || this.pre.hidden) return;
    this.pre.textContent =
      this.mode === "text" ? resultAsText(res.columns, res.rows) : resultAsJson(res.rows);
  }
}
