/**
 * The Cypher result as a table (chips that select and highlight), as text (an aligned plain-text table) or
 * as JSON, as in Neo4j Browser. The choice stays for the next results; text and JSON are set as text. A plan
 * (EXPLAIN, PROFILE) shows its table as text and, beside it, the operator tree drawn as boxes.
 */
import type { CypherResponse } from "../../../contracts/api";
import type { PlanOperator } from "../../../contracts/cypherPlan";
import { t } from "../i18n";
import { PLAN_VIEW, type PlanView } from "../model/planView";
import { resultAsJson, resultAsText } from "../model/resultText";
import { h } from "./dom";
import { planGraph } from "./planGraph";
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
  /** The plan's text table and its graph, side by side. */
  private readonly planPane = h("div", { class: "plan-pane", hidden: true });
  private lastPlan: { ops: readonly PlanOperator[]; heaviest: number | null; query: string | null } | null =
    null;
  /** Collapsed boxes and zoom of the plan graph, kept while plans of the same query follow each other. */
  private planView: { query: string | null; view: PlanView } = { query: null, view: PLAN_VIEW };

  constructor(private readonly table: ResultTable) {
    for (const m of MODES) {
      const b = h("button", { type: "button", class: "btn small", "data-mode": m, "aria-pressed": "false" });
      b.addEventListener("click", () => this.setMode(m));
      this.tabs.set(m, b);
      this.bar.append(b);
    }
    this.el = h("div", { class: "result-views" }, this.bar, table.el, this.pre, this.planPane);
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
    if (this.lastPlan) this.drawPlan(this.lastPlan.ops, this.lastPlan.heaviest, this.lastPlan.query);
  }

  render(res: CypherResponse): void {
    this.last = res;
    this.table.render(res);
    this.show();
  }

  reset(): void {
    this.last = null;
    this.lastPlan = null;
    this.el.append(this.pre);
    this.planPane.replaceChildren();
    this.planPane.hidden = true;
    this.table.reset();
    this.show();
  }

  /**
   * A query plan in place of a result: its text and its graph (the view choice is kept for the next result).
   * `query` names the plan's query: its graph's collapsed boxes and zoom stay for the next plan of it.
   */
  showPlan(text: string, ops: readonly PlanOperator[], query: string | null = null): void {
    this.reset();
    this.pre.textContent = text;
    this.pre.hidden = false;
    this.pre.classList.add("plan");
    this.drawPlan(ops, null, query);
  }

  /** A profiled plan, one line per element; the heaviest operator's line is marked (text and class). */
  showProfile(
    lines: readonly string[],
    heaviestLine: number | null,
    ops: readonly PlanOperator[],
    heaviest: number | null,
    query: string | null = null,
  ): void {
    this.reset();
    this.pre.replaceChildren(
      ...lines.map((l, i) =>
        h("span", { class: i === heaviestLine ? "plan-line plan-heaviest" : "plan-line" }, `${l}\n`),
      ),
    );
    this.pre.hidden = false;
    this.pre.classList.add("plan", "profile");
    this.drawPlan(ops, heaviest, query);
  }

  /** The plan's text (the <pre>) and its graph beside it, in the plan pane. */
  private drawPlan(ops: readonly PlanOperator[], heaviest: number | null, query: string | null): void {
    this.lastPlan = { ops, heaviest, query };
    if (query === null || query !== this.planView.query) this.planView = { query, view: PLAN_VIEW };
    const kept = this.planView;
    const graph = planGraph(ops, heaviest, kept.view, (view) => {
      kept.view = view;
    });
    this.planPane.replaceChildren(this.pre, graph);
    this.planPane.hidden = false;
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
