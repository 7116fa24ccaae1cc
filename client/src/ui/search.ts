/** Autocomplete over /api/search (Chinese, English, aliases, pinyin) as an ARIA combobox. */
import type { SearchHit } from "../../../contracts/api";
import type { Api } from "../api";
import { entityName, getLang, onLangChange, type StringKey, t, typeName } from "../i18n";
import { errorText } from "../i18nMeta";
import { didYouMean, wantsFuzzy } from "../model/fuzzy";
import { typeStyle } from "../model/styling";
import { clear, debounce, h } from "./dom";

let counter = 0;

export class SearchBox {
  readonly el: HTMLElement;
  readonly input: HTMLInputElement;
  private list: HTMLUListElement;
  private hits: SearchHit[] = [];
  private active = -1;
  private seq = 0;
  /** Why the last search failed (shown instead of "no results", which would be wrong). */
  private error: string | null = null;
  /** "Did you mean …" when the hits come from the tolerant search. */
  private suggestion: { text: string; query: string } | null = null;
  chosen: SearchHit | null = null;

  constructor(
    private readonly api: Api,
    private readonly onChoose: (hit: SearchHit) => void,
    private readonly placeholderKey: StringKey = "searchPlaceholder",
    cls = "search",
  ) {
    const id = `search-list-${++counter}`;
    this.input = h("input", {
      type: "search",
      class: "search-input",
      role: "combobox",
      "aria-autocomplete": "list",
      "aria-expanded": "false",
      "aria-controls": id,
      autocomplete: "off",
      spellcheck: "false",
    });
    this.list = h("ul", { id, role: "listbox", class: "search-list", hidden: true });
    this.el = h("div", { class: cls }, this.input, this.list);
    this.translate();
    onLangChange(() => this.translate());
    const run = debounce((q: string) => void this.query(q), 160);
    this.input.addEventListener("input", () => {
      this.chosen = null;
      run(this.input.value.trim());
    });
    this.input.addEventListener("keydown", (e) => this.onKey(e));
    this.input.addEventListener("blur", () => setTimeout(() => this.close(), 150));
  }

  private translate(): void {
    this.input.placeholder = t(this.placeholderKey);
    this.input.setAttribute("aria-label", t(this.placeholderKey));
  }

  private async query(q: string): Promise<void> {
    const seq = ++this.seq;
    if (!q) return this.close();
    try {
      const res = await this.api.search(q, { limit: 12 });
      if (seq !== this.seq) return;
      this.hits = res.hits;
      this.suggestion = null;
      if (wantsFuzzy(q, res.hits.length)) {
        // The tolerant search only adds: when it fails (an older server without it), "no results" stands.
        const fuzzy = await this.api.fuzzySearch(q, { limit: 12 }).catch(() => null);
        if (seq !== this.seq) return;
        this.hits = fuzzy?.hits ?? [];
        this.suggestion = fuzzy?.suggestion ? { text: fuzzy.suggestion, query: q } : null;
      }
      this.error = null;
      this.render();
    } catch (e) {
      if (seq !== this.seq) return;
      this.hits = [];
      this.error = errorText(e);
      this.render();
    }
  }

  private render(): void {
    clear(this.list);
    this.active = this.hits.length ? 0 : -1;
    this.renderSuggestion();
    if (!this.hits.length) {
      const cls = this.error ? "search-empty search-error" : "search-empty";
      this.list.append(
        h("li", { class: cls, role: "option", "aria-disabled": "true" }, this.error ?? t("noResults")),
      );
    }
    this.hits.forEach((hit, i) => {
      const style = typeStyle(hit.type);
      const primary = entityName(hit, getLang());
      const secondary = getLang() === "en" ? hit.name : hit.nameEn;
      const badge = h("span", { class: "type-badge", "aria-hidden": "true" }, style.letter);
      badge.style.background = style.color;
      const li = h(
        "li",
        { role: "option", id: `${this.list.id}-${i}`, class: "search-hit", "data-id": hit.id },
        badge,
        h("span", { class: "hit-name" }, primary),
        secondary && secondary !== primary ? h("span", { class: "hit-secondary" }, secondary) : null,
        hit.matched !== hit.name && hit.matched !== hit.nameEn
          ? h("span", { class: "hit-matched" }, `≈ ${hit.matched}`)
          : null,
        h("span", { class: "hit-type" }, typeName(hit.type)),
      );
      li.addEventListener("mousedown", (e) => {
        e.preventDefault();
        this.choose(i);
      });
      this.list.append(li);
    });
    this.list.hidden = false;
    this.input.setAttribute("aria-expanded", "true");
    this.highlight();
  }

  /** The "did you mean" line above tolerant hits; choosing it searches for the suggestion. */
  private renderSuggestion(): void {
    const s = this.suggestion;
    const text = s ? didYouMean(s.query, s.text, t("didYouMean")) : null;
    if (!s || !text) return;
    const li = h("li", { class: "search-suggest", role: "presentation", "data-suggestion": s.text }, text);
    li.addEventListener("mousedown", (e) => {
      e.preventDefault();
      this.input.value = s.text;
      void this.query(s.text);
    });
    this.list.append(li);
  }

  private highlight(): void {
    const items = this.list.querySelectorAll<HTMLElement>(".search-hit");
    items.forEach((el, i) => {
      el.setAttribute("aria-selected", String(i === this.active));
    });
    const cur = items[this.active];
    if (cur) {
      this.input.setAttribute("aria-activedescendant", cur.id);
      cur.scrollIntoView({ block: "nearest" });
    } else this.input.removeAttribute("aria-activedescendant");
  }

  private onKey(e: KeyboardEvent): void {
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      if (!this.hits.length) return;
      e.preventDefault();
      const d = e.key === "ArrowDown" ? 1 : -1;
      this.active = (this.active + d + this.hits.length) % this.hits.length;
      this.highlight();
    } else if (e.key === "Enter") {
      e.preventDefault();
      if (this.active >= 0) this.choose(this.active);
    } else if (e.key === "Escape") {
      this.close();
      this.input.blur();
    }
  }

  private choose(i: number): void {
    const hit = this.hits[i];
    if (!hit) return;
    this.chosen = hit;
    this.input.value = entityName(hit, getLang());
    this.close();
    this.onChoose(hit);
  }

  close(): void {
    this.list.hidden = true;
    this.input.setAttribute("aria-expanded", "false");
  }
}
