/**
 * Favourite queries in the console's side column (as Neo4j Browser's): save the query in the editor with
 * its parameters under a name, open one, rename it in place, delete it (with Undo). Kept in this browser
 * (model/favourites.ts); a refused name is said next to the field.
 */
import { t } from "../i18n";
import { type Favourite, type FavouriteStore, favouriteId, nameProblem } from "../model/favourites";
import { clear, h } from "./dom";

export interface FavouriteHooks {
  /** The editor's query and parameters, or null when the parameters are not valid JSON. */
  current(): { query: string; params: Record<string, unknown> } | null;
  open(query: string, params: Record<string, unknown>): void;
}

/** A default name: the query's first line, cut to 40 characters. */
function defaultName(query: string): string {
  const first = query.trim().split("\n")[0] ?? "";
  return [...first].length > 40 ? `${[...first].slice(0, 39).join("")}…` : first;
}

export class FavouritesPanel {
  readonly el: HTMLElement;
  private readonly head = h("h4", {});
  private readonly name = h("input", { type: "text", class: "favourite-name", maxlength: "200" });
  private readonly saveBtn = h("button", { type: "button", class: "btn small favourite-save" });
  private readonly message = h("p", { class: "small favourite-message", role: "status" });
  private readonly list = h("ul", { class: "favourite-list" });

  constructor(
    private readonly store: FavouriteStore,
    private readonly hooks: FavouriteHooks,
  ) {
    this.saveBtn.addEventListener("click", () => this.save());
    this.name.addEventListener("keydown", (e) => {
      if (e.key === "Enter") this.save();
    });
    this.el = h(
      "div",
      { class: "favourites" },
      this.head,
      h("div", { class: "row" }, this.name, this.saveBtn),
      this.message,
      this.list,
    );
    this.refreshLabels();
  }

  refreshLabels(): void {
    this.head.textContent = t("favourites");
    this.saveBtn.textContent = t("favouriteSave");
    this.name.placeholder = t("favouriteName");
    this.name.setAttribute("aria-label", t("favouriteName"));
    this.message.textContent = "";
    this.render();
  }

  private say(text: string, undo = false): void {
    clear(this.message);
    this.message.append(text);
    if (!undo) return;
    const b = h("button", { type: "button", class: "link favourite-undo" }, t("favouriteUndo"));
    b.addEventListener("click", () => {
      this.store.undo();
      clear(this.message);
      this.render();
    });
    this.message.append(" ", b);
  }

  private save(): void {
    const cur = this.hooks.current();
    if (!cur) return;
    if (!cur.query.trim()) {
      this.say(t("favouriteQueryEmpty"));
      return;
    }
    const name = this.name.value.trim() || defaultName(cur.query);
    const problem = nameProblem(name);
    if (problem) {
      this.say(t(problem));
      return;
    }
    this.store.dispatch({ type: "add", favourite: { id: favouriteId(), name, ...cur } });
    this.name.value = "";
    this.say("");
    this.render();
  }

  private render(): void {
    clear(this.list);
    const items = this.store.list();
    if (!items.length) this.list.append(h("li", { class: "muted" }, t("favouriteNone")));
    for (const f of items) this.list.append(this.item(f));
  }

  private item(f: Favourite): HTMLElement {
    const open = h("button", { type: "button", class: "link favourite-open", title: f.query }, f.name);
    open.addEventListener("click", () => this.hooks.open(f.query, f.params));
    const rename = h(
      "button",
      {
        type: "button",
        class: "icon favourite-rename",
        "aria-label": t("favouriteRename"),
        title: t("favouriteRename"),
      },
      "✎",
    );
    const del = h(
      "button",
      {
        type: "button",
        class: "icon favourite-delete",
        "aria-label": t("favouriteDelete"),
        title: t("favouriteDelete"),
      },
      "×",
    );
    const li = h("li", { "data-id": f.id }, open, rename, del);
    rename.addEventListener("click", () => this.editName(li, f));
    del.addEventListener("click", () => {
      this.store.dispatch({ type: "remove", id: f.id });
      this.render();
      this.say(t("favouriteDeleted").replace("{name}", f.name), true);
    });
    return li;
  }

  /** The name becomes a field: Enter keeps the new name (when valid), Escape or leaving it cancels. */
  private editName(li: HTMLElement, f: Favourite): void {
    const input = h("input", {
      type: "text",
      class: "favourite-rename-input",
      value: f.name,
      "aria-label": t("favouriteRename"),
    });
    let done = false;
    const finish = (keep: boolean) => {
      if (done) return;
      const problem = keep ? nameProblem(input.value) : null;
      if (problem) {
        this.say(t(problem));
        return;
      }
      done = true;
      if (keep) this.store.dispatch({ type: "rename", id: f.id, name: input.value });
      this.say("");
      this.render();
    };
    input.addEventListener("keydown", (e) => {
      if (e.key === "Enter") finish(true);
      if (e.key === "Escape") finish(false);
    });
    input.addEventListener("blur", () => finish(false));
    li.replaceChildren(input);
    input.focus();
    input.select();
  }
}
