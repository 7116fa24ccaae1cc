/** Saved named views (localStorage): save the current one, open or delete a saved one. */
import { onLangChange, t } from "../i18n";
import type { ViewStore } from "../model/views";
import { clear, h } from "./dom";
import { ariaLabel } from "./relabel";

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
      ...ariaLabel("viewName"),
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
