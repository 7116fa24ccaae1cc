/** Renders a quote with spans highlighted — as text nodes, never HTML. */
import type { EvidenceView } from "../../../contracts/api";
import { t } from "../i18n";
import { docDateText, methodName } from "../i18nMeta";
import { findAll, type Range, segment } from "../model/text";
import { h } from "./dom";

export function highlightedText(text: string, ranges: Range[], cls = "mark"): HTMLElement {
  const el = h("span", { class: "quote-text" });
  for (const seg of segment(text, ranges)) {
    if (seg.tag) el.append(h("mark", { class: cls, "data-tag": seg.tag }, seg.text));
    else el.append(document.createTextNode(seg.text));
  }
  return el;
}

export interface QuoteOptions {
  /** Names to highlight inside the quote. */
  names: string[];
  onOpen: (doc: string, start: number, end: number) => void;
}

/** One evidence sentence: the quote, the document title and date, and a link to the document view. */
export function evidenceItem(ev: EvidenceView, opts: QuoteOptions): HTMLElement {
  const quoteText = flat(ev.quote);
  const ranges = findAll(
    quoteText,
    opts.names.map((n) => ({ text: n, tag: "entity" })),
  );
  const open = h(
    "button",
    { type: "button", class: "link open-doc", title: t("openDocument") },
    `${ev.docTitle}`,
  );
  open.addEventListener("click", () => opts.onOpen(ev.doc, ev.start, ev.end));
  return h(
    "li",
    { class: "evidence" },
    h("blockquote", { class: "quote" }, "“", ...inSentence(ev, highlightedText(quoteText, ranges)), "”"),
    h(
      "div",
      { class: "quote-meta" },
      open,
      h("span", { class: "doc-date" }, docDateText(ev.docDate)),
      h("span", { class: "method", title: t("method") }, methodName(ev.method)),
    ),
    ev.alsoIn?.length
      ? h(
          "div",
          { class: "quote-also muted small" },
          `${t("alsoIn")}: `,
          ev.alsoIn.map((a) => `${a.docTitle} (${docDateText(a.docDate)})`).join("; "),
        )
      : null,
  );
}

/** PDF-extracted sentences keep their line breaks in the original; display them joined. */
function flat(text: string): string {
  return text.replace(/\s*\n\s*/g, "");
}

/**
 * The quote inside its whole sentence (when the API sent it): the words around the quote as plain
 * text, the quote itself marked, so every line on screen shows the sentence that states it.
 */
function inSentence(ev: EvidenceView, quote: HTMLElement): (HTMLElement | Text)[] {
  if (ev.sentence === undefined || ev.sentenceStart === undefined) return [quote];
  const from = ev.start - ev.sentenceStart;
  const to = ev.end - ev.sentenceStart;
  if (from < 0 || to > ev.sentence.length || ev.sentence.slice(from, to) !== ev.quote) return [quote];
  quote.classList.add("quote-span");
  return [
    document.createTextNode(flat(ev.sentence.slice(0, from))),
    quote,
    document.createTextNode(flat(ev.sentence.slice(to))),
  ];
}
