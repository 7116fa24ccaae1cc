/** Modal document reader: the full text with every mention highlighted, scrolled to the quote. */
import type { DocumentDetail } from "../../../contracts/api";
import type { Api } from "../api";
import { t } from "../i18n";
import { errorText } from "../i18nMeta";
import { type Range, segment } from "../model/text";
import { clear, h } from "./dom";
import { ariaLabel } from "./relabel";

export class DocumentView {
  private dialog: HTMLDialogElement;
  private body: HTMLElement;
  private title: HTMLElement;
  private meta: HTMLElement;
  private cache = new Map<string, DocumentDetail>();

  constructor(
    private readonly api: Api,
    private readonly onEntity: (id: string) => void,
    private readonly history: { opened(doc: string): void; closed(): void } = { opened() {}, closed() {} },
  ) {
    this.title = h("h2", { id: "doc-title" });
    this.meta = h("p", { class: "doc-meta" });
    this.body = h("div", { class: "doc-body", tabindex: "0" });
    const close = h("button", { type: "button", class: "close", ...ariaLabel("close") }, "×");
    close.addEventListener("click", () => this.dialog.close());
    this.dialog = h(
      "dialog",
      { class: "doc-dialog", "aria-labelledby": "doc-title" },
      h("header", {}, this.title, close),
      this.meta,
      this.body,
    );
    this.dialog.addEventListener("close", () => this.history.closed());
    document.body.append(this.dialog);
  }

  async open(docId: string, focus?: { start: number; end: number }, entity?: string): Promise<void> {
    clear(this.body);
    this.title.textContent = t("loading");
    this.meta.textContent = "";
    if (!this.dialog.open) this.dialog.showModal();
    this.history.opened(docId);
    try {
      let doc = this.cache.get(docId);
      if (!doc) {
        doc = await this.api.document(docId);
        this.cache.set(docId, doc);
      }
      this.render(doc, focus, entity);
    } catch (e) {
      this.title.textContent = t("error");
      this.body.append(h("p", { class: "error", role: "alert" }, errorText(e)));
    }
  }

  private render(doc: DocumentDetail, focus?: { start: number; end: number }, entity?: string): void {
    this.title.textContent = doc.title;
    this.meta.textContent = `${doc.author} · ${doc.date} · ${doc.mentions.length} ${t("mentions")}`;
    const ranges: Range[] = doc.mentions.map((m) => ({ start: m.start, end: m.end, tag: m.node }));
    const focusRange = focus ? { start: focus.start, end: focus.end } : null;
    // The focused quote is drawn as a block around its text; mentions inside it keep their highlight.
    const pre = h("div", { class: "doc-text" });
    const pieces: { text: string; tag: string | null; start: number }[] = segment(doc.text, ranges);
    let focusEl: HTMLElement | null = null;
    for (const seg of pieces) {
      const inFocus =
        focusRange !== null && seg.start < focusRange.end && seg.start + seg.text.length > focusRange.start;
      let node: Node;
      if (seg.tag) {
        const m = h(
          "mark",
          { class: seg.tag === entity ? "mention mention-self" : "mention", title: seg.tag },
          seg.text,
        );
        const id = seg.tag;
        m.addEventListener("click", () => this.onEntity(id));
        node = m;
      } else node = document.createTextNode(seg.text);
      if (inFocus && focusRange) {
        // Split plain text at the focus boundaries.
        if (!seg.tag) {
          const a = Math.max(0, focusRange.start - seg.start);
          const b = Math.min(seg.text.length, focusRange.end - seg.start);
          if (a > 0) pre.append(seg.text.slice(0, a));
          const q = h("span", { class: "doc-focus" }, seg.text.slice(a, b));
          pre.append(q);
          focusEl ??= q;
          if (b < seg.text.length) pre.append(seg.text.slice(b));
          continue;
        }
        const q = h("span", { class: "doc-focus" });
        q.append(node);
        pre.append(q);
        focusEl ??= q;
        continue;
      }
      pre.append(node);
    }
    this.body.append(pre);
    const target = focusEl ?? (entity ? pre.querySelector<HTMLElement>(".mention-self") : null);
    if (target) requestAnimationFrame(() => target.scrollIntoView({ block: "center" }));
  }

  close(): void {
    if (this.dialog.open) this.dialog.close();
  }
}
