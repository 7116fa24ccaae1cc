/**
 * Accessible names that follow the language: an element built with `...ariaLabel(key)` carries its string
 * key, and `relabel()` (run on every language change) gives it the name in the new language.
 */
import { onLangChange, type StringKey, t } from "../i18n";

const ATTR = "data-i18n-aria";

/** Attributes for h(): the translated aria-label and the key that re-translates it. */
export function ariaLabel(key: StringKey): Record<string, string> {
  return { "aria-label": t(key), [ATTR]: key };
}

/** Re-translate every marked aria-label under `root`. */
export function relabel(root: ParentNode): void {
  for (const el of root.querySelectorAll<HTMLElement>(`[${ATTR}]`)) {
    const key = el.getAttribute(ATTR) as StringKey;
    el.setAttribute("aria-label", t(key));
  }
}

/** Keep the marked labels of the document in the UI language; returns the function that stops it. */
export function relabelOnLangChange(root: ParentNode = document): () => void {
  return onLangChange(() => relabel(root));
}
