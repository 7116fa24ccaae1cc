/**
 * SVG export: the scene as drawn without hover or dimming (positions, sizes and colours from sigma's
 * display data in its plain state), labels placed collision-free biggest nodes first as on screen, with
 * the title band, a legend per colour mapping, and the date and source line. Sized at 2× the canvas.
 */
import { entityName, t } from "../i18n";
import type { ExportFacts } from "../model/exportFacts";
import { LabelCollider, labelBox } from "../model/labels";
import type { SceneGraph } from "../model/scene";
import { SVG_LEGEND_WIDTH, type SvgEdge, type SvgNode, sceneSvg } from "../model/svgScene";
import type { ExplorerState } from "../store/state";
import { download } from "./dom";
import { exportDate, fittedSourceLine, legendBlocks, subtitle } from "./exportText";
import type { GraphView } from "./graphView";

/** The source line's font in the SVG (svgScene writes it at 11 px in the Noto CJK family). */
const SOURCE_FONT = "11px 'Noto Sans CJK SC', 'Noto Sans SC', 'Noto Sans', sans-serif";

export const SVG_SCALE = 2;

type Point = { x: number; y: number };

/** Visible nodes in viewport pixels, biggest first, each with its label when it fits clear of the others. */
function svgNodes(view: GraphView, graph: SceneGraph, s: ExplorerState): Map<string, SvgNode> {
  const sigma = view.sigma;
  const fontSize = sigma.getSetting("labelSize");
  const ctx = document.createElement("canvas").getContext("2d");
  if (ctx) ctx.font = `${sigma.getSetting("labelWeight")} ${fontSize}px ${sigma.getSetting("labelFont")}`;
  const { width, height } = sigma.getDimensions();
  const collider = new LabelCollider();
  const out = new Map<string, SvgNode>();
  const shown = graph
    .filterNodes((_, a) => !s.hiddenTypes.has(String(a.type)))
    .map((n) => ({ n, d: sigma.getNodeDisplayData(n) }))
    .filter((x) => x.d && !x.d.hidden)
    .sort((a, b) => (b.d?.size ?? 0) - (a.d?.size ?? 0));
  for (const { n, d } of shown) {
    if (!d) continue;
    const p: Point = sigma.framedGraphToViewport(d);
    const r = sigma.scaleSize(d.size);
    const text = entityName(graph.getNodeAttributes(n)) || null;
    const inView = p.x >= 0 && p.y >= 0 && p.x <= width && p.y <= height;
    const w = text && ctx ? ctx.measureText(text).width : 0;
    const box = labelBox(p.x, p.y, r, w, fontSize);
    const label = text && inView && box.x + box.w <= width && collider.place(n, box) ? text : null;
    out.set(n, { x: p.x, y: p.y, r, color: d.color, label });
  }
  return out;
}

function svgEdges(view: GraphView, graph: SceneGraph, nodes: Map<string, SvgNode>): SvgEdge[] {
  const sigma = view.sigma;
  const out: SvgEdge[] = [];
  graph.forEachEdge((e, _a, source, target) => {
    const d = sigma.getEdgeDisplayData(e);
    const a = nodes.get(source);
    const b = nodes.get(target);
    if (!d || d.hidden || !a || !b) return;
    out.push({ x1: a.x, y1: a.y, x2: b.x, y2: b.y, color: d.color, width: Math.max(0.5, d.size) });
  });
  return out;
}

export async function exportSvg(
  view: GraphView,
  graph: SceneGraph,
  s: ExplorerState,
  colour: Map<string, number> | null,
  facts: ExportFacts,
): Promise<string> {
  const { nodes, edges } = await view.withPlainDisplay(async () => {
    view.sigma.refresh();
    const n = svgNodes(view, graph, s);
    return { nodes: n, edges: svgEdges(view, graph, n) };
  });
  const { width, height } = view.sigma.getDimensions();
  const date = exportDate();
  const svg = sceneSvg({
    width,
    height,
    scale: SVG_SCALE,
    title: t("appTitle"),
    subtitle: subtitle(graph, date),
    nodes: [...nodes.values()].reverse(),
    edges,
    legend: legendBlocks(graph, s, colour),
    source: fittedSourceLine(facts, date, width + SVG_LEGEND_WIDTH - 28, SOURCE_FONT),
    fontSize: view.sigma.getSetting("labelSize"),
  });
  download(`zonegraph-${date}.svg`, svg, "image/svg+xml");
  return svg;
}
