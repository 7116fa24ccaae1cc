/**
 * Layout parameters (Gephi Lite's): the layout the Layout button runs (ForceAtlas2, Noverlap, circular,
 * random, by type), ForceAtlas2's gravity, scaling, iterations (empty: automatic) and Barnes-Hut, and
 * Noverlap's margin, ratio and maximum iterations. Each change is one store action (undo/redo); "Run" lays
 * the scene out with them. Only the fields of the chosen layout are enabled.
 */
import { onLangChange, type StringKey, t } from "../i18n";
import {
  type BarnesHut,
  LAYOUT_KINDS,
  type LayoutKind,
  type LayoutSettings,
  MAX_NOVERLAP_ITERATIONS,
} from "../layout/settings";
import { clear, h } from "./dom";
import type { StoreLike } from "./storeLike";

const KIND_LABEL: Record<LayoutKind, StringKey> = {
  force: "layoutForce",
  noverlap: "layoutNoverlap",
  circular: "layoutCircular",
  random: "layoutRandom",
  byType: "layoutByType",
};
const BH_LABEL: Record<BarnesHut, StringKey> = { auto: "layoutBhAuto", on: "layoutBhOn", off: "layoutBhOff" };

export class LayoutPanel {
  readonly el: HTMLElement;
  private readonly kind = h("select", { class: "layout-kind" });
  private readonly gravity = h("input", {
    class: "layout-gravity",
    type: "number",
    min: "0",
    max: "100",
    step: "0.1",
  });
  private readonly scaling = h("input", {
    class: "layout-scaling",
    type: "number",
    min: "0.01",
    max: "100",
    step: "0.1",
  });
  private readonly iterations = h("input", {
    class: "layout-iterations",
    type: "number",
    min: "1",
    max: "2000",
    step: "1",
  });
  private readonly barnesHut = h("select", { class: "layout-bh" });
  private readonly margin = h("input", {
    class: "layout-margin",
    type: "number",
    min: "0",
    max: "100",
    step: "1",
  });
  private readonly ratio = h("input", {
    class: "layout-ratio",
    type: "number",
    min: "0.1",
    max: "10",
    step: "0.1",
  });
  private readonly noverlapIterations = h("input", {
    class: "layout-noverlap-iterations",
    type: "number",
    min: "1",
    max: String(MAX_NOVERLAP_ITERATIONS),
    step: "1",
  });
  private readonly runBtn = h("button", { type: "button", class: "btn small layout-run" });
  private readonly labels: [HTMLLabelElement, StringKey][] = [];

  constructor(
    private readonly store: StoreLike,
    run: () => void,
  ) {
    const field = (key: StringKey, input: HTMLElement) => {
      const l = h("label", { class: "small" }, t(key), input);
      this.labels.push([l, key]);
      return l;
    };
    const set = (settings: Partial<LayoutSettings>) => this.store.dispatch({ type: "setLayout", settings });
    this.kind.addEventListener("change", () => set({ kind: this.kind.value as LayoutKind }));
    this.gravity.addEventListener("change", () => set({ gravity: Number(this.gravity.value) }));
    this.scaling.addEventListener("change", () => set({ scalingRatio: Number(this.scaling.value) }));
    this.iterations.addEventListener("change", () =>
      set({ iterations: this.iterations.value.trim() ? Number(this.iterations.value) : null }),
    );
    this.barnesHut.addEventListener("change", () => set({ barnesHut: this.barnesHut.value as BarnesHut }));
    this.margin.addEventListener("change", () => set({ margin: Number(this.margin.value) }));
    this.ratio.addEventListener("change", () => set({ ratio: Number(this.ratio.value) }));
    this.noverlapIterations.addEventListener("change", () =>
      set({ noverlapIterations: Number(this.noverlapIterations.value) }),
    );
    this.runBtn.addEventListener("click", run);
    this.el = h(
      "div",
      { class: "layout-panel" },
      field("layoutKind", this.kind),
      field("layoutGravity", this.gravity),
      field("layoutScaling", this.scaling),
      field("layoutIterations", this.iterations),
      field("layoutBarnesHut", this.barnesHut),
      field("layoutMargin", this.margin),
      field("layoutRatio", this.ratio),
      field("layoutNoverlapIterations", this.noverlapIterations),
      this.runBtn,
    );
    this.relabel();
    onLangChange(() => this.relabel());
  }

  private relabel(): void {
    clear(this.kind);
    for (const k of LAYOUT_KINDS) this.kind.append(h("option", { value: k }, t(KIND_LABEL[k])));
    clear(this.barnesHut);
    for (const b of ["auto", "on", "off"] as const)
      this.barnesHut.append(h("option", { value: b }, t(BH_LABEL[b])));
    for (const [l, key] of this.labels) if (l.firstChild) l.firstChild.textContent = t(key);
    this.iterations.placeholder = t("layoutAuto");
    this.runBtn.textContent = t("layoutRun");
    this.update();
  }

  /** The fields from the state (called by the one subscription, so undo and redo show). */
  update(): void {
    const s = this.store.state.layout;
    const put = (el: HTMLInputElement | HTMLSelectElement, v: string) => {
      if (el.value !== v) el.value = v;
    };
    put(this.kind, s.kind);
    put(this.gravity, String(s.gravity));
    put(this.scaling, String(s.scalingRatio));
    put(this.iterations, s.iterations === null ? "" : String(s.iterations));
    put(this.barnesHut, s.barnesHut);
    put(this.margin, String(s.margin));
    put(this.ratio, String(s.ratio));
    put(this.noverlapIterations, String(s.noverlapIterations));
    const force = s.kind === "force";
    for (const el of [this.gravity, this.scaling, this.iterations, this.barnesHut]) el.disabled = !force;
    const nov = s.kind === "noverlap";
    for (const el of [this.margin, this.ratio, this.noverlapIterations]) el.disabled = !nov;
  }
}
