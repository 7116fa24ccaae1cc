/** Left-hand panels: legend/type filter, paths, corridors, analysis, saved views, export. */
import type { CorridorZonesResponse, PathsResponse } from "../../../contracts/api";
import { REL_TYPES } from "../../../contracts/graph";
import type { Api } from "../api";
import { entityName, getLang, onLangChange, relName, type StringKey, t, typeName } from "../i18n";
import { chainFocus, type Focus, zoneRoutes } from "../model/corridors";
import type { SceneGraph } from "../model/scene";
import { PROVENANCE_TYPES, TYPE_STYLES, typeStyle } from "../model/styling";
import type { ViewStore } from "../model/views";
import { clear, h } from "./dom";
import { evidenceItem } from "./quote";
import { SearchBox } from "./search";
import type { ColourBy, SizeBy, ViewState } from "./state";

/** A collapsible section whose heading is translated on language change. */
export function section(key: StringKey, body: HTMLElement, open = false): HTMLElement {
  const summary = h("summary", {}, t(key));
  onLangChange(() => {
    summary.textContent = t(key);
  });
  return h("details", { class: "panel", open, "data-panel": key }, summary, body);
}

export class Legend {
  readonly el = h("div", { class: "legend" });
  constructor(
    private readonly graph: SceneGraph,
    private readonly state: ViewState,
    private readonly onToggle: () => void,
  ) {
    onLangChange(() => this.render());
    this.render();
  }
  render(): void {
    clear(this.el);
    const counts = new Map<string, number>();
    this.graph.forEachNode((_, a) => counts.set(String(a.type), (counts.get(String(a.type)) ?? 0) + 1));
    const relCounts = new Map<string, number>();
    this.graph.forEachEdge((_, a) => relCounts.set(String(a.type), (relCounts.get(String(a.type)) ?? 0) + 1));
    const types = [
      ...new Set([...Object.keys(TYPE_STYLES).filter((k) => !PROVENANCE_TYPES.has(k)), ...counts.keys()]),
    ];
    const list = h("ul", { class: "legend-list" });
    for (const type of types) {
      const st = typeStyle(type);
      const hidden = this.state.hiddenTypes.has(type);
      const sw = h("span", { class: "legend-swatch", "aria-hidden": "true" }, st.letter);
      sw.style.background = hidden ? "transparent" : st.color;
      sw.style.borderColor = st.color;
      sw.style.color = hidden ? st.color : "#fff";
      const btn = h(
        "button",
        {
          type: "button",
          class: `legend-item${hidden ? " off" : ""}`,
          "aria-pressed": String(!hidden),
          "data-type": type,
        },
        sw,
        h("span", { class: "legend-name" }, typeName(type)),
        h("span", { class: "count" }, String(counts.get(type) ?? 0)),
      );
      btn.addEventListener("click", () => {
        if (hidden) this.state.hiddenTypes.delete(type);
        else this.state.hiddenTypes.add(type);
        this.onToggle();
        this.render();
      });
      list.append(h("li", {}, btn));
    }
    const rels = h("ul", { class: "legend-list rels" });
    for (const rel of [...new Set<string>([...REL_TYPES, ...relCounts.keys()])]) {
      const n = relCounts.get(rel) ?? 0;
      if (!n) continue;
      const hidden = this.state.hiddenRels.has(rel);
      const btn = h(
        "button",
        { type: "button", class: `legend-item${hidden ? " off" : ""}`, "aria-pressed": String(!hidden) },
        h("span", { class: `legend-line${rel === "CO_OCCURS" ? " weak" : ""}`, "aria-hidden": "true" }),
        h("span", { class: "legend-name" }, relName(rel)),
        h("span", { class: "count" }, String(n)),
      );
      btn.addEventListener("click", () => {
        if (hidden) this.state.hiddenRels.delete(rel);
        else this.state.hiddenRels.add(rel);
        this.onToggle();
        this.render();
      });
      rels.append(h("li", {}, btn));
    }
    this.el.append(h("p", { class: "muted small" }, t("legendHint")), list, h("h4", {}, t("relTypes")), rels);
  }
}

export interface EvidenceHooks {
  openDocument(doc: string, focus?: { start: number; end: number }): void;
  select(id: string): void;
}

