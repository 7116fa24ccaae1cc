/** Sigma renderer controller: reducers, ForceAtlas2 worker, drag, hover, lasso, camera. */
import { createNodeImageProgram } from "@sigma/node-image";
import Sigma from "sigma";
import {
  createNodeCompoundProgram,
  drawDiscNodeLabel,
  NodeCircleProgram,
  type NodeLabelDrawingFunction,
} from "sigma/rendering";
import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";
import { animateNodes } from "sigma/utils";
import { entityName, getLang, relName } from "../i18n";
import { layoutIterations } from "../layout/budget";
import type { LayoutJob, LayoutNode, Positions } from "../layout/job";
import { LayoutRunner } from "../layout/runner";
import type { LayoutSettings } from "../layout/settings";
import { edgeShown, nodeShown } from "../model/filters";
import { fitText } from "../model/fitText";
import { bbox, type Point, pointInPolygon } from "../model/geometry";
import { type Box, LabelCollider, labelBoxInView, labelGridCellSize } from "../model/labels";
import type { SceneGraph } from "../model/scene";
import { ruleStyle } from "../model/styleRules";
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
import { DEFAULT_LABEL_DENSITY, type ExplorerState } from "../store/state";
import { APPLIED_COLOR } from "../views/timeModel";
import { debounce } from "./dom";
import { labelFitCamera } from "./labelFitCamera";
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
/** Big scenes draw the labels of nodes drawn at least this big (pixels). */
const LARGE_SCENE_LABEL_THRESHOLD = 7;
/** A window resize re-fits the scene once no resize event came for this long. */
const RESIZE_REFIT_MS = 250;

const LABEL_FONT = '"Noto Sans CJK SC", "Noto Sans SC", "Noto Sans", sans-serif';

