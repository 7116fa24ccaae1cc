/**
 * A horizontal split between the canvas and the console: the console (a <details>) gets a height the user
 * drags (pointer) or steps (arrow keys) on the separator; the canvas takes the rest and follows it.
 */
import { onLangChange, t } from "../i18n";
import { h } from "./dom";
import { ariaLabel } from "./relabel";

const MIN_PX = 120;
const STEP_PX = 24;

export function splitPane(panel: HTMLDetailsElement, initialShare = 0.38): HTMLElement {
  let height = Math.round(window.innerHeight * initialShare);
  const sep = h("div", {
    class: "splitter",
    role: "separator",
    tabindex: "0",
    "aria-orientation": "horizontal",
    ...ariaLabel("resizeConsole"),
    title: t("resizeConsole"),
  });
  onLangChange(() => {
    sep.setAttribute("aria-label", t("resizeConsole"));
    sep.title = t("resizeConsole");
  });
  const max = () => Math.max(MIN_PX, Math.round(window.innerHeight * 0.75));
  const apply = () => {
    sep.hidden = !panel.open;
    height = Math.min(max(), Math.max(MIN_PX, height));
    panel.style.height = panel.open ? `${height}px` : "";
    sep.setAttribute("aria-valuemin", String(MIN_PX));
    sep.setAttribute("aria-valuemax", String(max()));
    sep.setAttribute("aria-valuenow", String(height));
  };
  panel.addEventListener("toggle", apply);
  sep.addEventListener("pointerdown", (e) => {
    e.preventDefault();
    sep.setPointerCapture(e.pointerId);
    const move = (ev: PointerEvent) => {
      height = window.innerHeight - ev.clientY;
      apply();
    };
    const up = () => {
      sep.removeEventListener("pointermove", move);
      sep.removeEventListener("pointerup", up);
    };
    sep.addEventListener("pointermove", move);
    sep.addEventListener("pointerup", up);
  });
  sep.addEventListener("keydown", (e) => {
    if (e.key !== "ArrowUp" && e.key !== "ArrowDown") return;
    e.preventDefault();
    height += e.key === "ArrowUp" ? STEP_PX : -STEP_PX;
    apply();
  });
  apply();
  return sep;
}