export class PathsPanel {
  readonly el: HTMLElement;
  private from: SearchBox;
  private to: SearchBox;
  private out = h("div", { class: "paths-out" });
  constructor(
    api: Api,
    private readonly run: (from: string, to: string) => Promise<PathsResponse | null>,
    private readonly hooks: EvidenceHooks & { highlight(nodes: string[], edges: string[]): void },
  ) {
    this.from = new SearchBox(api, () => {}, "pathFrom", "search small");
    this.to = new SearchBox(api, () => {}, "pathTo", "search small");
    const go = h("button", { type: "button", class: "btn primary find-paths" }, t("findPaths"));
    onLangChange(() => {
      go.textContent = t("findPaths");
    });
    go.addEventListener("click", async () => {
      const a = this.from.chosen?.id;
      const b = this.to.chosen?.id;
      if (!a || !b) return;
      clear(this.out);
      this.out.append(h("p", { class: "muted" }, t("loading")));
      const res = await this.run(a, b);
      this.render(res);
    });
    this.el = h("div", { class: "paths" }, this.from.el, this.to.el, go, this.out);
  }
  setFrom(id: string, label: string): void {
    this.from.chosen = {
      id,
      type: "Area",
      name: label,
      nameEn: null,
      aliases: [],
      degree: 0,
      score: 0,
      matched: label,
    };
    this.from.input.value = label;
  }
  private render(res: PathsResponse | null): void {
    clear(this.out);
    if (!res) return;
    if (!res.paths.length) {
      this.out.append(h("p", { class: "muted" }, t("noPaths")));
      return;
    }
    const nodeName = new Map(res.graph.nodes.map((n) => [n.key, entityName(n.attributes, getLang())]));
    const edges = new Map(res.graph.edges.map((e) => [e.key, e]));
    const list = h("ol", { class: "path-list" });
    for (const p of res.paths) {
      const head = h(
        "button",
        { type: "button", class: "link path-head" },
        p.nodes.map((n) => nodeName.get(n) ?? n).join(" → "),
      );
      head.addEventListener("click", () => this.hooks.highlight(p.nodes, p.edges));
      const steps = h("ul", { class: "path-steps" });
      for (const eid of p.edges) {
        const e = edges.get(eid);
        if (!e) continue;
        const names = [e.source, e.target].map(
          (k) => res.graph.nodes.find((n) => n.key === k)?.attributes.name ?? "",
        );
        const ev = e.attributes.evidence ?? [];
        steps.append(
          h(
            "li",
            {},
            h(
              "div",
              { class: "step-head" },
              `${nodeName.get(e.source) ?? e.source} —${relName(String(e.attributes.type))}→ ${nodeName.get(e.target) ?? e.target}`,
            ),
            h(
              "ul",
              { class: "sources" },
              ...ev.map((x) =>
                evidenceItem(x, {
                  names,
                  onOpen: (d, s, en) => this.hooks.openDocument(d, { start: s, end: en }),
                }),
              ),
            ),
          ),
        );
      }
      list.append(
        h("li", {}, head, h("details", {}, h("summary", {}, `${t("evidence")} (${p.length})`), steps)),
      );
    }
    this.out.append(list);
  }
}

