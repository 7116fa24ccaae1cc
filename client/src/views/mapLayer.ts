/**
 * The map's background: a canvas under sigma's WebGL layers with the neighbouring countries, China's
 * provinces and outline, and the corridors as lines through their stations, redrawn after every
 * sigma frame with the camera's transform. No tiles, no network: the outlines are bundled.
 */
import type Sigma from "sigma";
import type { CorridorFeature } from "../../../contracts/geo";
import { entityName, getLang } from "../i18n";
import { type Box, LabelCollider, placeName } from "../model/labels";
import { project } from "./mapProjection";
import { type Affine, affineFrom, applyAffine, type Ring } from "./mapShapes";

export interface MapShapes {
  countries: Ring[];
  provinces: Ring[];
  china: Ring[];
}

const LAYER = "zonegraphMap";
const CORRIDOR_COLOR = "rgba(214, 39, 40, 0.75)";

export class MapLayer {
  private readonly canvas: HTMLCanvasElement;
  private readonly draw = () => this.render();
  /** Corridor lines as drawn on the last frame, in screen pixels (for tests and hit checks). */
  drawnCorridors = new Map<string, { x: number; y: number }[]>();
  /** Corridor names as drawn on the last frame: boxes in screen pixels, none overlapping another. */
  drawnCorridorLabels = new Map<string, Box>();

  /**
   * `taken` gives the boxes of the node labels drawn in the frame (the graph view's collider) and of the
   * node discs: a corridor's name is written where it overlaps none of them, as nodes and their labels are
   * drawn over the map's layer and would otherwise print over it or hide it.
   */
  constructor(
    private readonly sigma: Sigma,
    private readonly shapes: MapShapes,
    private readonly corridors: CorridorFeature[],
    private readonly taken: () => { labels: Iterable<Box>; discs: Iterable<Box> } = () => ({
      labels: [],
      discs: [],
    }),
  ) {
    this.canvas = sigma.createCanvas(LAYER, { beforeLayer: "edges" });
    this.canvas.classList.add("map-layer");
    sigma.on("afterRender", this.draw);
  }

  private rings(ctx: CanvasRenderingContext2D, t: Affine, rings: Ring[]): void {
    ctx.beginPath();
    for (const r of rings) {
      for (let i = 0; i < r.length; i += 2) {
        const p = applyAffine(t, r[i] as number, r[i + 1] as number);
        if (i === 0) ctx.moveTo(p.x, p.y);
        else ctx.lineTo(p.x, p.y);
      }
      ctx.closePath();
    }
  }

  render(): void {
    const { width, height } = this.sigma.getDimensions();
    const ratio = window.devicePixelRatio || 1;
    if (this.canvas.width !== Math.round(width * ratio)) this.canvas.width = Math.round(width * ratio);
    if (this.canvas.height !== Math.round(height * ratio)) this.canvas.height = Math.round(height * ratio);
    const ctx = this.canvas.getContext("2d");
    if (!ctx) return;
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.clearRect(0, 0, width, height);
    ctx.fillStyle = "#eaf2f8";
    ctx.fillRect(0, 0, width, height);
    const t = affineFrom((p) => this.sigma.graphToViewport(p));
    this.rings(ctx, t, this.shapes.countries);
    ctx.fillStyle = "#f1efe9";
    ctx.strokeStyle = "#c5c1b8";
    ctx.lineWidth = 0.8;
    ctx.fill("evenodd");
    ctx.stroke();
    this.rings(ctx, t, this.shapes.provinces);
    ctx.fillStyle = "#fffdf6";
    ctx.strokeStyle = "#d3cbb8";
    ctx.fill("evenodd");
    ctx.stroke();
    this.rings(ctx, t, this.shapes.china);
    ctx.strokeStyle = "#8a8276";
    ctx.lineWidth = 1.4;
    ctx.stroke();
    this.renderCorridors(ctx, t);
  }

  private renderCorridors(ctx: CanvasRenderingContext2D, t: Affine): void {
    this.drawnCorridors.clear();
    ctx.font = '12px "Noto Sans CJK SC", "Noto Sans SC", sans-serif';
    // Names keep clear of node labels, and of node discs where they can (labels only where they cannot).
    const taken = this.taken();
    const loose = new LabelCollider();
    const strict = new LabelCollider();
    for (const b of taken.labels) {
      loose.block(b);
      strict.block(b);
    }
    for (const b of taken.discs) strict.block(b);
    for (const c of this.corridors) {
      const pts = c.geometry.coordinates.map(([lon, lat]) => {
        const p = project({ lon, lat });
        return applyAffine(t, p.x, p.y);
      });
      this.drawnCorridors.set(c.id, pts);
      ctx.beginPath();
      for (const [i, p] of pts.entries()) {
        if (i === 0) ctx.moveTo(p.x, p.y);
        else ctx.lineTo(p.x, p.y);
      }
      ctx.strokeStyle = CORRIDOR_COLOR;
      ctx.lineWidth = 3;
      ctx.setLineDash([8, 5]);
      ctx.stroke();
      ctx.setLineDash([]);
      ctx.fillStyle = CORRIDOR_COLOR;
      for (const p of pts) ctx.fillRect(p.x - 2.5, p.y - 2.5, 5, 5);
      this.labelCorridor(ctx, strict, loose, c, pts);
    }
    this.drawnCorridorLabels = loose.drawn;
  }

  /**
   * The corridor's name at its last station, else its first, else its middle one, else any other: the
   * first of these where it overlaps no name drawn before, node labels included, and preferably no node
   * disc (corridors sharing an end station wrote over each other, and nodes and their labels over
   * corridor names). None free of labels: the name is left out.
   */
  private labelCorridor(
    ctx: CanvasRenderingContext2D,
    strict: LabelCollider,
    loose: LabelCollider,
    c: CorridorFeature,
    pts: { x: number; y: number }[],
  ): void {
    const name = entityName(c.properties, getLang());
    const w = ctx.measureText(name).width;
    const first = [pts.at(-1), pts[0], pts[Math.floor(pts.length / 2)]];
    const order = [...first, ...pts.filter((q) => !first.includes(q))];
    const boxes = order.flatMap((p) => (p ? [{ x: p.x + 6, y: p.y - 19, w, h: 16 }] : []));
    const box = placeName(strict, loose, c.id, boxes);
    if (!box) return;
    ctx.fillStyle = "#8c1a1b";
    ctx.fillText(name, box.x, box.y + 13);
  }

  destroy(): void {
    this.sigma.off("afterRender", this.draw);
    this.sigma.killLayer(LAYER);
  }
}
