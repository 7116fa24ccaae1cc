/**
 * PNG export: the scene as drawn, without hover or dimming, at twice the screen resolution, with a title, a
 * legend (node types, or the active metric's scale), the date and a source line.
 */
import { drawOnCanvas } from "@sigma/export-image";
import { entityName, t } from "../i18n";
import type { ExportFacts } from "../model/exportFacts";
import { LabelCollider, labelBox } from "../model/labels";
import type { SceneGraph } from "../model/scene";
import type { SvgLegendBlock } from "../model/svgScene";
import type { ExplorerState } from "../store/state";
import { download } from "./dom";
import { exportDate, fittedSourceLine, legendBlocks, subtitle } from "./exportText";
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

/** The legend blocks (one per colour mapping) shared with the SVG export. */
function drawLegend(ctx: CanvasRenderingContext2D, blocks: SvgLegendBlock[], x: number, y0: number): void {
  let y = y0;
  for (const b of blocks) {
    ctx.fillStyle = "#111111";
    ctx.font = `bold 13px ${FONT}`;
    ctx.fillText(b.title, x, y + 12);
    y += 24;
    if ("rows" in b) {
      for (const r of b.rows) {
        ctx.fillStyle = r.color;
        ctx.fillRect(x, y, 14, 14);
        if (r.letter) {
          ctx.fillStyle = "#ffffff";
          ctx.font = `bold 10px ${FONT}`;
          ctx.fillText(r.letter, x + 3.5, y + 11);
        }
        ctx.fillStyle = "#222222";
        ctx.font = `12px ${FONT}`;
        ctx.fillText(r.text, x + 20, y + 11.5);
        y += 20;
      }
    } else {
      b.stops.forEach((c, i) => {
        ctx.fillStyle = c;
        ctx.fillRect(x + i * 16, y, 16, 12);
      });
      ctx.fillStyle = "#444444";
      ctx.font = `11px ${FONT}`;
      ctx.fillText(b.ends[0], x, y + 26);
      ctx.fillText(b.ends[1], x + 150, y + 26);
      y += 34;
    }
    y += 10;
  }
}

export async function exportPng(
  view: GraphView,
  graph: SceneGraph,
  s: ExplorerState,
  colour: Map<string, number> | null,
  facts: ExportFacts,
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
  const date = exportDate();
  ctx.fillStyle = "#111111";
  ctx.font = `bold 18px ${FONT}`;
  ctx.fillText(t("appTitle"), 14, 28);
  ctx.font = `12px ${FONT}`;
  ctx.fillStyle = "#555555";
  ctx.fillText(subtitle(graph, date), 14 + 320, 28);
  ctx.strokeStyle = "#dddddd";
  ctx.strokeRect(w + 0.5, HEADER, 0, h);
  ctx.save();
  ctx.translate(0, HEADER);
  drawNodeLabels(ctx, view, graph, s);
  ctx.restore();
  drawLegend(ctx, legendBlocks(graph, s, colour), w + 14, HEADER + 8);
  ctx.fillStyle = "#666666";
  ctx.font = `11px ${FONT}`;
  const font = `11px ${FONT}`;
  ctx.fillText(fittedSourceLine(facts, date, w + LEGEND_WIDTH - 28, font), 14, HEADER + h + 18);
  const blob = await new Promise<Blob | null>((resolve) => out.toBlob(resolve, "image/png"));
  if (blob) download(`zonegraph-${date}.png`, blob, "image/png");
}