export class CorridorsPanel {
  readonly el: HTMLElement;
  /** One chip per corridor (name and number of zones), visible from the start: the obvious way in. */
  private picks = h("div", { class: "corridor-picks", role: "group" });
  private intro = h("p", { class: "muted small" }, t("corridorIntro"));
  private out = h("div", { class: "corridor-out" });
  private last: CorridorZonesResponse | null = null;
  private current = "";
  constructor(
    private readonly api: Api,
    private readonly follow: (id: string) => Promise<CorridorZonesResponse | null>,
    private readonly hooks: EvidenceHooks & {
      highlight(nodes: string[], edges: string[]): void;
      /** Select a node (inspector) while the canvas highlights the given nodes and edges. */
      selectWithFocus(id: string, focus: Focus): void;
    },
  ) {
    this.picks.setAttribute("aria-label", t("chooseCorridor"));
    this.el = h("div", { class: "corridors" }, this.intro, this.picks, this.out);
    onLangChange(() => {
      this.intro.textContent = t("corridorIntro");
      this.picks.setAttribute("aria-label", t("chooseCorridor"));
      void this.load();
      if (this.last) this.render(this.last);
    });
  }
  async load(): Promise<void> {
    try {
      const res = await this.api.corridors();
      clear(this.picks);
      const sorted = [...res.corridors].sort((a, b) => b.zoneCount - a.zoneCount);
      for (const c of sorted) {
        const b = h(
          "button",
          {
            type: "button",
            class: `corridor-pick${c.zoneCount ? "" : " empty"}`,
            "data-id": c.id,
            "aria-pressed": String(c.id === this.current),
            title: `${entityName(c, getLang())}: ${c.zoneCount} ${t("zonesCount")}`,
          },
          entityName(c, getLang()),
          h("span", { class: "count" }, String(c.zoneCount)),
        );
        b.addEventListener("click", () => void this.choose(c.id));
        this.picks.append(b);
      }
    } catch (e) {
      clear(this.out);
      this.out.append(h("p", { class: "error" }, e instanceof Error ? e.message : String(e)));
    }
  }
  async choose(id: string): Promise<void> {
    if (!id) return;
    this.current = id;
    for (const b of this.picks.querySelectorAll<HTMLElement>(".corridor-pick"))
      b.setAttribute("aria-pressed", String(b.dataset.id === id));
    clear(this.out);
    this.out.append(h("p", { class: "muted" }, t("loading")));
    const res = await this.follow(id);
    if (res) this.render(res);
  }
  private render(res: CorridorZonesResponse): void {
    this.last = res;
    clear(this.out);
    const lang = getLang();
    const names = new Map(res.graph.nodes.map((n) => [n.key, n.attributes]));
    this.out.append(h("h4", {}, `${t("zonesOnCorridor")}: ${entityName(res.corridor, lang)}`));
    if (!res.links.length) this.out.append(h("p", { class: "muted" }, t("noZonesOnCorridor")));
    const list = h("ol", { class: "corridor-zones" });
    for (const link of [...res.links].sort((a, b) => a.rank - b.rank)) {
      const direct = link.directness === "direct";
      const tag = h(
        "span",
        { class: `directness ${direct ? "direct" : "inferred"}` },
        direct ? t("direct") : `${t("inferred")} · ${link.directness}`,
      );
      const zoneBtn = h("button", { type: "button", class: "link zone-name" }, entityName(link.zone, lang));
      const chain = chainFocus(res.corridor.id, link);
      // The zone: every route of it to the corridor (its direct ON_CORRIDOR edge included), kept highlighted
      // while the inspector shows the zone — selecting must not replace the path by the zone's neighbourhood.
      zoneBtn.addEventListener("click", () => {
        this.hooks.selectWithFocus(link.zone.id, zoneRoutes(res, link.zone.id));
      });
      const steps = h("ol", { class: "chain" });
      for (const s of link.chain) {
        const from = names.get(s.from);
        const to = names.get(s.to);
        const stepNames = [from?.name, to?.name, from?.nameEn, to?.nameEn].filter(
          (x): x is string => typeof x === "string" && !!x,
        );
        steps.append(
          h(
            "li",
            {},
            h(
              "div",
              { class: "step-head" },
              `${from ? entityName(from, lang) : s.from} —${relName(s.type)}→ ${to ? entityName(to, lang) : s.to}`,
            ),
            h(
              "ul",
              { class: "sources" },
              ...s.evidence.map((ev) =>
                evidenceItem(ev, {
                  names: stepNames,
                  onOpen: (d, st, en) => this.hooks.openDocument(d, { start: st, end: en }),
                }),
              ),
            ),
          ),
        );
      }
      const chainDetails = h(
        "details",
        { class: "chain-details", open: true },
        h(
          "summary",
          { title: link.explanation },
          `${t("chain")} · ${link.chain.reduce((n, st) => n + st.evidence.length, 0)} ${t("sentencesN")}`,
        ),
        steps,
      );
      chainDetails.addEventListener("toggle", () => {
        if (chainDetails.open) this.hooks.highlight(chain.nodes, chain.edges);
      });
      list.append(h("li", { class: "corridor-zone" }, h("div", {}, zoneBtn, " ", tag), chainDetails));
    }
    this.out.append(list);
  }
}

