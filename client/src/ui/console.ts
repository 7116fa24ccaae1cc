/** Cypher console: CodeMirror 6 with Cypher highlighting and completion, parameters, history, named queries. */
import { autocompletion, type CompletionContext, type CompletionResult } from "@codemirror/autocomplete";
import { defaultKeymap, history, historyKeymap } from "@codemirror/commands";
import { defaultHighlightStyle, StreamLanguage, syntaxHighlighting } from "@codemirror/language";
import { cypher } from "@codemirror/legacy-modes/mode/cypher";
import { EditorState } from "@codemirror/state";
import { EditorView, keymap, lineNumbers, placeholder } from "@codemirror/view";
import type { CypherResponse, NamedQuery } from "../../../contracts/api";
import type { CypherProfileResponse } from "../../../contracts/cypherPlan";
import { NODE_TYPES, REL_TYPES } from "../../../contracts/graph";
import type { Api } from "../api";
import { getLang, onLangChange, t } from "../i18n";
import { errorText } from "../i18nMeta";
import { FavouriteStore } from "../model/favourites";
import { namedQueryText } from "../model/namedQueries";
import { planAsText } from "../model/planText";
import { clear, h } from "./dom";
import { FavouritesPanel } from "./favouritesPanel";
import { profileView } from "./profileView";
import { ariaLabel } from "./relabel";
import { type ChipHooks, ResultTable } from "./resultTable";
import { ResultViews } from "./resultViews";

const KEYWORDS = [
  "MATCH",
  "OPTIONAL MATCH",
  "WHERE",
  "RETURN",
  "WITH",
  "ORDER BY",
  "LIMIT",
  "SKIP",
  "DISTINCT",
  "UNWIND",
  "AS",
  "AND",
  "OR",
  "NOT",
  "IN",
  "CONTAINS",
  "STARTS WITH",
  "ENDS WITH",
  "IS NULL",
  "IS NOT NULL",
  "count",
  "collect",
  "size",
  "labels",
  "type",
  "shortestPath",
  "allShortestPaths",
  "coalesce",
  "toLower",
];
const PROPERTIES = ["id", "name", "nameEn", "aliases", "type", "confidence", "title", "date", "text"];

const HISTORY_KEY = "zonegraph.cypherHistory.v1";

/**
 * Typing over (or deleting) a selection that spans lines lets Chromium's native editing merge the line
 * elements, which it does by applying inline `style` attributes — refused by the CSP (style-src 'self') and
 * reported as violations. Such edits are applied as CodeMirror transactions instead of natively.
 */
export const selectionEditsAsTransactions = EditorView.domEventHandlers({
  beforeinput(e, view) {
    if (view.state.selection.ranges.every((r) => r.empty) || e.isComposing) return false;
    let insert: string | null = null;
    if (e.inputType === "insertText" || e.inputType === "insertReplacementText")
      insert = e.data ?? e.dataTransfer?.getData("text/plain") ?? "";
    else if (e.inputType.startsWith("delete")) insert = "";
    if (insert === null) return false;
    e.preventDefault();
    view.dispatch({
      ...view.state.replaceSelection(insert),
      scrollIntoView: true,
      userEvent: insert ? "input.type" : "delete.selection",
    });
    return true;
  },
});

