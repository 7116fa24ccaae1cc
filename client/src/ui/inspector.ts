/** Side panel for the selected node or edge: names, aliases, properties, counts, claims and SOURCES. */
import type { EdgeDetail, NodeDetail } from "../../../contracts/api";
import type { Api } from "../api";
import {
  entityName,
  getLang,
  isGeneratedEnglish,
  type Lang,
  onLangChange,
  relName,
  type StringKey,
  stageName,
  t,
  typeName,
} from "../i18n";
import { claimValue, docDateText, errorText, predicateName } from "../i18nMeta";
import type { CorridorLinkNote } from "../model/corridorLinks";
import { propertyName, propertyValue } from "../model/propertyText";
import { zoneStatus } from "../model/status";
import { STAGE_COLORS, typeStyle } from "../model/styling";
import { locateMention } from "../model/text";
import { clear, h } from "./dom";
import { evidenceItem, highlightedText } from "./quote";
import { ariaLabel } from "./relabel";

export interface InspectorHooks {
  openDocument(doc: string, focus?: { start: number; end: number }, entity?: string): void;
  expand(id: string, rels?: string[]): void;
  select(id: string): void;
}

function badge(type: string): HTMLElement {
  const st = typeStyle(type);
  const b = h("span", { class: "type-badge", "aria-hidden": "true" }, st.letter);
  b.style.background = st.color;
  return h("span", { class: "type-tag" }, b, typeName(type));
}

/** A property list: names and coded values in the UI language (model/propertyText.ts). */
function propList(props: [string, unknown][], lang: Lang): HTMLElement {
  return h(
    "dl",
    { class: "props" },
    ...props.flatMap(([k, v]) => [
      h("dt", { "data-key": k }, propertyName(k, lang)),
      h("dd", {}, propertyValue(k, v, lang)),
    ]),
  );
}

export class Inspector {
  readonly el: HTMLElement;
  private body: HTMLElement;
  private seq = 0;
  private last: { kind: "node" | "edge"; id: string } | null = null;

  constructor(
    private readonly api: Api,
    private readonly hooks: InspectorHooks,
    /** A zone's links to the corridor followed last (from the store's state): kind and strength. */
    private readonly corridorLinks: (zone: string) => readonly CorridorLinkNote[] = () => [],
  ) {
    this.body = h("div", { class: "inspector-body" });
    this.el = h(
      "section",
      { class: "inspector", "aria-live": "polite", ...ariaLabel("inspector") },
      this.body,
    );
    this.empty();
    onLangChange(() => {
      if (this.last?.kind === "node") void this.showNode(this.last.id);
      else if (this.last?.kind === "edge") void this.showEdge(this.last.id);
      else this.empty();
    });
  }

  empty(): void {
    this.last = null;
    this.seq++;
    clear(this.body);
    this.body.append(
      h("p", { class: "muted" }, t("inspectorEmpty")),
      h("p", { class: "muted small" }, t("shortcutsText")),
    );
  }

  private loading(): number {
    clear(this.body);
    this.body.append(h("p", { class: "muted" }, t("loading")));
    return ++this.seq;
  }

  private error(e: unknown): void {
    clear(this.body);
    this.body.append(h("p", { class: "error", role: "alert" }, `${t("error")}: ${errorText(e)}`));
  }

  async showNode(id: string): Promise<void> {
    this.last = { kind: "node", id };
    const seq = this.loading();
    try {
      const d = await this.api.node(id);
      if (seq !== this.seq) return;
      this.renderNode(d);
    } catch (e) {
      if (seq === this.seq) this.error(e);
    }
  }

  async showEdge(id: string): Promise<void> {
    this.last = { kind: "edge", id };
    const seq = this.loading();
    try {
      const d = await this.api.edge(id);
      if (seq !== this.seq) return;
      this.renderEdge(d);
    } catch (e) {
      if (seq === this.seq) this.error(e);
    }
  }

