/**
 * Autocomplete over /api/search (Chinese, English, aliases, pinyin) as an ARIA combobox; with a PhraseMode,
 * also Bloom's search phrases: the phrases the text may start are offered above the entities, and a chosen
 * phrase asks for each of its entities in turn (the search then keeps to the slot's types).
 */
import type { SearchHit } from "../../../contracts/api";
import type { Api } from "../api";
import { entityName, getLang, onLangChange, type StringKey, t, typeName } from "../i18n";
import { errorText } from "../i18nMeta";
import { didYouMean, wantsFuzzy } from "../model/fuzzy";
import type { PhraseDraft, PhraseMatch } from "../model/phrases";
import { typeStyle } from "../model/styling";
import { clear, debounce, h } from "./dom";
import { draftText, type PhraseMode } from "./phraseSearch";

/** The phrase mode of the main search box and what runs a completed phrase. */
export interface PhraseHooks {
  mode: PhraseMode;
  run(draft: PhraseDraft): void;
}

let counter = 0;

export class SearchBox {
  readonly el: HTMLElement;
  readonly input: HTMLInputElement;
  private list: HTMLUListElement;
  private hits: SearchHit[] = [];
  /** Phrases offered for the typed text (above the hits; the option index counts them first). */
  private offers: PhraseMatch[] = [];
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
    private readonly phrases: PhraseHooks | null = null,
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
    const prompt = this.phrases?.mode.prompt();
    this.input.placeholder = prompt || t(this.placeholderKey);
    this.input.setAttribute("aria-label", prompt || t(this.placeholderKey));
  }

  private get mode(): PhraseMode | null {
    return this.phrases?.mode ?? null;
  }

  private async query(q: string): Promise<void> {
    const seq = ++this.seq;
    const slot = this.mode?.slot();
    if (!q && !slot) return this.close();
    try {
      this.offers = this.mode?.offers(q) ?? [];
      const res = q ? await this.api.search(q, { limit: 12, types: slot?.types.slice() }) : { hits: [] };
      if (seq !== this.seq) return;
      this.hits = res.hits;
      this.suggestion = null;
      if (slot && q && !res.hits.length) {
        const why = await (this.mode as PhraseMode).nothingFound(q);
        if (seq !== this.seq) return;
        return this.showError(why);
      }
      if (!slot && wantsFuzzy(q, res.hits.length)) {
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
      this.showError(errorText(e));
    }
  }

  private showError(message: string): void {
    this.hits = [];
    this.error = message;
    this.render();
  }

  private render(): void {
    clear(this.list);
    this.active = this.hits.length || this.offers.length ? 0 : -1;
    this.renderDraft();
    this.renderSuggestion();
    this.offers.forEach((m, i) => {
      this.list.append(this.option(i, "search-hit search-phrase", this.offerItems(m)));
    });
    if (!this.hits.length && !this.offers.length) {
      const cls = this.error ? "search-empty search-error" : "search-empty";
      const msg = this.error ?? (this.mode?.slot() ? this.mode.prompt() : t("noResults"));
      this.list.append(h("li", { class: cls, role: "option", "aria-disabled": "true" }, msg));
    }
    this.hits.forEach((hit, i) => {
      const style = typeStyle(hit.type);
      const primary = entityName(hit, getLang());
      const secondary = getLang() === "en" ? hit.name : hit.nameEn;
      const badge = h("span", { class: "type-badge", "aria-hidden": "true" }, style.letter);
      badge.style.background = style.color;
      const li = this.option(this.offers.length + i, "search-hit", [
        badge,
        h("span", { class: "hit-name" }, primary),
        secondary && secondary !== primary ? h("span", { class: "hit-secondary" }, secondary) : null,
        hit.matched !== hit.name && hit.matched !== hit.nameEn
          ? h("span", { class: "hit-matched" }, `≈ ${hit.matched}`)
          : null,
        h("span", { class: "hit-type" }, typeName(hit.type)),
      ]);
      li.dataset.id = hit.id;
      this.list.append(li);
    });
    this.list.hidden = false;
    this.input.setAttribute("aria-expanded", "true");
    this.highlight();
  }

  /** One option of the list (a phrase or an entity), chosen by a click. */
  private option(i: number, cls: string, content: (Node | null)[]): HTMLLIElement {
    const li = h("li", { role: "option", id: `${this.list.id}-${i}`, class: cls }, ...content);
    li.addEventListener("mousedown", (e) => {
      e.preventDefault();
      this.choose(i);
    });
    return li;
  }

  private offerItems(m: PhraseMatch): Node[] {
    const badge = h("span", { class: "type-badge phrase-badge", "aria-hidden": "true" }, "?");
    const text = draftText({ phrase: m.phrase, values: {}, texts: m.texts }, true);
    return [
      badge,
      h("span", { class: "hit-name" }, text),
      h("span", { class: "hit-type" }, t("phraseBadge")),
    ];
  }

  /** The phrase being filled in, above the list: its chosen entities and the slot asked for. */
  private renderDraft(): void {
    const d = this.mode?.draft;
    if (!d) return;
    const text = draftText(d);
    this.list.append(
      h("li", { class: "search-draft", role: "presentation", "data-phrase": d.phrase.id }, text),
    );
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
    const n = this.offers.length + this.hits.length;
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      if (!n) return;
      e.preventDefault();
      const d = e.key === "ArrowDown" ? 1 : -1;
      this.active = (this.active + d + n) % n;
      this.highlight();
    } else if (e.key === "Enter") {
      e.preventDefault();
      if (this.active >= 0) this.choose(this.active);
    } else if (e.key === "Escape") {
      if (this.mode?.draft) this.cancelPhrase();
      else {
        this.close();
        this.input.blur();
      }
    }
  }

  /** Option `i`: a phrase (first the offers) or an entity. */
  private choose(i: number): void {
    const offer = this.offers[i];
    const hit = this.hits[i - this.offers.length];
    if (offer) this.startPhrase(offer);
    else if (hit && this.mode?.draft) this.fillPhrase(hit);
    else if (hit) this.pick(hit);
  }

  private pick(hit: SearchHit): void {
    this.chosen = hit;
    this.input.value = entityName(hit, getLang());
    this.close();
    this.onChoose(hit);
  }

  private startPhrase(m: PhraseMatch): void {
    this.input.value = this.mode?.start(m) ?? "";
    this.offers = [];
    this.askSlot();
  }

  /** The open slot: its prompt, and the search for what was typed for it (if anything). */
  private askSlot(): void {
    this.translate();
    this.error = null;
    this.hits = [];
    const q = this.input.value.trim();
    if (q) void this.query(q);
    else this.render();
    this.input.focus();
  }

  private fillPhrase(hit: SearchHit): void {
    const mode = this.mode as PhraseMode;
    const outcome = mode.choose(hit);
    if (outcome.kind === "refused") this.showError(outcome.message);
    else if (outcome.kind === "next") {
      this.input.value = mode.typedForSlot();
      this.askSlot();
    } else this.finishPhrase(mode);
  }

  private finishPhrase(mode: PhraseMode): void {
    const draft = mode.draft;
    mode.cancel();
    this.translate();
    this.close();
    if (!draft) return;
    this.input.value = draftText(draft);
    this.phrases?.run(draft);
  }

  private cancelPhrase(): void {
    this.mode?.cancel();
    this.input.value = "";
    this.offers = [];
    this.hits = [];
    clear(this.list);
    this.translate();
    this.close();
  }

  close(): void {
    this.list.hidden = true;
    this.input.setAttribute("aria-expanded", "false");
  }
}