export class GraphView {
  readonly sigma: Sigma;
  private readonly runner = new LayoutRunner();
  private stopAnimation: (() => void) | null = null;
  /** The positions the running animation eases to; sigma's animateNodes reads this object on every frame. */
  private animTargets: Record<string, { x: number; y: number }> = {};
  private running: { done(applied: boolean): void } | null = null;
  /** Layouts applied so far (tests wait on it). */
  layoutsDone = 0;
  private dragged: string | null = null;
  private dragWasFixed = false;
  private dragMoved = false;
  private lassoCanvas: HTMLCanvasElement;
  private lassoPoints: Point[] | null = null;
  private swallowClick = false;
  private big = false;
  /** The scale mode whose settings sigma has (null: none yet). */
  private scaleApplied: boolean | null = null;
  private cleanup: (() => void)[] = [];
  private hovered: string | null = null;
  /** While true the reducers draw the scene without selection, focus dimming or hover (exports). */
  private plain = false;
  /** Labels drawn in the last frame, each clear of the others (a label that would overlap is skipped). */
  readonly labels = new LabelCollider();
  private readonly labelWidths = new Map<string, number>();
  /**
   * Boxes (screen pixels) no label may cover, taken once per frame before the first label is placed: the map
   * gives its node discs, so a label is not written over another node (nodes sharing a city sit close).
   */
  labelObstacles: (() => Iterable<Box>) | null = null;
  private obstaclesPending = false;
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
      labelDensity: DEFAULT_LABEL_DENSITY,
      labelGridCellSize: labelGridCellSize(DEFAULT_LABEL_DENSITY),
      labelRenderedSizeThreshold: LARGE_SCENE_LABEL_THRESHOLD,
      zIndex: true,
      minEdgeThickness: 1,
      defaultDrawNodeLabel: this.drawLabel,
      nodeReducer: (node, data) => this.nodeReducer(node, data),
      edgeReducer: (edge, data) => this.edgeReducer(edge, data),
    });
    this.adaptToScale();
    this.sigma.on("beforeRender", () => {
      this.labels.reset();
      this.obstaclesPending = true;
    });
    this.followDrops();
    this.lassoCanvas = document.createElement("canvas");
    this.lassoCanvas.className = "lasso-layer";
    container.append(this.lassoCanvas);
    this.bindEvents();
    // The stage changes size without a window resize (console split pane, panels): sigma must follow, or
    // its canvas keeps the old size and draws over its neighbours.
    const ro = new ResizeObserver(() => this.sigma.scheduleRefresh());
    ro.observe(container);
    this.cleanup.push(() => ro.disconnect());
    // A window resize (another screen, a rotated tablet, a split window) re-fits the scene once the size
    // settles, so no part of it is left off screen or lost in a corner.
    let alive = true;
    const refit = debounce(() => alive && this.fit(), RESIZE_REFIT_MS);
    window.addEventListener("resize", refit);
    this.cleanup.push(() => {
      alive = false;
      window.removeEventListener("resize", refit);
    });
  }

  /** A label's drawn width in pixels, measured once per font and text (the context's font is set then). */
  private labelWidth(context: CanvasRenderingContext2D, font: string, label: string): number {
    const cacheKey = `${font}|${label}`;
    let width = this.labelWidths.get(cacheKey);
    if (width === undefined) {
      context.font = font;
      width = context.measureText(label).width;
      if (this.labelWidths.size > 50_000) this.labelWidths.clear();
      this.labelWidths.set(cacheKey, width);
    }
    return width;
  }

  private drawLabel: NodeLabelDrawingFunction = (context, data, settings) => {
    if (!data.label) return;
    if (this.obstaclesPending) {
      // Read here, not in beforeRender: the display data of this frame is computed by now.
      this.obstaclesPending = false;
      for (const b of this.labelObstacles?.() ?? []) this.labels.block(b);
    }
    // No font parse per label per frame: sigma's drawDiscNodeLabel sets the font it draws with.
    const font = `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;
    const width = this.labelWidth(context, font, data.label);
    const key = (data as { key?: string }).key ?? `${data.x},${data.y}`;
    // The canvas width in CSS pixels (sigma scales its contexts by the pixel ratio; exports by their own).
    const viewWidth = context.canvas.width / (context.getTransform().a || 1);
    const { box, flipped } = labelBoxInView(data.x, data.y, data.size, width, settings.labelSize, viewWidth);
    // Room on neither side: the label is cut with an ellipsis at the edge, not in the middle of a letter.
    const label =
      box.x + box.w > viewWidth
        ? fitText(data.label, viewWidth - box.x - 2, (t) => this.labelWidth(context, font, t))
        : data.label;
    if (label !== data.label) box.w = this.labelWidth(context, font, label);
    let left = flipped;
    if (!this.labels.place(key, box)) {
      // With obstacles (the map's discs), a label blocked on its right may fit on the left of its disc.
      const other = { ...box, x: data.x - data.size - 3 - box.w };
      if (flipped || !this.labelObstacles || other.x < 0 || !this.labels.place(key, other)) return;
      box.x = other.x;
      left = true;
    }
    // A label drawn left of its disc (off the right edge, or blocked there) starts at its box (sigma draws
    // at x + size + 3).
    drawDiscNodeLabel(context, { ...data, label, x: left ? box.x - data.size - 3 : data.x }, settings);
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
    if (!nodeShown(this.graph, s, node)) return { x: data.x as number, y: data.y as number, hidden: true };
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
    if (s.styleRules.length) {
      // Style rules (in order) over the type/metric style; dimming and highlighting below still apply.
      const rule = ruleStyle(s.styleRules, type, data);
      if (rule.color !== undefined) res.color = rule.color;
      if (rule.size !== undefined) res.size = rule.size;
    }
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
    // A lone node of a small scene (the first screen's shelf) is only its label: never an unlabelled dot
    // (the collider still refuses it when it would overlap another label).
    else if (!this.big && res.label && this.graph.degree(node) === 0) res.forceLabel = true;
    return res;
  }

  private edgeReducer(edge: string, data: Record<string, unknown>): Partial<EdgeDisplayData> {
    const s = this.src.state;
    const type = data.type;
    if (!edgeShown(data, s)) return { hidden: true };
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
    if (s.styleRules.length) {
      // Rules on relationships (in order) over the type/stage style; dimming and highlighting still apply.
      const rule = ruleStyle(s.styleRules, type, data, "edge");
      if (rule.color !== undefined) res.color = rule.color;
      if (rule.size !== undefined) res.size = rule.size;
    }
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
    if (this.sigma.getSetting("labelDensity") !== density) {
      this.sigma.setSetting("labelDensity", density);
      this.sigma.setSetting("labelGridCellSize", labelGridCellSize(density));
    }
    this.sigma.refresh({ skipIndexation: false });
  }

  /**
   * Big scenes draw only nodes while the camera moves (pan, zoom, animation): edges and labels come back on
   * the first still frame. Below the threshold everything is drawn all the time.
   */
  private adaptToScale(): void {
    const big = this.graph.order > LARGE_SCENE_NODES || this.graph.size > LARGE_SCENE_EDGES;
    if (this.scaleApplied === big) return;
    this.scaleApplied = big;
    this.big = big;
    this.sigma.setSetting("hideEdgesOnMove", big);
    this.sigma.setSetting("hideLabelsOnMove", big);
    // Small scenes label every node there is room for (the collider keeps labels apart), also the
    // small ones: no unlabelled dots. Big scenes label only nodes drawn big enough.
    this.sigma.setSetting("labelRenderedSizeThreshold", big ? LARGE_SCENE_LABEL_THRESHOLD : 0);
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

  /**
   * Lay the scene out with ForceAtlas2 in a web worker (a fixed number of iterations, longer for a bigger
   * budget; deterministic, so a seeded scene gets the same layout on every load), pinned nodes fixed; then
   * ease the nodes to their places. `shelf` puts unconnected nodes in a block beside the graph. Resolves
   * true once the layout is applied, false when it was stopped or replaced.
   * `chosen` (the Layout button) runs the layout chosen in the state; other runs (after an expand, a
   * query…) use ForceAtlas2 with the state's settings. `beforeApply` runs when the positions arrive, before
   * any node moves (the caller records the undo step there).
   */
  runLayout(
    budgetMs?: number,
    opts: { shelf?: boolean; chosen?: boolean; beforeApply?: () => void } = {},
  ): Promise<boolean> {
    this.stopLayout();
    if (this.graph.order < 2) return Promise.resolve(false);
    const layout = this.src.state.layout;
    const settings = opts.chosen ? layout : { ...layout, kind: "force" as const };
    const iterations = layout.iterations ?? layoutIterations(this.graph.order, budgetMs);
    const job = { ...this.layoutJob(iterations, opts.shelf ?? false), settings };
    this.sigma.setCustomBBox(null);
    this.onLayoutChange(true);
    return new Promise((resolve) => {
      this.running = { done: resolve };
      if (opts.chosen && settings.kind === "force") return this.runLive(job, opts.beforeApply);
      void this.runner.run(job).then((positions) => {
        if (!positions) return;
        opts.beforeApply?.();
        this.animateTo(positions);
      });
    });
  }

  /**
   * ForceAtlas2 from the Layout button, as Gephi Lite's: the nodes move after every step of the worker, and
   * settings changed meanwhile (`updateLiveLayout`) apply from the next step; `beforeApply` runs before the
   * first move, the end eases to the final positions (shelf, label room).
   */
  private runLive(job: LayoutJob, beforeApply?: () => void): void {
    let first = true;
    const frame = (positions: Positions) => {
      if (first) beforeApply?.();
      first = false;
      this.graph.updateEachNodeAttributes((id, a) => {
        const p = positions[id];
        return p && a.fixed !== true ? { ...a, x: p.x, y: p.y } : a;
      });
    };
    void this.runner.runLive(job, frame).then((positions) => {
      if (!positions) return;
      if (first) beforeApply?.();
      this.animateTo(positions);
    });
  }

  /** New ForceAtlas2 settings for the run under way; false when no live run is under way. */
  updateLiveLayout(settings: LayoutSettings): boolean {
    return this.runner.update(settings);
  }

  /** A ForceAtlas2 run from the Layout button is under way (its settings can change as it runs). */
  get liveLayout(): boolean {
    return this.runner.live;
  }

  private layoutJob(iterations: number, shelf: boolean): LayoutJob {
    const ctx = this.measureContext();
    const nodes: LayoutNode[] = [];
    this.graph.forEachNode((id, a) => {
      const label = entityName(a, getLang());
      nodes.push({
        id,
        x: Number(a.x) || 0,
        y: Number(a.y) || 0,
        fixed: a.fixed === true,
        size: this.nodeSize(id, a),
        labelPx: label && ctx ? this.labelWidth(ctx, ctx.font, label) : 0,
        group: String(a.type ?? ""),
      });
    });
    const edges: [string, string][] = [];
    this.graph.forEachEdge((_e, _a, source, target) => {
      edges.push([source, target]);
    });
    const { width, height } = this.sigma.getDimensions();
    const labelSize = this.sigma.getSetting("labelSize");
    return {
      nodes,
      edges,
      iterations,
      viewport: { width: width || 800, height: height || 600 },
      labelSize,
      shelf,
    };
  }

  private measureCtx: CanvasRenderingContext2D | null = null;
  private measureContext(): CanvasRenderingContext2D | null {
    this.measureCtx ??= document.createElement("canvas").getContext("2d");
    const c = this.measureCtx;
    if (c)
      c.font = `${this.sigma.getSetting("labelWeight")} ${this.sigma.getSetting("labelSize")}px ${this.sigma.getSetting("labelFont")}`;
    return c;
  }

  /**
   * A node dropped (or a scene cleared) while the layout eases the nodes leaves the animation's targets, or
   * its next frame would set attributes of a node the graph no longer has (and throw).
   */
  private followDrops(): void {
    const dropped = ({ key }: { key: string }) => delete this.animTargets[key];
    const cleared = () => {
      for (const k of Object.keys(this.animTargets)) delete this.animTargets[k];
    };
    this.graph.on("nodeDropped", dropped);
    this.graph.on("cleared", cleared);
    this.cleanup.push(() => {
      this.graph.off("nodeDropped", dropped);
      this.graph.off("cleared", cleared);
    });
  }

  /** Ease the nodes still in the scene (and not pinned since) to the layout's positions. */
  private animateTo(positions: Positions): void {
    const targets: Record<string, { x: number; y: number }> = {};
    this.animTargets = targets;
    for (const [id, p] of Object.entries(positions))
      if (this.graph.hasNode(id) && this.graph.getNodeAttribute(id, "fixed") !== true) targets[id] = p;
    this.stopAnimation = animateNodes(
      this.graph,
      targets,
      { duration: 500, easing: "quadraticInOut" },
      () => {
        this.stopAnimation = null;
        this.layoutsDone++;
        this.settle(true);
      },
    );
  }

  /** Resolves once no layout is running (at once when none is). */
  settled(): Promise<void> {
    if (!this.running) return Promise.resolve();
    return new Promise((resolve) => this.waiting.push(resolve));
  }
  private waiting: (() => void)[] = [];

  get layoutRunning(): boolean {
    return this.running !== null;
  }

  stopLayout(): void {
    this.runner.cancel();
    if (this.stopAnimation) this.stopAnimation();
    this.stopAnimation = null;
    this.settle(false);
  }

  private settle(applied: boolean): void {
    const r = this.running;
    if (!r) return;
    this.running = null;
    this.onLayoutChange(false);
    // Sigma refreshes on the next frame after the last moved node: do it now, so whoever waited on the
    // layout (an expand placing nodes in drawn sizes) reads the new extent.
    if (this.waiting.length) {
      this.sigma.refresh();
      for (const w of this.waiting.splice(0)) w();
    }
    const ids = this.pendingFit;
    this.pendingFit = null;
    // Re-frame only when the layout moved the nodes: a stopped layout leaves the camera where it is (a
    // camera easing after "stop" would move the view the user, a share link or an export just read).
    if (ids && applied) requestAnimationFrame(() => this.frame(ids));
    r.done(applied);
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
    const shown = ids.map((id) => (this.graph.hasNode(id) ? this.sigma.getNodeDisplayData(id) : undefined));
    const box = bbox(shown.filter((d) => d !== undefined));
    if (!box) return;
    const { minX, minY, maxX, maxY } = box;
    // Display coordinates are normalised to the graph's extent, as is the camera (ratio 1 = everything).
    const ratio = Math.min(1, Math.max(0.12, Math.max(maxX - minX, maxY - minY) * 1.6));
    this.sigma.getCamera().animate({ x: (minX + maxX) / 2, y: (minY + maxY) / 2, ratio }, { duration: 400 });
  }

  /**
   * Ease the camera so that these nodes are in view: when they already are, the camera stays (the user's
   * zoom is kept); else it eases out to the whole scene.
   */
  include(ids: string[]): void {
    const { width, height } = this.sigma.getDimensions();
    const m = 16;
    const outside = ids.some((id) => {
      const d = this.graph.hasNode(id) ? this.sigma.getNodeDisplayData(id) : undefined;
      if (!d || d.hidden) return false;
      const p = this.sigma.framedGraphToViewport(d);
      return p.x < m || p.y < m || p.x > width - m || p.y > height - m;
    });
    if (outside) this.fit();
  }

  /** Show the whole scene; a small scene's labels too (sigma's own fit frames the discs only). */
  fit(): void {
    this.pendingFit = null;
    this.sigma.setCustomBBox(null);
    const ctx = this.big ? null : this.measureContext();
    // Display data framed for the bbox just reset and the positions the layout just set.
    if (ctx) this.sigma.refresh();
    const target = ctx ? labelFitCamera(this.sigma, (l) => this.labelWidth(ctx, ctx.font, l)) : null;
    if (target) this.sigma.getCamera().animate(target, { duration: 300 });
    else this.sigma.getCamera().animatedReset({ duration: 300 });
  }

  kill(): void {
    this.stopLayout();
    this.runner.kill();
    for (const c of this.cleanup) c();
    this.sigma.kill();
  }
}
