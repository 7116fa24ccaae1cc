/** Legend and type filter: node types (colour + letter), the active metric's scale, relationship types. */
import { REL_TYPES } from "../../../contracts/graph";
import { onLangChange, relName, type StringKey, t, typeName } from "../i18n";
import { type LegendEntry, stageEntries, statusEntries } from "../model/legendEntries";
import type { SceneGraph } from "../model/scene";
import { ruleTarget, ruleText, type StyleRule } from "../model/styleRules";
import { communityColor, PROVENANCE_TYPES, sequentialColor, TYPE_STYLES, typeStyle } from "../model/styling";
import { clear, h } from "./dom";
import type { StoreLike } from "./storeLike";

export interface MetricValues {
  colour: Map<string, number> | null;
}

export class Legend {
  readonly el = h("div", { class: "legend" });
  constructor(
    private readonly graph: SceneGraph,
    private readonly store: StoreLike,
    private readonly metrics: MetricValues,
  ) {
    onLangChange(() => this.render());
    this.render();
  }

  render(): void {
    clear(this.el);
    this.el.append(
      h("p", { class: "muted small" }, t("legendHint")),
      this.typeList(),
      ...this.statusLegend(),
      ...this.metricLegend(),
      ...this.ruleLegend(),
      h("h4", {}, t("relTypes")),
      this.relList(),
    );
  }

  private typeList(): HTMLElement {
    const counts = new Map<string, number>();
    this.graph.forEachNode((_, a) => counts.set(String(a.type), (counts.get(String(a.type)) ?? 0) + 1));
    const types = [
      ...new Set([...Object.keys(TYPE_STYLES).filter((k) => !PROVENANCE_TYPES.has(k)), ...counts.keys()]),
    ];
    const list = h("ul", { class: "legend-list" });
    for (const type of types) {
      const st = typeStyle(type);
      const hidden = this.store.state.hiddenTypes.has(type);
      const sw = h("span", { class: "legend-swatch", "aria-hidden": "true" }, st.letter);
      sw.style.background = hidden ? "transparent" : st.color;
      sw.style.borderColor = st.color;
      sw.style.color = hidden ? st.color : "#fff";
      const btn = h(
        "button",
        {
          type: "button",
          // A type with no node on the canvas stays listed (it can be hidden before an expand) but dimmed.
          class: `legend-item${hidden ? " off" : ""}${counts.get(type) ? "" : " none"}`,
          "aria-pressed": String(!hidden),
          "data-type": type,
        },
        sw,
        h("span", { class: "legend-name" }, typeName(type)),
        h("span", { class: "count" }, String(counts.get(type) ?? 0)),
      );
      btn.addEventListener("click", () => this.store.dispatch({ type: "toggleType", nodeType: type }));
      list.append(h("li", {}, btn));
    }
    return list;
  }

  /** One entry per style rule, in order: its colour (or a size mark) and what it matches. */
  private ruleLegend(): HTMLElement[] {
    const rules = this.store.state.styleRules;
    if (!rules.length) return [];
    const list = h("ul", { class: "legend-list rule-legend" });
    for (const r of rules) {
      const sw = ruleSwatch(r);
      const sizeKey = ruleTarget(r) === "edge" ? "ruleWidthInput" : "ruleSize";
      const size = r.size ? ` · ${t(sizeKey).replace(/[（(].*$/, "")} ${r.size}` : "";
      list.append(
        h(
          "li",
          { class: "legend-item static", "data-rule": r.id },
          sw,
          h("span", { class: "legend-name" }, `${ruleText(r, typeName, t("ruleExists"), relName)}${size}`),
        ),
      );
    }
    return [h("h4", {}, t("styleRules")), list];
  }

