/** Shared pieces of the left-hand panels: the collapsible section and the evidence hooks. */
import { onLangChange, type StringKey, t } from "../i18n";
import { h } from "./dom";

/** A collapsible section whose heading is translated on language change. */
export function section(key: StringKey, body: HTMLElement, open = false): HTMLElement {
  const summary = h("summary", {}, t(key));
  onLangChange(() => {
    summary.textContent = t(key);
  });
  return h("details", { class: "panel", open, "data-panel": key }, summary, body);
}

export interface EvidenceHooks {
  openDocument(doc: string, focus?: { start: number; end: number }): void;
  select(id: string): void;
}
