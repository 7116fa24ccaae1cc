/** Sigma renderer controller: reducers, ForceAtlas2 worker, drag, hover, lasso, camera. */
import { createNodeImageProgram } from "@sigma/node-image";
import forceAtlas2 from "graphology-layout-forceatlas2";
import FA2Layout from "graphology-layout-forceatlas2/worker";
import Sigma from "sigma";
import {
  createNodeCompoundProgram,
  drawDiscNodeLabel,
  NodeCircleProgram,
  type NodeLabelDrawingFunction,
} from "sigma/rendering";
import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";
import { entityName, getLang, relName } from "../i18n";
import { type Point, pointInPolygon } from "../model/geometry";
import { LabelCollider, labelBox } from "../model/labels";
import type { SceneGraph } from "../model/scene";
import {
  communityColor,
  DIM_COLOR,
  edgeColor,
  HIGHLIGHT_COLOR,
  sequentialColor,
  sizeForDegree,
  sizeForNormalised,
  typeStyle,
} from "../model/styling";
import type { ExplorerState } from "../store/state";
import { APPLIED_COLOR } from "../views/timeModel";
import { stageEdge, statusPictogram } from "./statusStyle";

/** What the view draws from: the store's state and the metric values derived from it. */
export interface DisplaySource {
  readonly state: ExplorerState;
  readonly metrics: { colour: Map<string, number> | null; size: Map<string, number> | null };
}

export interface GraphViewEvents {
  clickNode(id: string, ev: MouseEvent | undefined): void;
  doubleClickNode(id: string): void;
  clickEdge(id: string): void;
  clickStage(): void;
  lasso(ids: string[], additive: boolean): void;
  nodeMoved(): void;
}

const NodeProgram = createNodeCompoundProgram([
  NodeCircleProgram,
  createNodeImageProgram({
    drawingMode: "color",
    colorAttribute: "pictoColor",
    padding: 0.22,
    keepWithinCircle: true,
  }),
]);

/** Above these sizes, edges and labels are hidden while the camera moves. */
export const LARGE_SCENE_NODES = 800;
export const LARGE_SCENE_EDGES = 1500;

const LABEL_FONT = '"Noto Sans CJK SC", "Noto Sans SC", "Noto Sans", sans-serif';

export class GraphView {
  readonly sigma: Sigma;
  private layout: FA2Layout | null = null;
  private layoutTimer: ReturnType<typeof setTimeout> | undefined;
  private dragged: string | null = null;
  private dragWasFixed = false;
  private dragMoved = false;
  private lassoCanvas: HTMLCanvasElement;
  private lassoPoints: Point[] | null = null;
  private swallowClick = false;
  private big = false;
  private cleanup: (() => void)[] = [];
  private hovered: string | null = null;
  /** While true the reducers draw the scene without selection, focus dimming or hover (exports). */
  private plain = false;
  /** Labels drawn in the last frame, each clear of the others (a label that would overlap is skipped). */
  readonly labels = new LabelCollider();
  private readonly labelWidths = new Map<string, number>();
  onLayoutChange: (running: boolean) => void = () => {};

  constructor(
    readonly container: HTMLElement,
    private readonly graph: SceneGraph,
    private readonly src: DisplaySource,
    private readonly events: GraphViewEvents,
  ) {
    this.big = graph.order > LARGE_SCENE_NODES || graph.size > LARGE_SCENE_EDGES;
    this.sigma = new Sigma(graph, container, {
      allowInvalidContainer: true,
      defaultNodeType: "pictogram",
      nodeProgramClasses: { pictogram: NodeProgram },
      defaultEdgeType: "arrow",
      renderEdgeLabels: true,
      enableEdgeEvents: true,
      labelFont: LABEL_FONT,
      labelSize: 13,
      labelWeight: "500",
      edgeLabelFont: LABEL_FONT,
      edgeLabelSize: 11,
      labelDensity: 0.6,
      labelGridCellSize: 80,
      labelRenderedSizeThreshold: 7,
      zIndex: true,
      minEdgeThickness: 1,
      defaultDrawNodeLabel: this.drawLabel,
      nodeReducer: (node, data) => this.nodeReducer(node, data),
      edgeReducer: (edge, data) => this.edgeReducer(edge, data),
    });
    this.adaptToScale();
    this.sigma.on("beforeRender", () => this.labels.reset());
    this.lassoCanvas = document.createElement("canvas");
    this.lassoCanvas.className = "lasso-layer";
    container.append(this.lassoCanvas);
    this.bindEvents();
    // The stage changes size without a window resize (console split pane, panels): sigma must follow, or
    // its canvas keeps the old size and draws over its neighbours.
    const ro = new ResizeObserver(() => this.sigma.scheduleRefresh());
    ro.observe(container);
    this.cleanup.push(() => ro.disconnect());
  }

