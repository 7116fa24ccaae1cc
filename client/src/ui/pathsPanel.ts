/**
 * Paths between two entities: options (max hops, allowed relationship types, co-occurrence), a visible
 * result message, and the evidence of every hop. Rendered from the store's `path` and the scene graph (the
 * path edges carry their evidence), so undo/redo and language changes redraw it.
 */
import type { EvidenceView } from "../../../contracts/api";
import { REL_TYPES } from "../../../contracts/graph";
import type { Api } from "../api";
import { entityName, getLang, onLangChange, relName, t } from "../i18n";
import { type PathReason, pathEndsProblem, pathMessage, pathReasonText } from "../model/paths";
import type { SceneGraph } from "../model/scene";
import type { ExplorerState, PathOptions } from "../store/state";
import { clear, h } from "./dom";
import type { EvidenceHooks } from "./panels";
import { evidenceItem } from "./quote";
import { ariaLabel } from "./relabel";
import { SearchBox } from "./search";
import type { StoreLike } from "./storeLike";

/** Typed relationship types a path may be restricted to (co-occurrence has its own switch). */
const PATH_REL_TYPES = REL_TYPES.filter((r) => r !== "CO_OCCURS");

export class PathsPanel {
  readonly el: HTMLElement;
  private from: SearchBox;
  private to: SearchBox;
  private readonly message = h("p", { class: "path-message", role: "status", "aria-live": "polite" });
  private readonly out = h("div", { class: "paths-out" });
  private readonly options = h("fieldset", { class: "path-options" });

  constructor(
    api: Api,
    private readonly store: StoreLike,
    private readonly run: (from: string, to: string) => Promise<unknown>,
    private readonly hooks: EvidenceHooks & { highlight(nodes: string[], edges: string[]): void },
    private graph: SceneGraph | null = null,
  ) {
    this.from = new SearchBox(api, () => {}, "pathFrom", "search small");
    this.to = new SearchBox(api, () => {}, "pathTo", "search small");
    const go = h("button", { type: "button", class: "btn primary find-paths" }, t("findPaths"));
    onLangChange(() => {
      go.textContent = t("findPaths");
      this.renderOptions();
    });
    go.addEventListener("click", () => void this.find());
    this.renderOptions();
    this.el = h(
      "div",
      { class: "paths" },
      this.from.el,
      this.to.el,
      this.options,
      go,
      this.message,
      this.out,
    );
  }

  /** The scene graph the path edges (and their evidence) are read from. */
  attach(graph: SceneGraph): void {
    this.graph = graph;
  }

  private async find(): Promise<void> {
    const a = this.from.chosen?.id;
    const b = this.to.chosen?.id;
    const problem = pathEndsProblem(a, b);
    if (problem || !a || !b) {
      this.message.textContent = t(problem ?? "pathPickBoth");
      clear(this.out);
      return;
    }
    this.message.textContent = t("loading");
    clear(this.out);
    await this.run(a, b);
    this.update(this.store.state);
  }

  private setOptions(o: Partial<PathOptions>): void {
    this.store.dispatch({ type: "setPathOptions", options: { ...this.store.state.pathOptions, ...o } });
  }

  private renderOptions(): void {
    const o = this.store.state.pathOptions;
    clear(this.options);
    const hops = h("input", {
      type: "number",
      class: "max-hops",
      min: "1",
      max: "8",
      value: String(o.maxHops),
    });
    hops.addEventListener("change", () => this.setOptions({ maxHops: Number(hops.value) }));
    const co = h("input", { type: "checkbox", class: "co-occurrence", checked: o.coOccurrence });
    co.addEventListener("change", () => this.setOptions({ coOccurrence: co.checked }));
    const types = h("div", { class: "path-types", role: "group", ...ariaLabel("pathTypes") });
    for (const rel of PATH_REL_TYPES) {
      const box = h("input", { type: "checkbox", "data-rel": rel, checked: o.types.includes(rel) });
      box.addEventListener("change", () => {
        const cur = new Set(this.store.state.pathOptions.types);
        if (box.checked) cur.add(rel);
        else cur.delete(rel);
        this.setOptions({ types: [...cur] });
      });
      types.append(h("label", { class: "small" }, box, ` ${relName(rel)}`));
    }
    this.options.append(
      h("legend", {}, t("pathOptions")),
      h("label", { class: "small" }, `${t("maxHops")} `, hops),
      h("label", { class: "small" }, co, ` ${t("allowCoOccurrence")}`),
      h(
        "details",
        {},
        h("summary", { class: "small" }, `${t("pathTypes")} (${o.types.length || t("all")})`),
        types,
      ),
    );
  }