export function cypherCompletions(ctx: CompletionContext, params: () => string[]): CompletionResult | null {
  const label = ctx.matchBefore(/:\w*/);
  if (label) {
    const before = ctx.state.sliceDoc(Math.max(0, label.from - 2), label.from);
    const inRel =
      /\[\w*$/.test(ctx.state.sliceDoc(Math.max(0, label.from - 20), label.from)) || before.endsWith("[");
    const options = (inRel ? REL_TYPES : NODE_TYPES).map((l) => ({
      label: `:${l}`,
      type: inRel ? "type" : "class",
    }));
    return { from: label.from, options, validFor: /^:\w*$/ };
  }
  const param = ctx.matchBefore(/\$\w*/);
  if (param)
    return { from: param.from, options: params().map((p) => ({ label: `$${p}`, type: "variable" })) };
  const prop = ctx.matchBefore(/\.\w*/);
  if (prop) return { from: prop.from + 1, options: PROPERTIES.map((p) => ({ label: p, type: "property" })) };
  const word = ctx.matchBefore(/\w+/);
  if (!word && !ctx.explicit) return null;
  return {
    from: word?.from ?? ctx.pos,
    options: KEYWORDS.map((k) => ({ label: k, type: "keyword" })),
    validFor: /^\w*$/,
  };
}

export interface ConsoleHooks extends ChipHooks {
  run(query: string, params: Record<string, unknown>, replace: boolean): Promise<CypherResponse>;
  runNamed(name: string, params: Record<string, unknown>, replace: boolean): Promise<CypherResponse>;
}

export class CypherConsole {
  readonly el: HTMLElement;
  readonly view: EditorView;
  private paramsInput: HTMLTextAreaElement;
  private errorEl = h("div", { class: "console-error", role: "alert" });
  private table: ResultTable;
  private results: ResultViews;
  private lastRes: CypherResponse | null = null;
  private lastProfile: CypherProfileResponse | null = null;
  /** The query the last plan (EXPLAIN or PROFILE) is of: its plan graph keeps its view for the next one. */
  private planQuery = "";
  private favourites: FavouritesPanel;
  private historyList = h("ul", { class: "history-list" });
  private namedList = h("ul", { class: "named-list" });
  private named: NamedQuery[] = [];
  private replace: HTMLInputElement;
  private status = h("span", { class: "muted small console-status" });

  constructor(
    private readonly api: Api,
    private readonly hooks: ConsoleHooks,
  ) {
    this.table = new ResultTable(hooks);
    this.results = new ResultViews(this.table);
    this.favourites = new FavouritesPanel(new FavouriteStore(localStorage), {
      current: () => {
        const params = this.parseParams();
        return params ? { query: this.query, params } : null;
      },
      open: (query, params) => this.setQuery(query, params),
    });
    this.paramsInput = h("textarea", {
      class: "params",
      rows: "2",
      spellcheck: "false",
      ...ariaLabel("params"),
    });
    this.paramsInput.value = "{}";
    // The editor lives in a shadow root: there style-mod uses constructable stylesheets (adoptedStyleSheets),
    // which the server's strict CSP (style-src 'self', no nonce) allows, unlike injected <style> elements.
    const host = h("div", { class: "editor" });
    const shadow = host.attachShadow({ mode: "open" });
    this.view = new EditorView({
      parent: shadow,
      root: shadow,
      state: EditorState.create({
        doc: "MATCH (z:FreeTradeZone)-[r]-(n)\nRETURN z, r, n LIMIT 50",
        extensions: [
          lineNumbers(),
          history(),
          StreamLanguage.define(cypher),
          syntaxHighlighting(defaultHighlightStyle),
          autocompletion({ override: [(ctx) => cypherCompletions(ctx, () => this.paramNames())] }),
          keymap.of([
            {
              key: "Mod-Enter",
              run: () => {
                void this.run();
                return true;
              },
            },
            ...defaultKeymap,
            ...historyKeymap,
          ]),
          placeholder("MATCH (n) RETURN n LIMIT 25"),
          EditorView.lineWrapping,
          selectionEditsAsTransactions,
          EditorView.contentAttributes.of({ "aria-label": "Cypher" }),
        ],
      }),
    });
    const runBtn = h("button", { type: "button", class: "btn primary run" }, t("run"));
    runBtn.addEventListener("click", () => void this.run());
    const explainBtn = h("button", { type: "button", class: "btn explain" }, t("explain"));
    explainBtn.addEventListener("click", () => void this.explain());
    const profileBtn = h("button", { type: "button", class: "btn profile" }, t("profile"));
    profileBtn.addEventListener("click", () => void this.profile());
    this.replace = h("input", { type: "checkbox" });
    const replaceLabel = h("label", { class: "small" }, this.replace, ` ${t("replaceScene")}`);
    const paramsLabel = h("label", { class: "small params-label" }, t("params"));
    const histHead = h("h4", {}, t("history"));
    const namedHead = h("h4", {}, t("namedQueries"));
    onLangChange(() => {
      runBtn.textContent = t("run");
      explainBtn.textContent = t("explain");
      profileBtn.textContent = t("profile");
      if (this.lastProfile) this.renderProfile(this.lastProfile);
      if (replaceLabel.lastChild) replaceLabel.lastChild.textContent = ` ${t("replaceScene")}`;
      paramsLabel.textContent = t("params");
      histHead.textContent = t("history");
      namedHead.textContent = t("namedQueries");
      this.renderNamed();
      this.results.refreshLabels();
      this.favourites.refreshLabels();
      if (this.lastRes) this.showStatus();
    });
    this.el = h(
      "div",
      { class: "console" },
      h(
        "div",
        { class: "console-main" },
        host,
        paramsLabel,
        this.paramsInput,
        h(
          "div",
          { class: "row" },
          runBtn,
          explainBtn,
          profileBtn,
          replaceLabel,
          this.status,
          this.table.exportButton,
        ),
        this.errorEl,
        this.results.el,
      ),
      h(
        "div",
        { class: "console-side" },
        this.favourites.el,
        namedHead,
        this.namedList,
        histHead,
        this.historyList,
      ),
    );
    this.renderHistory();
  }

  private paramNames(): string[] {
    try {
      const p: unknown = JSON.parse(this.paramsInput.value || "{}");
      return p && typeof p === "object" ? Object.keys(p) : [];
    } catch {
      return [];
    }
  }

  get query(): string {
    return this.view.state.doc.toString();
  }
  setQuery(q: string, params?: Record<string, unknown>): void {
    this.view.dispatch({ changes: { from: 0, to: this.view.state.doc.length, insert: q } });
    if (params) this.paramsInput.value = JSON.stringify(params);
  }

  private parseParams(): Record<string, unknown> | null {
    try {
      const p: unknown = JSON.parse(this.paramsInput.value.trim() || "{}");
      if (!p || typeof p !== "object" || Array.isArray(p)) throw new Error(t("paramsNotObject"));
      return p as Record<string, unknown>;
    } catch (e) {
      this.showError(`${t("params")}: ${e instanceof Error ? e.message : String(e)}`);
      return null;
    }
  }

  private showError(msg: string): void {
    this.errorEl.textContent = msg;
    this.errorEl.hidden = false;
  }

  async run(named?: NamedQuery): Promise<void> {
    this.errorEl.textContent = "";
    this.errorEl.hidden = true;
    const params = this.parseParams();
    if (!params) return;
    this.lastProfile = null;
    this.status.textContent = t("loading");
    try {
      const res = named
        ? await this.hooks.runNamed(named.name, params, this.replace.checked)
        : await this.hooks.run(this.query, params, this.replace.checked);
      if (!named) this.remember(this.query, params);
      this.lastRes = res;
      this.showStatus();
      this.results.render(res);
    } catch (e) {
      this.lastRes = null;
      this.status.textContent = "";
      this.results.reset();
      this.showError(errorText(e));
    }
  }

  /** The plan of the query in the editor (EXPLAIN through the same locks as a run; nothing is executed). */
  async explain(): Promise<void> {
    await this.planRequest(async (params) => {
      this.planQuery = this.query;
      const plan = await this.api.explain(this.planQuery, params);
      this.status.textContent = t("planStatus").replace("{n}", String(plan.operators.length));
      const head = { operator: t("planOperator"), rows: t("planRows"), details: t("planDetails") };
      this.results.showPlan(planAsText(plan.operators, head), plan.operators, this.planQuery);
    });
  }

  /** PROFILE: the query runs (through the same locks); its plan with each operator's rows and db hits. */
  async profile(): Promise<void> {
    await this.planRequest(async (params) => {
      this.planQuery = this.query;
      this.lastProfile = await this.api.profile(this.planQuery, params);
      this.renderProfile(this.lastProfile);
    });
  }

  /** EXPLAIN and PROFILE alike: clear the last error and result, parse the parameters, show a failure. */
  private async planRequest(run: (params: Record<string, unknown>) => Promise<void>): Promise<void> {
    this.errorEl.textContent = "";
    this.errorEl.hidden = true;
    const params = this.parseParams();
    if (!params) return;
    this.lastRes = null;
    this.lastProfile = null;
    this.status.textContent = t("loading");
    try {
      await run(params);
    } catch (e) {
      this.status.textContent = "";
      this.results.reset();
      this.showError(errorText(e));
    }
  }

  private renderProfile(p: CypherProfileResponse): void {
    const view = profileView(p);
    this.status.textContent = view.status;
    this.results.showProfile(view.lines, view.heaviestLine, p.operators, p.heaviest, this.planQuery);
  }

  /** The last result's counts, in the language in use (rendered again on a language switch). */
  private showStatus(): void {
    const res = this.lastRes;
    this.status.textContent = res
      ? `${res.rows.length} ${t("rows")} · ${res.graph.nodes.length} ${t("nodes")} · ${Math.round(res.elapsedMs)} ms${res.truncated ? ` · ${t("resultTruncated")}` : ""}`
      : "";
  }

  private loadHistory(): { query: string; params: Record<string, unknown> }[] {
    try {
      const raw: unknown = JSON.parse(localStorage.getItem(HISTORY_KEY) ?? "[]");
      return Array.isArray(raw) ? raw.filter((x) => x && typeof x.query === "string") : [];
    } catch {
      return [];
    }
  }
  private remember(query: string, params: Record<string, unknown>): void {
    const list = this.loadHistory().filter((x) => x.query !== query);
    list.unshift({ query, params });
    localStorage.setItem(HISTORY_KEY, JSON.stringify(list.slice(0, 30)));
    this.renderHistory();
  }
  private renderHistory(): void {
    clear(this.historyList);
    for (const item of this.loadHistory()) {
      const b = h(
        "button",
        { type: "button", class: "link code", title: item.query },
        item.query.replace(/\s+/g, " ").slice(0, 80),
      );
      b.addEventListener("click", () => this.setQuery(item.query, item.params));
      this.historyList.append(h("li", {}, b));
    }
  }

  /** The named queries from the server (also what the search phrases are checked against; [] on failure). */
  async loadNamed(): Promise<NamedQuery[]> {
    clear(this.namedList);
    try {
      this.named = (await this.api.queries()).queries;
      this.renderNamed();
    } catch (e) {
      this.namedList.append(h("li", { class: "error" }, e instanceof Error ? e.message : String(e)));
    }
    return this.named;
  }

  /** The named queries with their title and description in the language in use. */
  private renderNamed(): void {
    clear(this.namedList);
    for (const q of this.named) {
      const text = namedQueryText(q, getLang());
      const b = h(
        "button",
        { type: "button", class: "link", title: text.description, "data-query": q.name },
        text.title,
      );
      b.addEventListener("click", () => {
        const params: Record<string, unknown> = {};
        for (const p of q.params) if (p.default !== undefined) params[p.name] = p.default;
        this.setQuery(q.cypher, params);
        void this.run(q);
      });
      this.namedList.append(h("li", {}, b, h("div", { class: "muted small" }, text.description)));
    }
  }

  destroy(): void {
    this.view.destroy();
  }
}