  private drawLabel: NodeLabelDrawingFunction = (context, data, settings) => {
    if (!data.label) return;
    context.font = `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;
    const cacheKey = `${context.font}|${data.label}`;
    let width = this.labelWidths.get(cacheKey);
    if (width === undefined) {
      width = context.measureText(data.label).width;
      if (this.labelWidths.size > 50_000) this.labelWidths.clear();
      this.labelWidths.set(cacheKey, width);
    }
    const key = (data as { key?: string }).key ?? `${data.x},${data.y}`;
    if (!this.labels.place(key, labelBox(data.x, data.y, data.size, width, settings.labelSize))) return;
    drawDiscNodeLabel(context, data, settings);
  };

  private nodeSize(node: string, data: Record<string, unknown>): number {
    const s = this.src.state;
    const values = this.src.metrics.size;
    if (s.sizeBy !== "degree" && values) return sizeForNormalised(values.get(node) ?? 0);
    const deg = typeof data.degree === "number" ? data.degree : this.graph.degree(node);
    return sizeForDegree(deg);
  }

  /** The drawn radius of a node in screen pixels (as the node reducer sizes it). */
  nodePixelSize(node: string): number {
    return this.nodeSize(node, this.graph.getNodeAttributes(node));
  }

  /**
   * Graph units per screen pixel when the camera shows the whole scene (camera reset), to express drawn
   * sizes in graph coordinates for layout code. 0 when sigma has no usable dimensions.
   */
  graphUnitsPerPixel(): number {
    const override = { cameraState: { x: 0.5, y: 0.5, ratio: 1, angle: 0 } };
    const a = this.sigma.viewportToGraph({ x: 0, y: 0 }, override);
    const b = this.sigma.viewportToGraph({ x: 100, y: 0 }, override);
    const u = Math.hypot(b.x - a.x, b.y - a.y) / 100;
    return Number.isFinite(u) && u > 0 ? u : 0;
  }

  private nodeColor(node: string, type: unknown): string {
    const s = this.src.state;
    const values = this.src.metrics.colour;
    if (s.colourBy === "community" && values) return communityColor(values.get(node) ?? 0);
    if (s.colourBy !== "type" && values) return sequentialColor(values.get(node) ?? 0);
    return typeStyle(type).color;
  }

  private nodeReducer(node: string, data: Record<string, unknown>): Partial<NodeDisplayData> {
    const s = this.src.state;
    const type = data.type;
    // Never pass `type` through: sigma would read the entity type as a program name.
    if (typeof type === "string" && s.hiddenTypes.has(type))
      return { x: data.x as number, y: data.y as number, hidden: true };
    const style = typeStyle(type);
    const res: Partial<NodeDisplayData> & Record<string, unknown> = {
      x: data.x as number,
      y: data.y as number,
      label: entityName(data, getLang()),
      size: this.nodeSize(node, data),
      color: data.status === "applied" ? APPLIED_COLOR : this.nodeColor(node, type),
      image: statusPictogram(style.letter, data),
      pictoColor: "#ffffff",
      zIndex: 1,
    };
    if (this.plain) return res;
    const selected = node === s.selectedNode || s.lasso.has(node);
    if (s.focusNodes && !s.focusNodes.has(node) && !selected) {
      res.color = DIM_COLOR;
      res.pictoColor = "#f8f8f8";
      res.label = "";
      res.zIndex = 0;
    } else if (s.focusNodes) {
      res.forceLabel = true;
      res.zIndex = 2;
    }
    if (selected) {
      res.highlighted = true;
      res.forceLabel = true;
      res.zIndex = 3;
    }
    if (node === this.hovered) res.forceLabel = true;
    return res;
  }

  private edgeReducer(edge: string, data: Record<string, unknown>): Partial<EdgeDisplayData> {
    const s = this.src.state;
    const type = data.type;
    if (typeof type === "string" && s.hiddenRels.has(type)) return { hidden: true };
    const res: Partial<EdgeDisplayData> = {
      // Arrowheads cost a second program pass per edge and are unreadable in a big scene anyway.
      type: this.big ? "line" : "arrow",
      color: edgeColor(type),
      size: type === "CO_OCCURS" ? 0.6 : 1.2,
      label: undefined,
      zIndex: 0,
    };
    const stage = stageEdge(data);
    if (stage) Object.assign(res, stage);
    if (this.plain) return res;
    if (s.focusEdges) {
      if (s.focusEdges.has(edge) || edge === s.selectedEdge) {
        res.color = edge === s.selectedEdge ? "#d62728" : HIGHLIGHT_COLOR;
        res.size = 3;
        res.label = stage
          ? `${relName(String(type), getLang())} · ${stage.label}`
          : relName(String(type), getLang());
        res.forceLabel = true;
        res.zIndex = 2;
      } else {
        res.color = "#f0f0f0";
      }
    } else if (s.focusNodes) {
      res.color = "#f0f0f0";
    }
    return res;
  }

  /** Run `fn` (an export) with the plain display: no selection, dimming or hover. */
  async withPlainDisplay<T>(fn: () => Promise<T>): Promise<T> {
    this.plain = true;
    // The export's own renderer draws its labels through the same collider: start it empty.
    this.labels.reset();
    try {
      return await fn();
    } finally {
      this.plain = false;
      this.sigma.refresh();
    }
  }

  refresh(): void {
    this.adaptToScale();
    const density = this.src.state.labelDensity;
    if (this.sigma.getSetting("labelDensity") !== density) this.sigma.setSetting("labelDensity", density);
    this.sigma.refresh({ skipIndexation: false });
  }

  /**
   * Big scenes draw only nodes while the camera moves (pan, zoom, animation): edges and labels come back on
   * the first still frame. Below the threshold everything is drawn all the time.
   */
  private adaptToScale(): void {
    const big = this.graph.order > LARGE_SCENE_NODES || this.graph.size > LARGE_SCENE_EDGES;
    this.big = big;
    if (this.sigma.getSetting("hideEdgesOnMove") !== big) {
      this.sigma.setSetting("hideEdgesOnMove", big);
      this.sigma.setSetting("hideLabelsOnMove", big);
    }
  }

  private bindEvents(): void {
    const s = this.sigma;
    s.on("clickNode", ({ node, event }) => {
      if (this.dragMoved) return;
      this.events.clickNode(node, event.original as MouseEvent | undefined);
    });
    s.on("doubleClickNode", ({ node, preventSigmaDefault }) => {
      preventSigmaDefault();
      this.events.doubleClickNode(node);
    });
    s.on("clickEdge", ({ edge }) => this.events.clickEdge(edge));
    s.on("clickStage", () => this.events.clickStage());
    // Hover costs no WebGL frame: sigma draws the hovered node and its label on its own 2D layer, so
    // nothing is refreshed here (a refresh redraws every node and edge — seconds at 5k/20k in SwiftShader).
    s.on("enterNode", ({ node }) => {
      this.hovered = node;
      this.container.classList.add("hovering");
    });
    s.on("leaveNode", () => {
      this.hovered = null;
      this.container.classList.remove("hovering");
    });
    // Drag nodes.
    s.on("downNode", ({ node }) => {
      this.dragged = node;
      this.dragMoved = false;
      this.dragWasFixed = this.graph.getNodeAttribute(node, "fixed") === true;
      this.graph.setNodeAttribute(node, "fixed", true);
      if (!s.getCustomBBox()) s.setCustomBBox(s.getBBox());
    });
    s.on("moveBody", ({ event }) => {
      if (!this.dragged) return;
      const pos = s.viewportToGraph(event);
      this.graph.mergeNodeAttributes(this.dragged, { x: pos.x, y: pos.y });
      this.dragMoved = true;
      event.preventSigmaDefault();
      event.original.preventDefault();
      event.original.stopPropagation();
    });
    const up = () => {
      if (!this.dragged) return;
      if (!this.dragWasFixed) this.graph.removeNodeAttribute(this.dragged, "fixed");
      this.dragged = null;
      if (this.dragMoved) this.events.nodeMoved();
      setTimeout(() => {
        this.dragMoved = false;
      }, 0);
    };
    s.on("upNode", up);
    s.on("upStage", up);

    // Lasso: Shift + drag on the stage draws a free-form selection.
    const wrapper = this.container;
    const down = (e: MouseEvent) => {
      if (!e.shiftKey || e.button !== 0) return;
      e.stopPropagation();
      e.preventDefault();
      const r = wrapper.getBoundingClientRect();
      this.lassoCanvas.width = r.width;
      this.lassoCanvas.height = r.height;
      this.lassoPoints = [{ x: e.clientX - r.left, y: e.clientY - r.top }];
    };
    const move = (e: MouseEvent) => {
      if (!this.lassoPoints) return;
      e.stopPropagation();
      const r = wrapper.getBoundingClientRect();
      this.lassoPoints.push({ x: e.clientX - r.left, y: e.clientY - r.top });
      this.drawLasso();
    };
    const finish = (e: MouseEvent) => {
      if (!this.lassoPoints) return;
      e.stopPropagation();
      const poly = this.lassoPoints;
      this.lassoPoints = null;
      // The browser follows mousedown+mouseup with a click, which sigma would turn into "clickStage"
      // (clearing the selection just made); swallow that one click.
      this.swallowClick = true;
      setTimeout(() => {
        this.swallowClick = false;
      }, 0);
      this.lassoCanvas.getContext("2d")?.clearRect(0, 0, this.lassoCanvas.width, this.lassoCanvas.height);
      if (poly.length < 3) return;
      const inside: string[] = [];
      this.graph.forEachNode((node) => {
        const d = s.getNodeDisplayData(node);
        if (!d || d.hidden) return;
        const vp = s.framedGraphToViewport(d);
        if (pointInPolygon(vp, poly)) inside.push(node);
      });
      this.events.lasso(inside, e.ctrlKey || e.metaKey);
    };
    const click = (e: MouseEvent) => {
      if (!this.swallowClick) return;
      this.swallowClick = false;
      e.stopPropagation();
    };
    wrapper.addEventListener("click", click, true);
    wrapper.addEventListener("mousedown", down, true);
    window.addEventListener("mousemove", move, true);
    window.addEventListener("mouseup", finish, true);
    this.cleanup.push(() => {
      wrapper.removeEventListener("click", click, true);
      wrapper.removeEventListener("mousedown", down, true);
      window.removeEventListener("mousemove", move, true);
      window.removeEventListener("mouseup", finish, true);
    });
  }

  private drawLasso(): void {
    const ctx = this.lassoCanvas.getContext("2d");
    const pts = this.lassoPoints;
    if (!ctx || !pts || pts.length < 2) return;
    ctx.clearRect(0, 0, this.lassoCanvas.width, this.lassoCanvas.height);
    ctx.beginPath();
    const first = pts[0] as Point;
    ctx.moveTo(first.x, first.y);
    for (const p of pts) ctx.lineTo(p.x, p.y);
    ctx.closePath();
    ctx.fillStyle = "rgba(31,119,180,0.08)";
    ctx.strokeStyle = "#1f77b4";
    ctx.setLineDash([6, 4]);
    ctx.lineWidth = 1.5;
    ctx.fill();
    ctx.stroke();
  }

  /** Run ForceAtlas2 in a web worker for a while (longer for bigger scenes), keeping pinned nodes fixed. */
  runLayout(ms?: number): void {
    this.stopLayout();
    if (this.graph.order < 2) return;
    const settings = forceAtlas2.inferSettings(this.graph);
    this.layout = new FA2Layout(this.graph, {
      settings: { ...settings, barnesHutOptimize: this.graph.order > 400, slowDown: 5, adjustSizes: false },
    });
    this.sigma.setCustomBBox(null);
    this.layout.start();
    this.onLayoutChange(true);
    const duration = ms ?? Math.min(6000, 1200 + this.graph.order * 2);
    this.layoutTimer = setTimeout(() => this.stopLayout(), duration);
  }

  get layoutRunning(): boolean {
    return this.layout?.isRunning() ?? false;
  }

  stopLayout(): void {
    if (this.layoutTimer) clearTimeout(this.layoutTimer);
    this.layoutTimer = undefined;
    if (this.layout) {
      this.layout.kill();
      this.layout = null;
      this.onLayoutChange(false);
      const ids = this.pendingFit;
      this.pendingFit = null;
      if (ids) requestAnimationFrame(() => this.frame(ids));
    }
  }

  focusNode(id: string, ratio = 0.35): void {
    const d = this.sigma.getNodeDisplayData(id);
    if (!d) return;
    this.sigma.getCamera().animate({ x: d.x, y: d.y, ratio }, { duration: 400 });
  }

  private pendingFit: string[] | null = null;

  /** Frame these nodes (now, and again when the running layout stops, as positions still move). */
  fitNodes(ids: string[]): void {
    this.pendingFit = this.layoutRunning ? ids : null;
    this.frame(ids);
  }

  private frame(ids: string[]): void {
    let minX = Number.POSITIVE_INFINITY;
    let minY = Number.POSITIVE_INFINITY;
    let maxX = Number.NEGATIVE_INFINITY;
    let maxY = Number.NEGATIVE_INFINITY;
    for (const id of ids) {
      const d = this.graph.hasNode(id) ? this.sigma.getNodeDisplayData(id) : undefined;
      if (!d) continue;
      minX = Math.min(minX, d.x);
      maxX = Math.max(maxX, d.x);
      minY = Math.min(minY, d.y);
      maxY = Math.max(maxY, d.y);
    }
    if (!Number.isFinite(minX)) return;
    // Display coordinates are normalised to the graph's extent, as is the camera (ratio 1 = everything).
    const ratio = Math.min(1, Math.max(0.12, Math.max(maxX - minX, maxY - minY) * 1.6));
    this.sigma.getCamera().animate({ x: (minX + maxX) / 2, y: (minY + maxY) / 2, ratio }, { duration: 400 });
  }

  fit(): void {
    this.pendingFit = null;
    this.sigma.setCustomBBox(null);
    this.sigma.getCamera().animatedReset({ duration: 300 });
  }

  kill(): void {
    this.stopLayout();
    for (const c of this.cleanup) c();
    this.sigma.kill();
  }
}