  /** Redraw from the state (called by the display subscription). */
  update(s: ExplorerState, prev?: ExplorerState): void {
    if (!prev || s.pathOptions !== prev.pathOptions) this.renderOptions();
    if (prev && s.path === prev.path && s.lang === prev.lang && s.sceneVersion === prev.sceneVersion) return;
    clear(this.out);
    const r = s.path;
    if (!r) {
      this.message.textContent = "";
      return;
    }
    const m = pathMessage(r.paths.length, r.options, r);
    this.message.classList.toggle("none", m.kind === "none");
    if (m.kind === "found")
      this.message.textContent = t("pathsFound")
        .replace("{n}", String(m.count))
        .replace("{h}", String(m.maxHops));
    else
      this.renderNone(
        m.maxHops,
        m.viaCoOccurrence,
        { code: r.reasonCode ?? null, facts: r.reasonFacts ?? null, text: r.reason },
        r.options.coOccurrence,
      );
    const list = h("ol", { class: "path-list" });
    for (const [i, p] of r.paths.entries()) list.append(this.pathItem(p, i === 0));
    if (r.paths.length) this.out.append(list);
  }

  private renderNone(hops: number, viaCo: number | null, reason: PathReason, coAllowed: boolean): void {
    clear(this.message);
    const what = coAllowed ? t("noPathWithin") : t("noTypedPathWithin");
    const why = pathReasonText(reason, getLang(), (key) => t(key));
    this.message.append(`${what.replace("{h}", String(hops))}${why ? ` (${why})` : ""}`);
    if (!coAllowed && viaCo) {
      this.message.append(`; ${t("viaCoOccurrence").replace("{n}", String(viaCo))} `);
      const show = h("button", { type: "button", class: "link show-co-occurrence" }, t("show"));
      show.addEventListener("click", () => {
        this.setOptions({ coOccurrence: true });
        void this.find();
      });
      this.message.append(show);
    } else if (!coAllowed && viaCo === 0) this.message.append(`; ${t("noneViaCoOccurrence")}`);
  }

  private name(id: string): string {
    const g = this.graph;
    return g?.hasNode(id) ? entityName(g.getNodeAttributes(id), getLang()) : id;
  }

  private pathItem(p: { nodes: readonly string[]; edges: readonly string[] }, open: boolean): HTMLElement {
    const head = h(
      "button",
      { type: "button", class: "link path-head" },
      p.nodes.map((n) => this.name(n)).join(" → "),
    );
    head.addEventListener("click", () => this.hooks.highlight([...p.nodes], [...p.edges]));
    const steps = h("ol", { class: "path-steps" });
    for (const eid of p.edges) steps.append(this.hop(eid));
    return h(
      "li",
      {},
      head,
      h(
        "details",
        { class: "path-evidence", open },
        h("summary", {}, `${t("evidence")} (${p.edges.length} ${t("hops")})`),
        steps,
      ),
    );
  }

  /** One hop: its two ends, its relationship and the sentences that state it. */
  private hop(eid: string): HTMLElement {
    const g = this.graph;
    if (!g?.hasEdge(eid)) return h("li", { class: "path-hop" }, eid);
    const [s, tg] = g.extremities(eid);
    const a = g.getEdgeAttributes(eid);
    const names = [s, tg].flatMap((k) => {
      const n = g.getNodeAttributes(k);
      return [n.name, n.nameEn].filter((x): x is string => typeof x === "string" && !!x);
    });
    const ev = (Array.isArray(a.evidence) ? a.evidence : []) as EvidenceView[];
    return h(
      "li",
      { class: "path-hop", "data-edge": eid },
      h("div", { class: "step-head" }, `${this.name(s)} —${relName(String(a.type))}→ ${this.name(tg)}`),
      ev.length
        ? h(
            "ul",
            { class: "sources" },
            ...ev.map((x) =>
              evidenceItem(x, {
                names,
                onOpen: (d, st, en) => this.hooks.openDocument(d, { start: st, end: en }),
              }),
            ),
          )
        : h("p", { class: "muted small no-evidence" }, t("noSources")),
    );
  }
}
