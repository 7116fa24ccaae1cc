/**
 * Review queue: unreviewed relations, lowest confidence first, each with its sentence; accept or
 * reject with the buttons or the keyboard (A / R, J / K to move) while the list has focus.
 */

import { type ReviewItem, ReviewQueue } from "../../../contracts/ingest";
import { entityName, getLang, onLangChange, relName, t } from "../i18n";
import { uploadErrorText } from "../model/uploadText";
import { clear, h } from "./dom";
import { ariaLabel } from "./relabel";

/** The JSON body of a 2xx response; otherwise an Error saying why in the UI language (by its code). */
async function okJson(res: Response): Promise<unknown> {
  const body: unknown = await res.json().catch(() => ({}));
  if (res.ok) return body;
  throw new Error(uploadErrorText(body, res.status, getLang()).text);
}

/** "属于 · 二连浩特片区 → 中国（内蒙古）自由贸易试验区" for a queued relation. */
function itemText(item: ReviewItem): string {
  return `${relName(item.type)} · ${entityName(item.source)} → ${entityName(item.target)}`;
}

export interface ReviewDeps {
  show?: (entityId: string) => void;
  fetchImpl?: typeof fetch;
}

export class ReviewPanel {
  readonly el = h("div", { class: "review", "data-testid": "review" });
  private readonly listEl = h("ol", { class: "review-list", tabindex: 0, ...ariaLabel("review") });
  private readonly status = h("p", { class: "note", "aria-live": "polite" });
  private items: ReviewItem[] = [];
  private index = 0;
  private readonly fetch: typeof fetch;

  constructor(private readonly deps: ReviewDeps = {}) {
    this.fetch = deps.fetchImpl ?? ((...a) => fetch(...a));
    const reload = h(
      "button",
      { type: "button", class: "btn", onclick: () => void this.load() },
      t("reload"),
    );
    const note = h("p", { class: "panel-note" }, t("reviewHint"));
    onLangChange(() => {
      note.textContent = t("reviewHint");
      reload.textContent = t("reload");
      if (this.items.length) this.render();
    });
    this.el.append(note, reload, this.status, this.listEl);
    this.listEl.addEventListener("keydown", (ev) => this.onKey(ev));
  }

  /** The queue loads when its panel is first opened (no request at start-up). */
  section(panel: HTMLElement): HTMLElement {
    panel.addEventListener("toggle", () => {
      if ((panel as HTMLDetailsElement).open) void this.load();
    });
    return panel;
  }

  async load(): Promise<void> {
    try {
      const res = await this.fetch("/api/review/queue?limit=20", { headers: { Accept: "application/json" } });
      this.items = ReviewQueue.parse(await okJson(res)).items;
      this.index = 0;
      this.render();
    } catch (e) {
      this.status.textContent = e instanceof Error ? e.message : String(e);
    }
  }

  private render(): void {
    clear(this.listEl);
    this.status.textContent = this.items.length ? "" : t("queueEmpty");
    this.items.forEach((item, i) => {
      const li = h(
        "li",
        { class: i === this.index ? "current" : "", "data-edge": item.id },
        h("div", {}, `${itemText(item)} (${item.confidence.toFixed(2)})`),
        h("q", {}, item.evidence[0]?.quote ?? ""),
        h(
          "button",
          { type: "button", class: "btn", onclick: () => void this.decide(i, "accept") },
          t("accept"),
        ),
        h(
          "button",
          { type: "button", class: "btn", onclick: () => void this.decide(i, "reject") },
          t("reject"),
        ),
      );
      li.addEventListener("click", () => {
        this.index = i;
        this.deps.show?.(item.source.id);
      });
      this.listEl.append(li);
    });
  }

  private onKey(ev: KeyboardEvent): void {
    const key = ev.key.toLowerCase();
    if (key === "a" || key === "r") void this.decide(this.index, key === "a" ? "accept" : "reject");
    else if (key === "j" || ev.key === "ArrowDown")
      this.index = Math.min(this.items.length - 1, this.index + 1);
    else if (key === "k" || ev.key === "ArrowUp") this.index = Math.max(0, this.index - 1);
    else return;
    ev.preventDefault();
    ev.stopPropagation();
    this.render();
  }

  async decide(i: number, action: "accept" | "reject"): Promise<void> {
    const item = this.items[i];
    if (!item) return;
    try {
      const res = await this.fetch("/api/review/decisions", {
        method: "POST",
        headers: { "Content-Type": "application/json", Accept: "application/json" },
        body: JSON.stringify({ action, edge: item.id }),
      });
      await okJson(res);
    } catch (e) {
      this.status.textContent = e instanceof Error ? e.message : String(e);
      return;
    }
    this.items.splice(i, 1);
    this.index = Math.min(this.index, Math.max(0, this.items.length - 1));
    this.status.textContent = `${t(action)}: ${itemText(item)}`;
    this.render();
    this.listEl.focus();
  }
}
