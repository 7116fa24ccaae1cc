/**
 * Map mode: the same scene drawn at geographic positions. Entering saves every node's position and
 * pin, moves the nodes that are places to their projected coordinates (pinned, so no layout moves
 * them), hides the others and lists them beside the map, and draws the bundled outlines and the
 * corridors underneath. Selection, reducers and inspector are the graph view's own, untouched.
 * Leaving restores the positions and pins.
 */
import type { GeoResponse, PlaceFeature } from "../../../contracts/geo";
import { GeoResponse as GeoSchema } from "../../../contracts/geo";
import type { Api } from "../api";
import { entityName, getLang, onLangChange, t } from "../i18n";
import type { Box } from "../model/labels";
import type { SceneGraph } from "../model/scene";
import type { GraphView } from "../ui/graphView";
import "./map.css";
import { MapLayer, type MapShapes } from "./mapLayer";
import { mapLayout, placesOf } from "./mapLayout";
import { frameBBox } from "./mapProjection";
import { type BoundaryCollection, shapesOf } from "./mapShapes";

export interface MapModeDeps {
  api: Api;
  graph: SceneGraph;
  view: GraphView;
  /** Where the list of nodes without coordinates goes (over the stage). */
  host: HTMLElement;
  select(id: string): void;
}

/** Radius, in projected degrees, of the circle shared by nodes at one point. */
const SPREAD = 0.6;

interface Saved {
  x: unknown;
  y: unknown;
  fixed: unknown;
}

async function loadShapes(): Promise<MapShapes> {
  const [china, world] = await Promise.all([
    import("@amcharts/amcharts5-geodata/chinaLow"),
    import("@amcharts/amcharts5-geodata/worldLow"),
  ]);
  const w = world.default as unknown as BoundaryCollection;
  return {
    countries: shapesOf(w, (id) => id === "CN" || id === "TW"),
    provinces: shapesOf(china.default as unknown as BoundaryCollection),
    china: shapesOf({ features: w.features.filter((f) => f.properties?.id === "CN") }),
  };
}

export class MapMode {
  active = false;
  private geo: GeoResponse | null = null;
  private places = new Map<string, PlaceFeature>();
  private shapes: MapShapes | null = null;
  private layer: MapLayer | null = null;
  private saved = new Map<string, Saved>();
  private hidden = new Set<string>();
  private baseReducer: unknown = null;
  private pending = 0;
  private unplaced: string[] = [];
  private readonly unsubscribe: () => void;
  readonly panel: HTMLElement;

  constructor(private readonly deps: MapModeDeps) {
    this.panel = document.createElement("section");
    this.panel.className = "map-missing";
    this.panel.hidden = true;
    deps.host.append(this.panel);
    this.unsubscribe = onLangChange(() => {
      if (this.active) this.renderPanel(this.unplaced);
    });
  }

  /** Switches between graph and map; resolves to the new state. */
  async toggle(): Promise<boolean> {
    if (this.active) this.exit();
    else await this.enter();
    return this.active;
  }

  async enter(): Promise<void> {
    if (this.active) return;
    const [geo, shapes] = await Promise.all([
      this.geo ?? this.deps.api.request("/api/geo", GeoSchema),
      this.shapes ?? loadShapes(),
    ]);
    this.geo = geo;
    this.shapes = shapes;
    this.places = placesOf(geo);
    const { view, graph } = this.deps;
    view.stopLayout();
    this.active = true;
    graph.forEachNode((id, a) => this.saved.set(id, { x: a.x, y: a.y, fixed: a.fixed }));
    const sigma = view.sigma;
    this.baseReducer = sigma.getSetting("nodeReducer");
    const base = this.baseReducer as
      | ((n: string, d: Record<string, unknown>) => Record<string, unknown>)
      | null;
    sigma.setSetting("nodeReducer", (n, d) => {
      const r = base ? base(n, d) : { ...d };
      return this.hidden.has(n) ? { ...r, hidden: true } : r;
    });
    this.layer = new MapLayer(
      sigma,
      shapes,
      geo.features.filter((f) => f.geometry.type === "LineString") as never,
      () => this.takenBoxes(),
    );
    graph.on("nodeAdded", this.onNodeAdded);
    // Node labels keep clear of other nodes' discs (nodes sharing a city sit on a small circle around it).
    view.labelObstacles = () => this.discBoxes();
    this.overrideLayout(true);
    this.place();
    sigma.setCustomBBox(frameBBox());
    sigma.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
    view.refresh();
  }

