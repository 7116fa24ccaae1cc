/** Analysis: colour and size by a metric, the multi-selection's actions. */
import { onLangChange, type StringKey, t } from "../i18n";
import type { ColourBy, SizeBy } from "../store/state";
import { clear, h } from "./dom";
import { LayoutPanel } from "./layoutPanel";
import { ariaLabel } from "./relabel";
import type { StoreLike } from "./storeLike";
import { StyleRulesPanel } from "./styleRulesPanel";

export class AnalysisPanel {
  readonly el: HTMLElement;
  private selInfo = h("p", { class: "muted small selection-info" });
  private colour: HTMLSelectElement;
  private size: HTMLSelectElement;
  private readonly rules: StyleRulesPanel;
  private readonly layout: LayoutPanel;
  constructor(
    private readonly store: StoreLike,
    private readonly actions: { hideSelection(): void; expandSelection(): void; runLayout(): void },
  ) {
    const colour = h("select", { class: "colour-by", ...ariaLabel("colourBy") });
    const size = h("select", { class: "size-by", ...ariaLabel("sizeBy") });
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
      colour.value = this.store.state.colourBy;
      size.value = this.store.state.sizeBy;
    };
    fill();
    const onChange = () =>
      this.store.dispatch({
        type: "setStyle",
        colourBy: colour.value as ColourBy,
        sizeBy: size.value as SizeBy,
      });
    this.colour = colour;
    this.size = size;
    colour.addEventListener("change", onChange);
    size.addEventListener("change", onChange);
    const hide = h("button", { type: "button", class: "btn hide-selection" }, t("hideSelection"));
    hide.addEventListener("click", () => this.actions.hideSelection());
    const exp = h("button", { type: "button", class: "btn expand-selection" }, t("expandSelection"));
    exp.addEventListener("click", () => this.actions.expandSelection());
    const lc = h("label", {}, t("colourBy"), colour);
    const ls = h("label", {}, t("sizeBy"), size);
    const lassoHint = h("p", { class: "muted small" }, t("lasso"));
    this.rules = new StyleRulesPanel(store);
    this.layout = new LayoutPanel(store, () => this.actions.runLayout());
    const layoutHead = h("h4", {}, t("layoutHead"));
    onLangChange(() => {
      fill();
      if (lc.firstChild) lc.firstChild.textContent = t("colourBy");
      if (ls.firstChild) ls.firstChild.textContent = t("sizeBy");
      lassoHint.textContent = t("lasso");
      layoutHead.textContent = t("layoutHead");
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
      this.rules.el,
      layoutHead,
      this.layout.el,
    );
    this.update();
  }
  update(): void {
    const s = this.store.state;
    this.selInfo.textContent = `${t("selection")}: ${s.lasso.size}`;
    if (this.colour.value !== s.colourBy) this.colour.value = s.colourBy;
    if (this.size.value !== s.sizeBy) this.size.value = s.sizeBy;
    this.rules.update();
    this.layout.update();
  }
}
