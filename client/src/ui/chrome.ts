/** The stage's chrome: status line, toast, truncated-result hint, busy flag. */
import type { Subgraph } from "../../../contracts/api";
import { onLangChange, t } from "../i18n";
import { errorText, typeCounts } from "../i18nMeta";
import { shownCounts } from "../model/filters";
import type { SceneGraph } from "../model/scene";
import { statusCounts } from "../model/statusCounts";
import type { ExplorerState } from "../store/state";
import { clear, h } from "./dom";
import { ariaLabel } from "./relabel";

type Filters = Pick<ExplorerState, "hiddenTypes" | "hiddenRels" | "minDegree" | "minConfidence">;

export class Chrome {
  readonly hint = h("div", { class: "hint", role: "status", hidden: true });
  readonly status = h("div", { class: "status", "aria-live": "polite" });
  readonly toastEl = h("div", { class: "toast", role: "status", hidden: true });
  private toastTimer: ReturnType<typeof setTimeout> | undefined;

  /** The truncated result on show, so a language switch re-renders the hint in the new language. */
  private truncated: { res: Subgraph; more: (() => void) | null } | null = null;

  constructor(private readonly root: HTMLElement) {
    onLangChange(() => {
      if (this.truncated && !this.hint.hidden) this.showTruncated(this.truncated.res, this.truncated.more);
    });
  }

  setBusy(busy: boolean): void {
    this.root.classList.toggle("busy", busy);
    this.root.setAttribute("aria-busy", String(busy));
  }

  /** The counts of what the canvas shows (filters applied), with the scene's totals when filters hide some. */
  updateStatus(graph: SceneGraph, filters: Filters): void {
    this.status.textContent = `${statusCounts(shownCounts(graph, filters))} — ${t("welcome")}`;
  }

  toast(msg: string, error = false): void {
    this.toastEl.textContent = msg;
    this.toastEl.classList.toggle("error", error);
    this.toastEl.hidden = false;
    clearTimeout(this.toastTimer);
    this.toastTimer = setTimeout(
      () => {
        this.toastEl.hidden = true;
      },
      error ? 8000 : 2500,
    );
  }

  /** Toast an error from a failed call. */
  fail(e: unknown): void {
    this.toast(errorText(e), true);
  }

  /** The "truncated: more neighbours exist" hint, with a Load more button when `more` is given. */
  showTruncated(res: Subgraph, more: (() => void) | null): void {
    clear(this.hint);
    this.truncated = { res, more };
    if (!res.truncated) {
      this.hint.hidden = true;
      return;
    }
    const omitted = typeCounts(res.omitted.nodes);
    this.hint.append(h("span", {}, `⚠ ${t("truncated")}${omitted ? ` (${omitted})` : ""} `));
    if (more) {
      const b = h(
        "button",
        { type: "button", class: "btn primary", "data-action": "load-more" },
        t("loadMore"),
      );
      b.addEventListener("click", () => {
        this.hint.hidden = true;
        more();
      });
      this.hint.append(b);
    }
    const x = h("button", { type: "button", class: "icon", ...ariaLabel("close") }, "×");
    x.addEventListener("click", () => {
      this.hint.hidden = true;
    });
    this.hint.append(x);
    this.hint.hidden = false;
  }
}
