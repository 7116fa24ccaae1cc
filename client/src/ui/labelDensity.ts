/**
 * The label-density control (as in Gephi Lite): a slider in the toolbar. Moving it dispatches
 * `setLabelDensity` (so undo covers it and the share link keeps it); it shows the state's value.
 */
import { onLangChange, t } from "../i18n";
import { densityFromSlider, sliderFromDensity } from "../model/labels";
import type { ExplorerState } from "../store/state";
import { h } from "./dom";

export class LabelDensityControl {
  readonly input: HTMLInputElement;
  readonly el: HTMLElement;

  constructor(dispatch: (value: number) => void) {
    this.input = h("input", {
      type: "range",
      min: "0",
      max: "100",
      step: "1",
      class: "label-density",
      "data-action": "labelDensity",
    }) as HTMLInputElement;
    const text = h("span", { class: "btn-label" }, t("labelDensity"));
    this.el = h(
      "label",
      { class: "density" },
      h("span", { class: "btn-icon", "aria-hidden": "true" }, "Aa"),
      text,
      this.input,
    );
    const tr = () => {
      text.textContent = t("labelDensity");
      this.input.setAttribute("aria-label", t("labelDensity"));
      this.input.title = t("labelDensity");
    };
    tr();
    onLangChange(tr);
    // One action per settled value (release, or a key press), not one per pixel dragged.
    this.input.addEventListener("change", () => dispatch(densityFromSlider(Number(this.input.value))));
  }

  update(s: ExplorerState): void {
    const v = String(sliderFromDensity(s.labelDensity));
    if (this.input.value !== v) this.input.value = v;
    this.input.setAttribute("aria-valuetext", s.labelDensity.toFixed(2));
  }
}