  /**
   * On the map, positions are geographic: the force layout does not run, and "fit" shows the map's
   * frame (the graph view's own fit would frame every node, hidden ones included). Instance overrides
   * of the view's methods, removed on leaving.
   */
  private overrideLayout(on: boolean): void {
    const view = this.deps.view as unknown as Record<string, unknown>;
    if (!on) {
      delete view.runLayout;
      delete view.fit;
      return;
    }
    const sigma = this.deps.view.sigma;
    // Resolves "not applied", as a stopped layout does (callers chain a fit on the answer).
    view.runLayout = () => Promise.resolve(false);
    view.fit = () => {
      sigma.setCustomBBox(frameBBox());
      sigma.getCamera().animatedReset({ duration: 300 });
    };
  }

  /** Moves the scene's places to the map, hides the rest and lists it. */
  private place(): void {
    const { graph } = this.deps;
    const { positions, unplaced } = mapLayout(graph.nodes(), this.places, SPREAD);
    for (const [id, p] of positions) graph.mergeNodeAttributes(id, { x: p.x, y: p.y, fixed: true });
    this.hidden = new Set(unplaced);
    this.unplaced = unplaced;
    this.renderPanel(unplaced);
  }

  private readonly onNodeAdded = () => {
    if (this.pending) return;
    this.pending = requestAnimationFrame(() => {
      this.pending = 0;
      if (!this.active) return;
      this.place();
      this.deps.view.refresh();
    });
  };

  private renderPanel(unplaced: string[]): void {
    const { graph } = this.deps;
    const details = document.createElement("details");
    const summary = document.createElement("summary");
    summary.textContent = `${t("mapUnplaced")} (${unplaced.length})`;
    const list = document.createElement("ul");
    for (const id of unplaced) {
      const li = document.createElement("li");
      const b = document.createElement("button");
      b.type = "button";
      b.dataset.id = id;
      b.textContent = entityName(graph.getNodeAttributes(id), getLang());
      b.addEventListener("click", () => this.deps.select(id));
      li.append(b);
      list.append(li);
    }
    details.append(summary, list);
    const credit = document.createElement("p");
    credit.className = "map-credit";
    credit.textContent = t("mapCredit");
    this.panel.replaceChildren(details, credit);
    this.panel.hidden = false;
  }

  exit(): void {
    if (!this.active) return;
    const { view, graph } = this.deps;
    this.active = false;
    graph.off("nodeAdded", this.onNodeAdded);
    this.overrideLayout(false);
    view.labelObstacles = null;
    const placed = [...this.saved.values()].filter((s) => typeof s.x === "number");
    const cx = placed.reduce((s, p) => s + (p.x as number), 0) / Math.max(1, placed.length);
    const cy = placed.reduce((s, p) => s + (p.y as number), 0) / Math.max(1, placed.length);
    graph.forEachNode((id) => {
      const s = this.saved.get(id);
      // A node brought in on the map goes to the middle of the graph layout.
      graph.mergeNodeAttributes(id, { x: s ? s.x : cx, y: s ? s.y : cy });
      if (s?.fixed === undefined) graph.removeNodeAttribute(id, "fixed");
      else graph.setNodeAttribute(id, "fixed", s.fixed);
    });
    this.saved.clear();
    this.hidden.clear();
    view.sigma.setSetting("nodeReducer", this.baseReducer as never);
    this.layer?.destroy();
    this.layer = null;
    this.panel.hidden = true;
    view.sigma.setCustomBBox(null);
    view.sigma.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
    view.refresh();
  }

  /** What a corridor's name must not cover: the node labels of the frame, and if it can the shown discs. */
  private takenBoxes(): { labels: Box[]; discs: Box[] } {
    return { labels: [...this.deps.view.labels.drawn.values()], discs: this.discBoxes() };
  }

  /** The shown nodes' discs in screen pixels, as drawn in this frame. */
  private discBoxes(): Box[] {
    const sigma = this.deps.view.sigma;
    const discs: Box[] = [];
    this.deps.graph.forEachNode((id) => {
      const d = sigma.getNodeDisplayData(id);
      if (!d || d.hidden) return;
      const p = sigma.framedGraphToViewport(d);
      const r = sigma.scaleSize(d.size);
      discs.push({ x: p.x - r, y: p.y - r, w: 2 * r, h: 2 * r });
    });
    return discs;
  }

  /** Screen positions of the corridor lines drawn on the last frame (for tests). */
  corridorLines(): Map<string, { x: number; y: number }[]> {
    return this.layer?.drawnCorridors ?? new Map();
  }

  /** Corridor names drawn on the last frame (screen-pixel boxes), for tests. */
  corridorLabels(): Map<string, { x: number; y: number; w: number; h: number }> {
    return this.layer?.drawnCorridorLabels ?? new Map();
  }

  destroy(): void {
    if (this.pending) cancelAnimationFrame(this.pending);
    this.unsubscribe();
    this.exit();
    this.panel.remove();
  }
}