  /** Zone statuses (ring inside the node) and ALIGNS_WITH stages (edge colour) present in the scene. */
  private statusLegend(): HTMLElement[] {
    const out: HTMLElement[] = [];
    const section = (title: StringKey, cls: string, entries: LegendEntry[]) => {
      if (!entries.length) return;
      const list = h("ul", { class: `legend-list ${cls}` });
      for (const e of entries) {
        const sw = h("span", { class: e.line ? "legend-line stage" : "legend-swatch status-ring" });
        sw.setAttribute("aria-hidden", "true");
        if (e.line) sw.style.borderTopColor = e.color;
        else {
          sw.style.background = e.color;
          sw.dataset.ring = e.ring ?? "solid";
        }
        list.append(
          h(
            "li",
            { class: "legend-item static", "data-key": e.key },
            sw,
            h("span", { class: "legend-name" }, t(e.key as StringKey)),
            h("span", { class: "count" }, String(e.count)),
          ),
        );
      }
      out.push(h("h4", {}, t(title)), list);
    };
    section("statusLegend", "status-legend", statusEntries(this.graph, this.store.state));
    section("stageLegend", "stage-legend", stageEntries(this.graph, this.store.state));
    return out;
  }

  /** The scale of the colour metric when one is active (PageRank, betweenness: gradient; Louvain: swatches). */
  private metricLegend(): HTMLElement[] {
    const by = this.store.state.colourBy;
    const values = this.metrics.colour;
    if (by === "type" || !values) return [];
    const head = h("h4", { class: "metric-legend-title" }, t(by === "community" ? "community" : by));
    if (by === "community") {
      const sizes = new Map<number, number>();
      for (const c of values.values()) sizes.set(c, (sizes.get(c) ?? 0) + 1);
      const list = h("ul", { class: "legend-list metric-legend", "data-metric": by });
      for (const [c, n] of [...sizes].sort((a, b) => b[1] - a[1]).slice(0, 12)) {
        const sw = h("span", { class: "legend-swatch", "aria-hidden": "true" });
        sw.style.background = communityColor(c);
        list.append(
          h(
            "li",
            { class: "legend-item static" },
            sw,
            h("span", { class: "legend-name" }, `#${c + 1}`),
            h("span", { class: "count" }, String(n)),
          ),
        );
      }
      return [head, list];
    }
    const bar = h("div", { class: "gradient", "aria-hidden": "true" });
    for (let i = 0; i <= 10; i++) {
      const stop = h("span", {});
      stop.style.background = sequentialColor(i / 10);
      bar.append(stop);
    }
    const scale = h(
      "div",
      { class: "metric-legend", "data-metric": by },
      bar,
      h("div", { class: "gradient-ends small muted" }, h("span", {}, t("low")), h("span", {}, t("high"))),
    );
    return [head, scale];
  }

  /** Zone statuses of the scene, when any is known (the shared legend model's entries or nodes' `status`). */
  private relList(): HTMLElement {
    const relCounts = new Map<string, number>();
    this.graph.forEachEdge((_, a) => relCounts.set(String(a.type), (relCounts.get(String(a.type)) ?? 0) + 1));
    const rels = h("ul", { class: "legend-list rels" });
    for (const rel of [...new Set<string>([...REL_TYPES, ...relCounts.keys()])]) {
      const n = relCounts.get(rel) ?? 0;
      if (!n) continue;
      const hidden = this.store.state.hiddenRels.has(rel);
      const btn = h(
        "button",
        { type: "button", class: `legend-item${hidden ? " off" : ""}`, "aria-pressed": String(!hidden) },
        h("span", { class: `legend-line${rel === "CO_OCCURS" ? " weak" : ""}`, "aria-hidden": "true" }),
        h("span", { class: "legend-name" }, relName(rel)),
        h("span", { class: "count" }, String(n)),
      );
      btn.addEventListener("click", () => this.store.dispatch({ type: "toggleRel", rel }));
      rels.append(h("li", {}, btn));
    }
    return rels;
  }
}

/** A rule's mark in the legend and the rules list: a disc for a node rule, a line for a relationship rule. */
export function ruleSwatch(r: StyleRule): HTMLElement {
  if (ruleTarget(r) === "edge") {
    const line = h("span", { class: "legend-line rule-line", "aria-hidden": "true" });
    const width = r.size ? Math.max(1, Math.min(8, r.size)) : 2;
    line.style.borderTop = `${width}px solid ${r.color ?? "#999999"}`;
    return line;
  }
  const sw = h("span", { class: "legend-swatch", "aria-hidden": "true" }, r.size ? "●" : "");
  if (r.color) sw.style.background = r.color;
  return sw;
}
