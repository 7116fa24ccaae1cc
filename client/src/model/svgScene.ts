/**
 * The SVG export of a scene, as a string: title and date band, the graph (edges, nodes, collision-free
 * labels) as drawn without hover or dimming, a legend per colour mapping, and the source line. Pure: the
 * caller measures and positions everything in viewport pixels; the file is sized at `scale`× those.
 */
import { xmlEscape } from "./exporters";

export interface SvgNode {
  x: number;
  y: number;
  r: number;
  color: string;
  /** Null when its label is not drawn (it would overlap another). */
  label: string | null;
}
export interface SvgEdge {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  color: string;
  width: number;
}
export interface SvgLegendRow {
  color: string;
  letter: string;
  text: string;
}
export type SvgLegendBlock =
  | { title: string; rows: SvgLegendRow[] }
  | { title: string; stops: string[]; ends: [string, string] };

export interface SvgSceneInput {
  width: number;
  height: number;
  scale: number;
  title: string;
  subtitle: string;
  nodes: SvgNode[];
  edges: SvgEdge[];
  legend: SvgLegendBlock[];
  source: string;
  fontSize: number;
}

export const SVG_HEADER = 44;
export const SVG_FOOTER = 26;
export const SVG_LEGEND_WIDTH = 240;
const FONT = "'Noto Sans CJK SC', 'Noto Sans SC', 'Noto Sans', sans-serif";
const n2 = (v: number) => String(Math.round(v * 100) / 100);

function legendSvg(blocks: SvgLegendBlock[], x: number, y0: number): string[] {
  const out: string[] = [];
  let y = y0;
  for (const b of blocks) {
    out.push(
      `<text x="${x}" y="${n2(y + 12)}" font-weight="bold" font-size="13" fill="#111">${xmlEscape(b.title)}</text>`,
    );
    y += 24;
    if ("rows" in b) {
      for (const r of b.rows) {
        out.push(`<rect x="${x}" y="${n2(y)}" width="14" height="14" fill="${xmlEscape(r.color)}"/>`);
        if (r.letter)
          out.push(
            `<text x="${x + 7}" y="${n2(y + 11)}" text-anchor="middle" font-weight="bold" font-size="10" fill="#fff">${xmlEscape(r.letter)}</text>`,
          );
        out.push(
          `<text x="${x + 20}" y="${n2(y + 11.5)}" font-size="12" fill="#222">${xmlEscape(r.text)}</text>`,
        );
        y += 20;
      }
    } else {
      b.stops.forEach((c, i) => {
        out.push(`<rect x="${x + i * 16}" y="${n2(y)}" width="16" height="12" fill="${xmlEscape(c)}"/>`);
      });
      out.push(`<text x="${x}" y="${n2(y + 26)}" font-size="11" fill="#444">${xmlEscape(b.ends[0])}</text>`);
      out.push(
        `<text x="${x + 150}" y="${n2(y + 26)}" font-size="11" fill="#444">${xmlEscape(b.ends[1])}</text>`,
      );
      y += 34;
    }
    y += 10;
  }
  return out;
}

function graphSvg(input: SvgSceneInput): string[] {
  const out = [`<g transform="translate(0 ${SVG_HEADER})">`, `<g class="edges" fill="none">`];
  for (const e of input.edges)
    out.push(
      `<line x1="${n2(e.x1)}" y1="${n2(e.y1)}" x2="${n2(e.x2)}" y2="${n2(e.y2)}" stroke="${xmlEscape(e.color)}" stroke-width="${n2(e.width)}"/>`,
    );
  out.push("</g>", `<g class="nodes">`);
  for (const n of input.nodes)
    out.push(`<circle cx="${n2(n.x)}" cy="${n2(n.y)}" r="${n2(n.r)}" fill="${xmlEscape(n.color)}"/>`);
  out.push("</g>", `<g class="labels" font-size="${input.fontSize}" fill="#000">`);
  for (const n of input.nodes)
    if (n.label)
      out.push(
        `<text x="${n2(n.x + n.r + 3)}" y="${n2(n.y + input.fontSize / 3)}">${xmlEscape(n.label)}</text>`,
      );
  out.push("</g>", "</g>");
  return out;
}

export function sceneSvg(input: SvgSceneInput): string {
  const W = input.width + SVG_LEGEND_WIDTH;
  const H = input.height + SVG_HEADER + SVG_FOOTER;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${n2(W * input.scale)}" height="${n2(H * input.scale)}" viewBox="0 0 ${n2(W)} ${n2(H)}" font-family="${FONT}">`,
    `<title>${xmlEscape(input.title)}</title>`,
    `<rect width="${n2(W)}" height="${n2(H)}" fill="#fff"/>`,
    `<text x="14" y="28" font-weight="bold" font-size="18" fill="#111">${xmlEscape(input.title)}</text>`,
    `<text x="334" y="28" font-size="12" fill="#555">${xmlEscape(input.subtitle)}</text>`,
    ...graphSvg(input),
    `<line x1="${n2(input.width + 0.5)}" y1="${SVG_HEADER}" x2="${n2(input.width + 0.5)}" y2="${n2(SVG_HEADER + input.height)}" stroke="#ddd"/>`,
    `<g class="legend">`,
    ...legendSvg(input.legend, input.width + 14, SVG_HEADER + 8),
    "</g>",
    `<text class="source" x="14" y="${n2(SVG_HEADER + input.height + 18)}" font-size="11" fill="#666">${xmlEscape(input.source)}</text>`,
    "</svg>",
    "",
  ].join("\n");
}
