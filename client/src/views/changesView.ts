/**
 * "What changed between two dates": claims whose value changed (before and after side by side), claims
 * that disagree, and the entities and relations added, each with its sentences.
 */
import { entityName, relName, typeName } from "../i18n";
import { append, clear, h } from "../ui/dom";
import { type ClaimRow, changesView, type ChangesView as Model } from "./changesModel";
import type { ViewHooks } from "./hooks";
import { vt } from "./strings";
import { ViewsApi } from "./viewsApi";
import { sentences, sentenceToggle } from "./widgets";

export class ChangesView {
  readonly el = h("div", { class: "changes-view" });
  private readonly api: ViewsApi;
  private readonly fromInput = h("input", { type: "date", class: "changes-from", value: "2023-12-31" });
  private readonly toInput = h("input", { type: "date", class: "changes-to", value: "2026-04-30" });
  private readonly body = h("div", { class: "changes-body", "aria-live": "polite" });
  private model: Model | null = null;
  private seq = 0;

  constructor(private readonly hooks: ViewHooks) {
    this.api = new ViewsApi(hooks.api);
    const go = h("button", { type: "button", class: "btn primary changes-go" }, vt("compare"));
    go.addEventListener("click", () => void this.compare());
    this.fromInput.setAttribute("aria-label", vt("from"));
    this.toInput.setAttribute("aria-label", vt("to"));
    this.el.append(
      h(
        "div",
        { class: "changes-controls" },
        h("label", {}, `${vt("from")} `, this.fromInput),
        h("label", {}, `${vt("to")} `, this.toInput),
        go,
      ),
      this.body,
    );
  }

  async compare(from = this.fromInput.value, to = this.toInput.value): Promise<void> {
    this.fromInput.value = from;
    this.toInput.value = to;
    const seq = ++this.seq;
    try {
      const r = await this.api.changes(from, to);
      if (seq !== this.seq) return;
      this.model = changesView(r);
      this.render();
    } catch (e) {
      if (seq === this.seq) this.hooks.error(e instanceof Error ? e.message : String(e));
    }
  }

  render(): void {
    clear(this.body);
    const m = this.model;
    if (!m) return;
    if (m.empty) {
      this.body.append(h("p", { class: "muted" }, vt("nothingChanged")));
      return;
    }
    append(this.body, [
      this.section(
        "changedClaims",
        m.changed.length,
        m.changed.map((c) => this.claimRow(c, true)),
      ),
      this.section(
        "conflicts",
        m.conflicts.length,
        m.conflicts.map((c) => this.claimRow(c, false)),
      ),
      this.section(
        "addedEntities",
        m.addedByType.reduce((n, g) => n + g.entities.length, 0),
        m.addedByType.map((g) =>
          h(
            "div",
            { class: "added-group" },
            h("span", { class: "added-type" }, `${typeName(g.type)} (${g.entities.length})`),
            g.entities.map((e) => {
              const b = h(
                "button",
                { type: "button", class: "chip added-entity", "data-id": e.id },
                entityName(e),
              );
              b.addEventListener("click", () => void this.hooks.focus([e.id], []));
              return b;
            }),
          ),
        ),
      ),
      this.section(
        "addedRelations",
        m.addedRelations.length,
        h(
          "ul",
          { class: "added-relations" },
          m.addedRelations.map((r) =>
            h(
              "li",
              { "data-id": r.id },
              sentenceToggle(`${r.sourceName} —${relName(r.type)}→ ${r.targetName}`, r.evidence, this.hooks),
            ),
          ),
        ),
      ),
      m.removedRelations.length
        ? this.section(
            "removedRelations",
            m.removedRelations.length,
            h(
              "ul",
              {},
              m.removedRelations.map((r) => h("li", {}, `${r.source} —${relName(r.type)}→ ${r.target}`)),
            ),
          )
        : null,
    ]);
  }

  private section(key: Parameters<typeof vt>[0], n: number, body: HTMLElement | HTMLElement[]): HTMLElement {
    return h(
      "details",
      { class: `changes-section section-${key}`, open: key === "changedClaims" || key === "conflicts" },
      h("summary", {}, `${vt(key)} (${n})`),
      body,
    );
  }

  /** One subject and predicate with its values side by side, each with its sentence. */
  private claimRow(c: ClaimRow, beforeAfter: boolean): HTMLElement {
    return h(
      "div",
      { class: "claim-row", "data-predicate": c.predicate },
      h("div", { class: "claim-subject" }, `${c.subjectName} · ${c.predicate}`),
      h(
        "div",
        { class: "claim-sides" },
        c.sides.map((s, i) =>
          h(
            "div",
            { class: "claim-side" },
            h(
              "div",
              { class: "claim-head" },
              beforeAfter
                ? h("span", { class: "muted" }, vt(i === 0 && c.sides.length > 1 ? "before" : "after"))
                : null,
              h("strong", { class: "claim-value" }, s.value),
              h("span", { class: "muted" }, s.asOf ?? s.knownFrom ?? ""),
            ),
            sentences(s.evidence.slice(0, 2), this.hooks),
          ),
        ),
      ),
    );
  }
}
