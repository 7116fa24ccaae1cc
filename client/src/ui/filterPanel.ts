/**
 * Range filters (as in Gephi Lite's filter panel): a minimum number of relationships for nodes and a
 * minimum confidence for edges. Moving a slider dispatches `setRangeFilter` (undoable, kept in share
 * links); the renderer's reducers hide what does not pass. The panel shows the state and what it hides.
 */
import { onLangChange, t } from "../i18n";
import { edgeShown, maxDegree, nodeShown } from "../model/filters";
import type { SceneGraph } from "../model/scene";
import type { ExplorerState } from "../store/state";
import { h } from "./dom";
import type { StoreLike } from "./storeLike";

function slider(cls: string, max: string, step: string): HTMLInputElement {
  return h("input", { type: "range", min: "0", max, step, value: "0", class: cls }) as HTMLInputElement;
}

export class FilterPanel {
  readonly el: HTMLElement;
  private readonly degree = slider("min-degree", "10", "1");
  private readonly confidence = slider("min-confidence", "1", "0.05");
  private readonly degreeText = h("span", { class: "filter-value" });
  private readonly confidenceText = h("span", { class: "filter-value" });
  private readonly summary = h("p", { class: "muted small filter-summary", "aria-live": "polite" });
  private readonly clearBtn = h("button", { type: "button", class: "btn clear-filters" });

  constructor(
    private readonly graph: SceneGraph,
    private readonly store: StoreLike,
  ) {
    const degreeLabel = h("span", {});
    const confidenceLabel = h("span", {});
    this.el = h(
      "div",
      { class: "filters" },
      h("label", {}, degreeLabel, this.degreeText, this.degree),
      h("label", {}, confidenceLabel, this.confidenceText, this.confidence),
      this.summary,
      this.clearBtn,
    );
    const tr = () => {
      degreeLabel.textContent = t("minDegree");
      confidenceLabel.textContent = t("minConfidence");
      this.clearBtn.textContent = t("clearFilters");
      this.update(this.store.state);
    };
    tr();
    onLangChange(tr);
    // One action per settled value (release, or a key press), not one per pixel dragged.
    this.degree.addEventListener("change", () =>
      store.dispatch({ type: "setRangeFilter", minDegree: Number(this.degree.value) }),
    );
    this.confidence.addEventListener("change", () =>
      store.dispatch({ type: "setRangeFilter", minConfidence: Number(this.confidence.value) }),
    );
    this.clearBtn.addEventListener("click", () =>
      store.dispatch({ type: "setRangeFilter", minDegree: 0, minConfidence: 0 }),
    );
  }

  /** The sliders follow the state; the degree slider ends at the scene's highest degree. */
  update(s: ExplorerState): void {
    const top = Math.max(1, maxDegree(this.graph), s.minDegree);
    this.degree.max = String(top);
    if (this.degree.value !== String(s.minDegree)) this.degree.value = String(s.minDegree);
    if (Number(this.confidence.value) !== s.minConfidence) this.confidence.value = String(s.minConfidence);
    this.degreeText.textContent = ` ≥ ${s.minDegree}`;
    this.confidenceText.textContent = ` ≥ ${s.minConfidence.toFixed(2)}`;
    const g = this.graph;
    const nodes = g.filterNodes((id) => !nodeShown(g, { ...s, hiddenTypes: new Set() }, id)).length;
    const edges = g.filterEdges((_e, a) => !edgeShown(a, { ...s, hiddenRels: new Set() })).length;
    this.summary.textContent = t("filtersHide").replace("{n}", String(nodes)).replace("{e}", String(edges));
    this.clearBtn.toggleAttribute("disabled", s.minDegree === 0 && s.minConfidence === 0);
  }
}
