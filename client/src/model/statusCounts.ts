/** The status line's counts: "94 nodes · 57 edges", or "12 / 94 nodes · 8 / 57 edges shown" under filters. */
import { t } from "../i18n";
import type { ShownCounts } from "./filters";

export function statusCounts(c: ShownCounts): string {
  if (c.nodes === c.totalNodes && c.edges === c.totalEdges)
    return `${c.nodes} ${t("nodes")} · ${c.edges} ${t("edges")}`;
  return t("shownCounts")
    .replace("{n}", String(c.nodes))
    .replace("{N}", String(c.totalNodes))
    .replace("{e}", String(c.edges))
    .replace("{E}", String(c.totalEdges));
}