export class AnalysisPanel {
  readonly el: HTMLElement;
  private selInfo = h("p", { class: "muted small selection-info" });
  constructor(
    private readonly state: ViewState,
    private readonly apply: (colour: ColourBy, size: SizeBy) => void,
    private readonly actions: { hideSelection(): void; expandSelection(): void },
  ) {
    const colour = h("select", { class: "colour-by", "aria-label": t("colourBy") });
    const size = h("select", { class: "size-by", "aria-label": t("sizeBy") });
    const fill = () => {
      clear(colour);
      clear(size);
      const c: [ColourBy, StringKey][] = [
        ["type", "byType"],
        ["pagerank", "pagerank"],
        ["betweenness", "betweenness"],
        ["community", "community"],
      ];
      for (const [v, k] of c) colour.append(h("option", { value: v }, t(k)));
      const s: [SizeBy, StringKey][] = [
        ["degree", "byDegree"],
        ["pagerank", "pagerank"],
        ["betweenness", "betweenness"],
      ];
      for (const [v, k] of s) size.append(h("option", { value: v }, t(k)));
      colour.value = this.state.colourBy;
      size.value = this.state.sizeBy;
    };
    fill();
    const onChange = () => this.apply(colour.value as ColourBy, size.value as SizeBy);
    colour.addEventListener("change", onChange);
    size.addEventListener("change", onChange);
    const hide = h("button", { type: "button", class: "btn hide-selection" }, t("hideSelection"));
    hide.addEventListener("click", () => this.actions.hideSelection());
    const exp = h("button", { type: "button", class: "btn expand-selection" }, t("expandSelection"));
    exp.addEventListener("click", () => this.actions.expandSelection());
    const lc = h("label", {}, t("colourBy"), colour);
    const ls = h("label", {}, t("sizeBy"), size);
    const lassoHint = h("p", { class: "muted small" }, t("lasso"));
    onLangChange(() => {
      fill();
      if (lc.firstChild) lc.firstChild.textContent = t("colourBy");
      if (ls.firstChild) ls.firstChild.textContent = t("sizeBy");
      lassoHint.textContent = t("lasso");
      hide.textContent = t("hideSelection");
      exp.textContent = t("expandSelection");
      this.update();
    });
    this.el = h(
      "div",
      { class: "analysis" },
      lc,
      ls,
      lassoHint,
      this.selInfo,
      h("div", { class: "actions" }, exp, hide),
    );
    this.update();
  }
  update(): void {
    this.selInfo.textContent = `${t("selection")}: ${this.state.lasso.size}`;
  }
}

export class ViewsPanel {
  readonly el: HTMLElement;
  private list = h("ul", { class: "views-list" });
  constructor(
    private readonly store: ViewStore,
    private readonly save: (name: string) => void,
    private readonly open: (name: string) => void,
  ) {
    const input = h("input", {
      type: "text",
      class: "view-name",
      "aria-label": t("viewName"),
      placeholder: t("viewName"),
    });
    const btn = h("button", { type: "button", class: "btn" }, t("save"));
    const doSave = () => {
      const name = input.value.trim();
      if (!name) return;
      this.save(name);
      input.value = "";
      this.render();
    };
    btn.addEventListener("click", doSave);
    input.addEventListener("keydown", (e) => {
      if (e.key === "Enter") doSave();
    });
    onLangChange(() => {
      input.placeholder = t("viewName");
      btn.textContent = t("save");
      this.render();
    });
    this.el = h("div", { class: "views" }, h("div", { class: "row" }, input, btn), this.list);
    this.render();
  }
  render(): void {
    clear(this.list);
    for (const v of this.store.list()) {
      const open = h("button", { type: "button", class: "link open-view" }, v.name);
      open.addEventListener("click", () => this.open(v.name));
      const del = h(
        "button",
        { type: "button", class: "icon", "aria-label": `${t("delete")} ${v.name}`, title: t("delete") },
        "×",
      );
      del.addEventListener("click", () => {
        this.store.remove(v.name);
        this.render();
      });
      list(
        this.list,
        h(
          "li",
          {},
          open,
          h("span", { class: "muted small" }, ` ${v.scene.nodes.length} ${t("nodes")} `),
          del,
        ),
      );
    }
  }
}
function list(ul: HTMLElement, li: HTMLElement): void {
  ul.append(li);
}
