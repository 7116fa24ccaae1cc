/**
 * The texts both image exports (PNG, SVG) print: legend blocks per colour mapping, the subtitle (counts and
 * date) and the source line naming the documents behind the scene. Translated with the current language.
 */
import { t, typeName } from "../i18n";
import { type ExportFacts, sourceDocuments } from "../model/exportFacts";
import { legendSections } from "../model/exportLegend";
import { fitText } from "../model/fitText";
import type { SceneGraph } from "../model/scene";
import type { SvgLegendBlock } from "../model/svgScene";
import type { ExplorerState } from "../store/state";

const STATUS_KEYS = new Set(["established", "applied", "proposed"]);

/** A status key, bare ("applied") or as the legend model gives it ("status_applied"), in the UI's language. */
export function statusName(key: string): string {
  const bare = key.startsWith("status_") ? key.slice("status_".length) : key;
  return STATUS_KEYS.has(bare) ? t(`status_${bare}` as "status_established") : key;
}

export function legendBlocks(
  graph: SceneGraph,
  s: ExplorerState,
  colour: Map<string, number> | null,
): SvgLegendBlock[] {
  return legendSections(graph, s, colour).map((sec): SvgLegendBlock => {
    if (sec.kind === "gradient")
      return { title: t(sec.metric as "pagerank"), stops: sec.stops, ends: [t("low"), t("high")] };
    const title =
      sec.kind === "types" ? t("legend") : sec.kind === "community" ? t("community") : t("statusLegend");
    const name = sec.kind === "types" ? typeName : sec.kind === "status" ? statusName : (k: string) => k;
    return {
      title,
      rows: sec.entries.map((e) => ({
        color: e.color,
        letter: e.letter,
        text: `${name(e.key)} (${e.count})`,
      })),
    };
  });
}

export function exportDate(): string {
  return new Date().toISOString().slice(0, 10);
}

export function subtitle(graph: SceneGraph, date: string): string {
  return `${graph.order} ${t("nodes")} · ${graph.size} ${t("edges")} · ${date}`;
}

/** "Source: zonegraph … · 2026-12-05 · documents: A; B; C +2". */
/**
 * The source line cut to the image's width (it names many documents): measured in the font the export
 * draws it with.
 */
export function fittedSourceLine(facts: ExportFacts, date: string, maxWidth: number, font: string): string {
  const line = sourceLine(facts, date);
  const ctx = document.createElement("canvas").getContext("2d");
  if (!ctx) return line;
  ctx.font = font;
  return fitText(line, maxWidth, (s) => ctx.measureText(s).width);
}

export function sourceLine(facts: ExportFacts, date: string): string {
  const { titles, more } = sourceDocuments(facts);
  const docs = titles.length ? ` · ${t("sourceDocs")}: ${titles.join("; ")}${more ? ` +${more}` : ""}` : "";
  return `${t("sourceLine")} · ${date}${docs}`;
}
