/**
 * The statistics panel (as Gephi Lite's): counts by type, density, connected components and the degree
 * distribution of what the canvas shows (model/statistics.ts). Each row is a button that highlights its
 * nodes and edges (the store's undoable `highlight`). Computed only while the panel is open, and again
 * when the scene, the filters or the language change.
 */
import { onLangChange, relName, t, typeName } from "../i18n";
import type { SceneGraph } from "../model/scene";
import { type SceneStats, sceneStatistics, shownOfRel, shownOfType } from "../model/statistics";
import type { ExplorerState } from "../store/state";
import { clear, h } from "./dom";
import type { StoreLike } from "./storeLike";

/** Components listed (the rest are summed up in the summary line). */
const MAX_COMPONENTS = 8;

function fill(key: Parameters<typeof t>[0], values: Record<string, string | number>): string {
  return Object.entries(values).reduce((s, [k, v]) => s.replaceAll(`{${k}}`, String(v)), t(key));
}

export class StatsPanel {
  readonly el = h("div", { class: "stats" });
  private shown: { version: number; state: ExplorerState | null } = { version: -1, state: null };

  constructor(
    private readonly graph: SceneGraph,
    private readonly store: StoreLike,
  ) {
    onLangChange(() => this.render(this.store.state));
  }

  private get open(): boolean {
    return (this.el.closest("details") as HTMLDetailsElement | null)?.open ?? false;
  }

  /** Call with the section that holds the panel: opening it computes the figures. */
  attach(details: HTMLElement): void {
    details.addEventListener("toggle", () => this.update(this.store.state));
  }

  /** Recomputes when open and the scene or the filters changed since the last figures. */
  update(s: ExplorerState): void {
    if (!this.open) return;
    const last = this.shown.state;
    const same =
      last &&
      this.shown.version === s.sceneVersion &&
      last.hiddenTypes === s.hiddenTypes &&
      last.hiddenRels === s.hiddenRels &&
      last.minDegree === s.minDegree &&
      last.minConfidence === s.minConfidence;
    if (!same) this.render(s);
  }

  private render(s: ExplorerState): void {
    this.shown = { version: s.sceneVersion, state: s };
    clear(this.el);
    if (!this.open) return;
    const st = sceneStatistics(this.graph, s);
    this.el.append(
      h("p", { class: "stats-summary small" }, this.summary(st)),
      h("p", { class: "muted small" }, t("statsHint")),
      ...this.typeRows(st),
      ...this.degreeRows(st),
      ...this.componentRows(st),
    );
  }

  private summary(st: SceneStats): string {
    return fill("statsSummary", {
      n: st.nodes,
      e: st.edges,
      d: st.density.toFixed(3),
      c: st.components.length,
      l: st.components[0]?.nodes.length ?? 0,
      i: st.isolated,
    });
  }

  /** A row: a button with a name, a bar of `share` (0–1) and a count; a click highlights `focus`. */
  private row(kind: string, name: string, count: number, share: number, focus: () => FocusSets) {
    const bar = h("span", { class: "stats-bar" });
    bar.style.width = `${Math.round(Math.max(0, Math.min(1, share)) * 100)}%`;
    const b = h(
      "button",
      { type: "button", class: `stats-row stats-${kind}` },
      h("span", { class: "stats-name" }, name),
      h("span", { class: "stats-track" }, bar),
      h("span", { class: "stats-count" }, String(count)),
    );
    b.addEventListener("click", () => this.store.dispatch({ type: "highlight", focus: focus() }));
    return b;
  }

  private typeRows(st: SceneStats): HTMLElement[] {
    const top = Math.max(1, st.nodeTypes[0]?.[1] ?? 0);
    const topRel = Math.max(1, st.edgeTypes[0]?.[1] ?? 0);
    const s = this.store.state;
    return [
      h("h4", {}, t("statsNodeTypes")),
      ...st.nodeTypes.map(([type, n]) =>
        this.row("type", typeName(type), n, n / top, () => ({
          nodes: shownOfType(this.graph, s, type),
          edges: [],
        })),
      ),
      h("h4", {}, t("statsEdgeTypes")),
      ...st.edgeTypes.map(([rel, n]) =>
        this.row("rel", relName(rel), n, n / topRel, () => shownOfRel(this.graph, s, rel)),
      ),
    ];
  }

  private degreeRows(st: SceneStats): HTMLElement[] {
    const top = Math.max(1, ...st.degree.bins.map((b) => b.nodes.length));
    const d = st.degree;
    return [
      h("h4", {}, t("statsDegree")),
      h(
        "p",
        { class: "muted small" },
        fill("statsDegreeRange", { mean: d.mean.toFixed(2), min: d.min, max: d.max }),
      ),
      ...d.bins.map((b) =>
        this.row(
          "degree",
          b.min === b.max ? String(b.min) : `${b.min}–${b.max}`,
          b.nodes.length,
          b.nodes.length / top,
          () => ({
            nodes: b.nodes,
            edges: [],
          }),
        ),
      ),
    ];
  }

  private componentRows(st: SceneStats): HTMLElement[] {
    const top = Math.max(1, st.components[0]?.nodes.length ?? 0);
    return [
      h("h4", {}, t("statsComponents")),
      ...st.components
        .slice(0, MAX_COMPONENTS)
        .map((c, i) =>
          this.row(
            "component",
            `#${i + 1} · ${fill("statsComponent", { e: c.edges.length })}`,
            c.nodes.length,
            c.nodes.length / top,
            () => ({ nodes: c.nodes, edges: c.edges }),
          ),
        ),
    ];
  }
}

type FocusSets = { nodes: string[]; edges: string[] };
