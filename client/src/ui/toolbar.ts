/** The header: title, search, scene toolbar, language switch. Buttons reflect the state they act on. */
import { getLang, onLangChange, type StringKey, t } from "../i18n";
import type { ExplorerState } from "../store/state";
import { h } from "./dom";
import { ariaLabel } from "./relabel";

export interface ToolbarCommands {
  expand(): void;
  collapse(): void;
  hide(): void;
  pin(): void;
  undo(): void;
  redo(): void;
  fit(): void;
  layout(): void;
  overview(): void;
  toggleLang(): void;
}

export class Toolbar {
  readonly buttons = new Map<string, HTMLButtonElement>();

  /** A labelled button (icon + translated label, shortcut in title and aria-keyshortcuts). */
  button(
    name: string,
    key: StringKey | null,
    icon: string,
    fn: () => void,
    shortcut?: string,
  ): HTMLButtonElement {
    const label = h("span", { class: "btn-label" });
    const b = h(
      "button",
      { type: "button", class: "btn", "data-action": name },
      h("span", { class: "btn-icon", "aria-hidden": "true" }, icon),
      label,
    );
    const tr = () => {
      const text = key ? t(key) : icon;
      label.textContent = key ? text : "";
      b.title = shortcut ? `${text} (${shortcut})` : text;
      b.setAttribute("aria-label", text);
      if (shortcut) b.setAttribute("aria-keyshortcuts", shortcut.replace("Ctrl", "Control"));
    };
    tr();
    onLangChange(tr);
    b.addEventListener("click", fn);
    this.buttons.set(name, b);
    return b;
  }

  header(search: HTMLElement, c: ToolbarCommands): HTMLElement {
    const title = h("h1", { class: "brand" }, t("appTitle"));
    onLangChange(() => {
      title.textContent = t("appTitle");
    });
    const lang = h("button", { type: "button", class: "btn lang", "data-action": "lang" }, t("language"));
    lang.addEventListener("click", () => c.toggleLang());
    // The button names the other language in that language: screen readers read it in that language.
    const mark = () => lang.setAttribute("lang", getLang() === "zh" ? "en" : "zh");
    mark();
    onLangChange(() => {
      lang.textContent = t("language");
      mark();
    });
    return h(
      "header",
      { class: "topbar" },
      title,
      search,
      h(
        "div",
        { class: "toolbar", role: "toolbar", ...ariaLabel("ariaSceneToolbar") },
        this.button("expand", "expand", "⊕", c.expand, "E"),
        this.button("collapse", "collapse", "⊖", c.collapse, "C"),
        this.button("hide", "hide", "✕", c.hide, "Delete"),
        this.button("pin", "pin", "📌", c.pin, "P"),
        this.button("undo", "undo", "↶", c.undo, "Ctrl+Z"),
        this.button("redo", "redo", "↷", c.redo, "Ctrl+Y"),
        this.button("fit", "fit", "⤢", c.fit, "F"),
        this.button("layout", "layout", "⟳", c.layout),
        this.button("overview", "overview", "⌂", c.overview),
      ),
      lang,
    );
  }

  update(s: ExplorerState, canUndo: boolean, canRedo: boolean): void {
    const has = !!s.selectedNode || s.lasso.size > 0;
    for (const n of ["expand", "collapse", "pin"]) this.setDisabled(n, !has);
    this.setDisabled("hide", !has && !s.selectedEdge);
    this.setDisabled("undo", !canUndo);
    this.setDisabled("redo", !canRedo);
  }

  setLayoutRunning(running: boolean): void {
    this.buttons.get("layout")?.setAttribute("aria-pressed", String(running));
  }

  private setDisabled(name: string, disabled: boolean): void {
    const b = this.buttons.get(name);
    if (b) b.disabled = disabled;
  }
}
