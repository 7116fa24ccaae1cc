/**
 * PNG export: the scene as drawn, without hover or dimming, at twice the screen resolution, with a title, a
 * legend (node types, or the active metric's scale), the date and a source line.
 */
import { drawOnCanvas } from "@sigma/export-image";
import { entityName, t, typeName } from "../i18n";
import { LabelCollider, labelBox } from "../model/labels";
import { communityEntries, gradientStops, type LegendEntry, typeEntries } from "../model/legendEntries";
import type { SceneGraph } from "../model/scene";
import type { ExplorerState } from "../store/state";
import { download } from "./dom";
import type { GraphView } from "./graphView";

export const PNG_SCALE = 2;
export const LEGEND_WIDTH = 220;
const HEADER = 44;
const FOOTER = 26;
const FONT = '"Noto Sans CJK SC", "Noto Sans SC", "Noto Sans", sans-serif';

/** The graph layers at PNG_SCALE× pixels (devicePixelRatio is what sigma sizes its canvases by). */
async function graphCanvas(view: GraphView): Promise<HTMLCanvasElement> {
  const original = Object.getOwnPropertyDescriptor(window, "devicePixelRatio");
  const base = window.devicePixelRatio || 1;
  Object.defineProperty(window, "devicePixelRatio", { configurable: true, get: () => base * PNG_SCALE });
  try {
    return await view.withPlainDisplay(() =>
      drawOnCanvas(view.sigma, {
        layers: ["edges", "nodes"],
        backgroundColor: "#ffffff",
      }),
    );
  } finally {
    if (original) Object.defineProperty(window, "devicePixelRatio", original);
    else Reflect.deleteProperty(window, "devicePixelRatio");
  }
}

/** Node labels, biggest nodes first, each clear of the others (as on screen). */
function drawNodeLabels(
  ctx: CanvasRenderingContext2D,
  view: GraphView,
  graph: SceneGraph,
  s: ExplorerState,
): void {
  const sigma = view.sigma;
  const fontSize = sigma.getSetting("labelSize");
  ctx.font = `${sigma.getSetting("labelWeight")} ${fontSize}px ${FONT}`;
  ctx.fillStyle = "#000000";
  const { width, height } = sigma.getDimensions();
  const nodes = graph
    .filterNodes((_, a) => !s.hiddenTypes.has(String(a.type)))
    .map((n) => ({ n, d: sigma.getNodeDisplayData(n) }))
    .filter((x) => x.d && !x.d.hidden)
    .sort((a, b) => (b.d?.size ?? 0) - (a.d?.size ?? 0));
  const collider = new LabelCollider();
  for (const { n, d } of nodes) {
    if (!d) continue;
    const p = sigma.framedGraphToViewport(d);
    if (p.x < 0 || p.y < 0 || p.x > width || p.y > height) continue;
    const r = sigma.scaleSize(d.size);
    const label = entityName(graph.getNodeAttributes(n));
    if (!label) continue;
    const box = labelBox(p.x, p.y, r, ctx.measureText(label).width, fontSize);
    if (box.x + box.w > width || !collider.place(n, box)) continue;
    ctx.fillText(label, p.x + r + 3, p.y + fontSize / 3);
  }
}

function drawEntries(
  ctx: CanvasRenderingContext2D,
  entries: LegendEntry[],
  x: number,
  y0: number,
  name: (k: string) => string,
): number {
  let y = y0;
  for (const e of entries) {
    ctx.fillStyle = e.color;
    ctx.fillRect(x, y, 14, 14);
    if (e.letter) {
      ctx.fillStyle = "#ffffff";
      ctx.font = `bold 10px ${FONT}`;
      ctx.fillText(e.letter, x + 3.5, y + 11);
    }
    ctx.fillStyle = "#222222";
    ctx.font = `12px ${FONT}`;
    ctx.fillText(`${name(e.key)} (${e.count})`, x + 20, y + 11.5);
    y += 20;
  }
  return y;
}

function drawLegend(
  ctx: CanvasRenderingContext2D,
  x: number,
  y: number,
  s: ExplorerState,
  graph: SceneGraph,
  colour: Map<string, number> | null,
): void {
  ctx.fillStyle = "#111111";
  ctx.font = `bold 13px ${FONT}`;
  ctx.fillText(t("legend"), x, y + 12);
  let at = drawEntries(ctx, typeEntries(graph, s), x, y + 24, (k) => typeName(k));
  if (s.colourBy === "type" || !colour) return;
  ctx.fillStyle = "#111111";
  ctx.font = `bold 13px ${FONT}`;
  ctx.fillText(t(s.colourBy === "community" ? "community" : s.colourBy), x, at + 18);
  at += 28;
  if (s.colourBy === "community") {
    drawEntries(ctx, communityEntries(colour), x, at, (k) => k);
    return;
  }
  gradientStops().forEach((c, i) => {
    ctx.fillStyle = c;
    ctx.fillRect(x + i * 16, at, 16, 12);
  });
  ctx.fillStyle = "#444444";
  ctx.font = `11px ${FONT}`;
  ctx.fillText(t("low"), x, at + 26);
  ctx.fillText(t("high"), x + 150, at + 26);
}

export async function exportPng(
  view: GraphView,
  graph: SceneGraph,
  s: ExplorerState,
  colour: Map<string, number> | null,
): Promise<void> {
  const g = await graphCanvas(view);
  const w = g.width / PNG_SCALE;
  const h = g.height / PNG_SCALE;
  const out = document.createElement("canvas");
  out.width = (w + LEGEND_WIDTH) * PNG_SCALE;
  out.height = (h + HEADER + FOOTER) * PNG_SCALE;
  const ctx = out.getContext("2d");
  if (!ctx) return;
  ctx.fillStyle = "#ffffff";
  ctx.fillRect(0, 0, out.width, out.height);
  ctx.drawImage(g, 0, HEADER * PNG_SCALE);
  ctx.scale(PNG_SCALE, PNG_SCALE);
  const date = new Date().toISOString().slice(0, 10);
  ctx.fillStyle = "#111111";
  ctx.font = `bold 18px ${FONT}`;
  ctx.fillText(t("appTitle"), 14, 28);
  ctx.font = `12px ${FONT}`;
  ctx.fillStyle = "#555555";
  ctx.fillText(`${graph.order} ${t("nodes")} · ${graph.size} ${t("edges")} · ${date}`, 14 + 320, 28);
  ctx.strokeStyle = "#dddddd";
  ctx.strokeRect(w + 0.5, HEADER, 0, h);
  ctx.save();
  ctx.translate(0, HEADER);
  drawNodeLabels(ctx, view, graph, s);
  ctx.restore();
  drawLegend(ctx, w + 14, HEADER + 8, s, graph, colour);
  ctx.fillStyle = "#666666";
  ctx.font = `11px ${FONT}`;
  ctx.fillText(`${t("sourceLine")} · ${date}`, 14, HEADER + h + 18);
  const blob = await new Promise<Blob | null>((resolve) => out.toBlob(resolve, "image/png"));
  if (blob) download(`zonegraph-${date}.png`, blob, "image/png");
}