  private renderNode(d: NodeDetail): void {
    clear(this.body);
    const lang = getLang();
    const expand = h("button", { type: "button", class: "btn primary" }, t("expand"));
    expand.addEventListener("click", () => this.hooks.expand(d.id));
    this.body.append(
      h("h2", { class: "entity-name" }, entityName(d, lang)),
      h("p", { class: "entity-sub" }, badge(d.type), " ", lang === "en" ? d.name : (d.nameEn ?? "")),
      h("div", { class: "actions" }, expand),
    );
    const status = zoneStatus(d);
    if (status)
      this.body.append(
        h(
          "p",
          { class: "zone-status" },
          `${t("zoneStatus")}: `,
          h("span", { class: `status-badge ${status}`, "data-status": status }, t(`status_${status}`)),
        ),
      );
    const links = this.corridorLinks(d.id);
    if (links.length)
      this.body.append(
        h("h3", {}, t("corridorLinks")),
        h(
          "ul",
          { class: "corridor-links" },
          ...links.map((l) =>
            h(
              "li",
              { "data-strength": l.strength, title: l.explanation },
              `${entityName(l.corridor, lang)}: `,
              h(
                "span",
                { class: `directness ${l.directness === "direct" ? "direct" : "inferred"} ${l.strength}` },
                `${t(`directness_${l.directness}` as StringKey)} · ${t(`strength_${l.strength}`)}`,
              ),
            ),
          ),
        ),
      );
    if (lang === "en" && isGeneratedEnglish(d))
      this.body.append(h("p", { class: "muted small generated-note" }, t("generatedEnglish")));
    if (d.aliases.length)
      this.body.append(h("h3", {}, t("aliases")), h("p", { class: "aliases" }, d.aliases.join(" · ")));
    const props = Object.entries(d.properties);
    if (props.length) {
      this.body.append(h("h3", {}, t("properties")), propList(props, lang));
    }
    if (d.degrees.length) {
      const list = h("ul", { class: "degrees" });
      for (const dc of [...d.degrees].sort((a, b) => b.count - a.count)) {
        const b = h(
          "button",
          { type: "button", class: "link", title: `${t("expand")}: ${dc.type}` },
          `${dc.direction === "out" ? "→" : "←"} ${relName(dc.type)}`,
        );
        b.addEventListener("click", () => this.hooks.expand(d.id, [dc.type]));
        list.append(h("li", {}, b, h("span", { class: "count" }, String(dc.count))));
      }
      this.body.append(h("h3", {}, t("relationships")), list);
    }
    const names = [d.name, ...(d.nameEn ? [d.nameEn] : []), ...d.aliases];
    const open = (doc: string, start: number, end: number) =>
      this.hooks.openDocument(doc, { start, end }, d.id);
    if (d.claims.length) {
      const list = h("ul", { class: "claims" });
      const claims = [...d.claims].sort((a, b) => (a.statedYear ?? 0) - (b.statedYear ?? 0));
      for (const c of claims) {
        const ev = h(
          "ul",
          { class: "evidence-list" },
          ...c.evidence.map((e) => evidenceItem(e, { names, onOpen: open })),
        );
        list.append(
          h(
            "li",
            { class: "claim" },
            h(
              "div",
              { class: "claim-head" },
              h("strong", { title: c.predicate }, predicateName(c.predicate)),
              ": ",
              claimValue(c.value, c.unit),
              c.asOf ? h("span", { class: "muted" }, ` (${t("asOf")} ${c.asOf})`) : null,
              c.statedYear ? h("span", { class: "muted" }, ` [${c.statedYear}]`) : null,
            ),
            ev,
          ),
        );
      }
      this.body.append(h("h3", {}, t("claims")), list);
    }
    const sources = h("ul", { class: "sources" });
    for (const m of d.mentions) {
      const loc = locateMention(m.text, m.passageStart, m.start, m.surface);
      const btn = h(
        "button",
        { type: "button", class: "link open-doc", title: t("openDocument") },
        m.docTitle,
      );
      btn.addEventListener("click", () =>
        this.hooks.openDocument(m.doc, { start: m.passageStart, end: m.passageEnd }, d.id),
      );
      sources.append(
        h(
          "li",
          { class: "evidence" },
          h(
            "blockquote",
            { class: "quote" },
            "“",
            highlightedText(m.text, loc ? [{ ...loc, tag: "entity" }] : []),
            "”",
          ),
          h("div", { class: "quote-meta" }, btn, h("span", { class: "doc-date" }, docDateText(m.docDate))),
        ),
      );
    }
    this.body.append(
      h("h3", {}, `${t("sources")} (${d.mentionCount})`),
      d.mentions.length ? sources : h("p", { class: "muted" }, t("noSources")),
    );
  }

  private renderEdge(d: EdgeDetail): void {
    clear(this.body);
    const lang = getLang();
    const end = (n: EdgeDetail["source"]) => {
      const b = h("button", { type: "button", class: "link" }, entityName(n, lang));
      b.addEventListener("click", () => this.hooks.select(n.id));
      return h("span", { class: "edge-end" }, badge(n.type), " ", b);
    };
    this.body.append(
      h("h2", { class: "entity-name" }, relName(d.type)),
      h("p", { class: "edge-ends" }, end(d.source), " → ", end(d.target)),
    );
    if (d.stage) {
      const badge = h("span", { class: "stage-badge", "data-stage": d.stage }, stageName(d.stage));
      badge.style.background = STAGE_COLORS[d.stage] === "#b8b8b8" ? "#777" : STAGE_COLORS[d.stage];
      this.body.append(h("p", { class: "edge-stage" }, `${t("stage")}: `, badge));
    }
    if (d.confidence !== null)
      this.body.append(h("p", { class: "muted" }, `${t("confidence")}: ${d.confidence.toFixed(2)}`));
    const props = Object.entries(d.properties);
    if (props.length) this.body.append(h("h3", {}, t("properties")), propList(props, lang));
    const names = [d.source.name, d.target.name, d.source.nameEn ?? "", d.target.nameEn ?? ""].filter(
      Boolean,
    );
    const open = (doc: string, start: number, endPos: number) =>
      this.hooks.openDocument(doc, { start, end: endPos });
    this.body.append(
      h("h3", {}, `${t("evidence")} (${d.evidence.length})`),
      d.evidence.length
        ? h("ul", { class: "sources" }, ...d.evidence.map((e) => evidenceItem(e, { names, onOpen: open })))
        : h("p", { class: "muted" }, t("noSources")),
    );
    if (d.hiddenEvidence)
      this.body.append(
        h("p", { class: "muted small evidence-hidden" }, `${d.hiddenEvidence} ${t("evidenceHidden")}`),
      );
  }
}
