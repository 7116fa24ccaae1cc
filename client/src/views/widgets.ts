/** Small DOM pieces shared by the views: a sentence list and a "show the sentence" toggle. */
import type { EvidenceView } from "../../../contracts/api";
import { h } from "../ui/dom";
import { evidenceItem } from "../ui/quote";
import type { ViewHooks } from "./hooks";
import { vt } from "./strings";

export function sentences(evidence: EvidenceView[], hooks: ViewHooks, names: string[] = []): HTMLElement {
  return h(
    "ul",
    { class: "evidence-list view-sentences" },
    evidence.map((ev) => evidenceItem(ev, { names, onOpen: (d, s, e) => hooks.openDocument(d, s, e) })),
  );
}

/** A button that shows or hides the sentences under it (one click away). */
export function sentenceToggle(
  label: HTMLElement | string,
  evidence: EvidenceView[],
  hooks: ViewHooks,
  cls = "",
): HTMLElement {
  const box = sentences(evidence, hooks);
  box.hidden = true;
  const button = h(
    "button",
    { type: "button", class: `link sentence-toggle ${cls}`.trim(), "aria-expanded": "false" },
    label,
  );
  button.title = vt("showSentence");
  button.addEventListener("click", () => {
    box.hidden = !box.hidden;
    button.setAttribute("aria-expanded", String(!box.hidden));
    button.title = vt(box.hidden ? "showSentence" : "hideSentence");
  });
  return h("div", { class: "sentence-box" }, button, box);
}
