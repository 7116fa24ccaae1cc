/**
 * The analyst views' drawer over the bottom of the canvas: tabs for the time slider, the changes between
 * two dates, and the matrices. The explorer gives it hooks (see hooks.ts) and a toolbar button.
 */
import "./views.css";
import { onLangChange } from "../i18n";
import { clear, h } from "../ui/dom";
import { ariaLabel } from "../ui/relabel";
import { ChangesView } from "./changesView";
import type { ViewHooks } from "./hooks";
import { MatrixView } from "./matrixView";
import { type ViewStringKey, vt } from "./strings";
import { TimeView } from "./timeView";

export type ViewTab = "time" | "changes" | "matrix";
const TABS: [ViewTab, ViewStringKey][] = [
  ["time", "tabTime"],
  ["changes", "tabChanges"],
  ["matrix", "tabMatrix"],
];

export class ViewsDrawer {
  readonly el = h("section", { class: "views-drawer", hidden: true, ...ariaLabel("ariaViews") });
  private readonly tabs = h("div", { class: "views-tabs", role: "tablist" });
  private readonly body = h("div", { class: "views-body" });
  private time: TimeView;
  private changes: ChangesView;
  private matrix: MatrixView;
  private active: ViewTab = "time";
  private readonly unsub: () => void;

  constructor(private readonly hooks: ViewHooks) {
    this.time = new TimeView(hooks);
    this.changes = new ChangesView(hooks);
    this.matrix = new MatrixView(hooks);
    this.el.append(this.tabs, this.body);
    this.renderTabs();
    // Strings are rendered in the current language: on a switch, the views are rebuilt and reopened.
    this.unsub = onLangChange(() => {
      this.time.pause();
      const date = this.time.current ?? undefined;
      this.time = new TimeView(this.hooks);
      this.changes = new ChangesView(this.hooks);
      this.matrix = new MatrixView(this.hooks);
      this.renderTabs();
      if (!this.el.hidden) void this.show(this.active, date);
    });
  }

  get views() {
    return { time: this.time, changes: this.changes, matrix: this.matrix };
  }

  private renderTabs(): void {
    clear(this.tabs);
    for (const [tab, key] of TABS) {
      const b = h(
        "button",
        {
          type: "button",
          role: "tab",
          class: "views-tab",
          "data-tab": tab,
          "aria-selected": String(tab === this.active),
        },
        vt(key),
      );
      b.addEventListener("click", () => void this.show(tab));
      this.tabs.append(b);
    }
    const close = h("button", { type: "button", class: "icon views-close", "aria-label": vt("close") }, "×");
    close.addEventListener("click", () => this.toggle(false));
    this.tabs.append(close);
  }

  toggle(open = this.el.hidden): void {
    this.setOpen(open);
    if (open) void this.show(this.active);
    else this.time.pause();
  }

  /** The canvas shrinks to the space above the drawer (sigma reads its container's size on resize). */
  private setOpen(open: boolean): void {
    this.el.hidden = !open;
    this.el.parentElement?.classList.toggle("views-open", open);
    window.dispatchEvent(new Event("resize"));
  }

  async show(tab: ViewTab, date?: string): Promise<void> {
    this.active = tab;
    if (this.el.hidden) this.setOpen(true);
    for (const b of this.tabs.querySelectorAll<HTMLElement>(".views-tab"))
      b.setAttribute("aria-selected", String(b.dataset.tab === tab));
    if (tab !== "time") this.time.pause();
    clear(this.body);
    this.el.dataset.tab = tab;
    if (tab === "time") {
      this.body.append(this.time.el);
      await this.time.open(date);
    } else if (tab === "changes") {
      this.body.append(this.changes.el);
      await this.changes.compare();
    } else {
      this.body.append(this.matrix.el);
      await this.matrix.open();
    }
  }

  destroy(): void {
    this.time.pause();
    this.unsub();
  }
}
