/** The explorer: wires the data graph, display state, renderer and panels together. */
import { downloadAsPNG } from "@sigma/export-image";
import type {
  CorridorZonesResponse,
  CypherResponse,
  PathsResponse,
  SearchHit,
  Subgraph,
} from "../../../contracts/api";
import type { Api } from "../api";
import { entityName, getLang, onLangChange, type StringKey, setLang, t } from "../i18n";
import type { Focus } from "../model/corridors";
import { toGEXF, toGraphML, toJSON } from "../model/exporters";
import { UndoStack } from "../model/history";
import { placeExpansion } from "../model/layout";
import { computeMetric } from "../model/metrics";
import {
  collapseNode,
  createSceneGraph,
  type MergeResult,
  mergeSubgraph,
  neighbourhoodOf,
  removeNodes,
  restore,
  type SceneSnapshot,
  sceneBounds,
  setPinned,
  snapshot,
} from "../model/scene";
import { sizeForDegree, typeStyle } from "../model/styling";
import { decodeState, encodeState } from "../model/urlstate";
import { ViewStore } from "../model/views";
import { ViewsDrawer } from "../views/drawer";
import { explorerHooks } from "../views/hooks";
import { MapMode } from "../views/map";
import { CypherConsole } from "./console";
import { DocumentView } from "./documentView";
import { clear, download, h } from "./dom";
import { GraphView } from "./graphView";
import { Inspector } from "./inspector";
import { AnalysisPanel, CorridorsPanel, Legend, PathsPanel, section, ViewsPanel } from "./panels";
import { ReviewPanel } from "./review";
import { SearchBox } from "./search";
import { type ColourBy, type SizeBy, ViewState } from "./state";
import { UploadPanel } from "./upload";

const OVERVIEW_TYPES = ["FreeTradeZone", "Province", "Corridor", "Agreement"];
/** Gap between nodes placed by an expand, in screen pixels: about a label's height. */
const LABEL_GAP_PX = 14;

export class App {
  readonly graph = createSceneGraph();
  readonly state = new ViewState();
  readonly history = new UndoStack<SceneSnapshot>(40);
  readonly view: GraphView;
  readonly inspector: Inspector;
  readonly docView: DocumentView;
  readonly legend: Legend;
  readonly search: SearchBox;
  readonly paths: PathsPanel;
  readonly corridors: CorridorsPanel;
  readonly analysis: AnalysisPanel;
  readonly views: ViewsPanel;
  readonly console: CypherConsole;
  /** Analyst views (time slider, changes, matrices): client/src/views/. */
  readonly analystViews: ViewsDrawer;
  readonly map: MapMode;
  private readonly reviewPanel: ReviewPanel;
  private readonly viewStore = new ViewStore(localStorage);
  private readonly hint = h("div", { class: "hint", role: "status", hidden: true });
  private readonly statusEl = h("div", { class: "status", "aria-live": "polite" });
  private readonly toastEl = h("div", { class: "toast", role: "status", hidden: true });
  private readonly buttons = new Map<string, HTMLButtonElement>();
  private unsub: (() => void)[] = [];
  private readonly stage: HTMLElement;

  constructor(
    private readonly root: HTMLElement,
    readonly api: Api,
  ) {
    const stage = h("div", { class: "stage", id: "stage", tabindex: "0", "aria-label": "graph" });
    this.stage = stage;
    this.search = new SearchBox(api, (hit) => void this.addFromSearch(hit));
    this.inspector = new Inspector(api, {
      openDocument: (doc, focus, entity) => void this.docView.open(doc, focus, entity),
      expand: (id, rels) => void this.expand(id, rels),
      select: (id) => this.selectOrFetch(id),
    });
    this.docView = new DocumentView(api, (id) => {
      this.docView.close();
      this.selectOrFetch(id);
    });
    this.legend = new Legend(this.graph, this.state, () => this.displayChanged());
    const evidenceHooks = {
      openDocument: (doc: string, focus?: { start: number; end: number }) =>
        void this.docView.open(doc, focus),
      select: (id: string) => this.selectOrFetch(id),
      highlight: (nodes: string[], edges: string[]) => this.highlight(nodes, edges),
    };
    this.paths = new PathsPanel(api, (a, b) => this.findPaths(a, b), evidenceHooks);
    this.corridors = new CorridorsPanel(api, (id) => this.followCorridor(id), {
      ...evidenceHooks,
      selectWithFocus: (id, focus) => {
        if (!this.graph.hasNode(id)) return this.selectOrFetch(id);
        this.select(id, focus);
        this.view.fitNodes([id, ...focus.nodes]);
      },
    });
    this.analysis = new AnalysisPanel(this.state, (c, s) => this.applyAnalysis(c, s), {
      hideSelection: () => this.hide([...this.state.lasso]),
      expandSelection: () => void this.expandMany([...this.state.lasso]),
    });
    this.views = new ViewsPanel(
      this.viewStore,
      (name) => this.saveView(name),
      (name) => this.openView(name),
    );
    this.console = new CypherConsole(api, {
      run: (q, p, replace) => this.runCypher(() => this.api.cypher(q, p), replace, q),
      runNamed: (n, p, replace) => this.runCypher(() => this.api.runQuery(n, p), replace, null),
    });

    this.analystViews = new ViewsDrawer(explorerHooks(this));
    this.reviewPanel = new ReviewPanel({ show: (id) => void this.expand(id) });
    const header = h(
      "header",
      { class: "topbar" },
      h("h1", { class: "brand" }, this.tr("h1", "appTitle")),
      this.search.el,
      h(
        "div",
        { class: "toolbar", role: "toolbar", "aria-label": "scene" },
        this.button("expand", "expand", "⊕", () => this.withSelection((id) => void this.expand(id)), "E"),
        this.button("collapse", "collapse", "⊖", () => this.withSelection((id) => this.collapse(id)), "C"),
        this.button("hide", "hide", "✕", () => this.hideSelected(), "Delete"),
        this.button("pin", "pin", "📌", () => this.withSelection((id) => this.togglePin(id)), "P"),
        this.button("undo", "undo", "↶", () => this.undo(), "Ctrl+Z"),
        this.button("redo", "redo", "↷", () => this.redo(), "Ctrl+Y"),
        this.button("fit", "fit", "⤢", () => this.view.fit(), "F"),
        this.button("layout", "layout", "⟳", () => this.toggleLayout()),
        this.button("overview", "overview", "⌂", () => void this.loadOverview(true)),
        this.button("views", "analystViews", "◷", () => this.analystViews.toggle()),
        this.button("map", "map", "🗺", () => void this.toggleMap()),
      ),
      this.langButton(),
    );
    const exportBody = h(
      "div",
      { class: "export" },
      this.button("png", "exportPng", "🖼", () => void this.exportPng()),
      this.button("gexf", null, "GEXF", () => this.exportScene("gexf")),
      this.button("graphml", null, "GraphML", () => this.exportScene("graphml")),
      this.button("json", null, "JSON", () => this.exportScene("json")),
      this.button("share", "share", "🔗", () => void this.share()),
    );
    const left = h(
      "aside",
      { class: "left", "aria-label": "panels" },
      section("corridors", this.corridors.el, true),
      section("legend", this.legend.el, true),
      section("paths", this.paths.el),
      section("analysis", this.analysis.el),
      section("views", this.views.el),
      section("export", exportBody),
      section("upload", new UploadPanel({ committed: (ids) => ids[0] && void this.expand(ids[0]) }).el),
      this.reviewPanel.section(section("review", this.reviewPanel.el)),
    );
    const right = h("aside", { class: "right" }, this.inspector.el);
    const consoleSection = section("cypher", this.console.el);
    consoleSection.classList.add("console-panel");
    this.root.append(
      header,
      h(
        "main",
        { class: "layout" },
        left,
        h(
          "div",
          { class: "stage-wrap" },
          stage,
          this.hint,
          this.statusEl,
          this.toastEl,
          this.analystViews.el,
        ),
        right,
      ),
      consoleSection,
    );

    this.view = new GraphView(stage, this.graph, this.state, {
      clickNode: (id, ev) => {
        if (ev?.ctrlKey || ev?.metaKey) this.toggleLasso(id);
        else this.select(id);
      },
      doubleClickNode: (id) => void this.expand(id),
      clickEdge: (id) => this.selectEdge(id),
      clickStage: () => this.clearSelection(),
      lasso: (ids, additive) => {
        if (!additive) this.state.lasso.clear();
        for (const id of ids) this.state.lasso.add(id);
        this.analysis.update();
        this.displayChanged();
      },
      nodeMoved: () => {},
    });
    this.map = new MapMode({
      api,
      graph: this.graph,
      view: this.view,
      host: stage.parentElement ?? stage,
      select: (id) => this.select(id),
    });
    this.view.onLayoutChange = (running) => {
      const b = this.buttons.get("layout");
      if (b) b.setAttribute("aria-pressed", String(running));
    };
    this.unsub.push(
      onLangChange(() => {
        document.documentElement.lang = getLang() === "zh" ? "zh-CN" : "en";
        this.view.refresh();
        this.updateStatus();
        this.updateUrl();
      }),
    );
    document.addEventListener("keydown", this.onKey);
    this.updateButtons();
  }

  private tr<K extends keyof HTMLElementTagNameMap>(tag: K, key: StringKey): HTMLElementTagNameMap[K] {
    const el = h(tag, {}, t(key));
    this.unsub.push(
      onLangChange(() => {
        el.textContent = t(key);
      }),
    );
    return el;
  }

  private button(
    name: string,
    key: StringKey | null,
    icon: string,
    fn: () => void,
    shortcut?: string,
  ): HTMLButtonElement {
    const label = h("span", { class: "btn-label" });
    const b = h(
      "button",
      { type: "button", class: "btn", "data-action": name },
      h("span", { class: "btn-icon", "aria-hidden": "true" }, icon),
      label,
    );
    const tr = () => {
      const text = key ? t(key) : icon;
      label.textContent = key ? text : "";
      b.title = shortcut ? `${text} (${shortcut})` : text;
      b.setAttribute("aria-label", text);
      if (shortcut) b.setAttribute("aria-keyshortcuts", shortcut.replace("Ctrl", "Control"));
    };
    tr();
    this.unsub.push(onLangChange(tr));
    b.addEventListener("click", fn);
    this.buttons.set(name, b);
    return b;
  }

  private langButton(): HTMLButtonElement {
    const b = h("button", { type: "button", class: "btn lang", "data-action": "lang" }, t("language"));
    b.addEventListener("click", () => setLang(getLang() === "zh" ? "en" : "zh"));
    this.unsub.push(
      onLangChange(() => {
        b.textContent = t("language");
      }),
    );
    return b;
  }

  // ---------- start ----------
  async start(): Promise<void> {
    void this.corridors.load();
    void this.console.loadNamed();
    const url = decodeState(location.hash);
    if (url) {
      setLang(url.lang);
      for (const ty of url.hiddenTypes) this.state.hiddenTypes.add(ty);
      if (url.query) this.console.setQuery(url.query);
      if (url.nodes.length) {
        try {
          // The view API (POST /api/subgraph), not the analysts' console: no rate limit, no guard. It also
          // brings back the documents, passages and claims a Cypher result put in the scene.
          const res = await this.api.subgraphByIds(url.nodes);
          mergeSubgraph(this.graph, res.graph);
          this.afterChange();
          this.view.runLayout();
          if (res.missing?.length) this.toast(`${t("sharedMissing")}: ${res.missing.length}`);
        } catch (e) {
          this.toast(e instanceof Error ? e.message : String(e), true);
        }
      } else await this.loadOverview(false);
      if (url.corridor) await this.corridors.choose(url.corridor);
      if (url.selected && this.graph.hasNode(url.selected)) this.select(url.selected);
      else if (url.selected && this.graph.hasEdge(url.selected)) this.selectEdge(url.selected);
      return;
    }
    await this.loadOverview(false);
  }

  async loadOverview(record: boolean): Promise<void> {
    try {
      this.setBusy(true);
      const res = await this.api.subgraph({ types: OVERVIEW_TYPES, limit: 2000 });
      this.change(() => {
        this.graph.clear();
        mergeSubgraph(this.graph, res.graph);
      }, record);
      this.clearSelection();
      this.showTruncated(res, null);
      this.view.runLayout();
      setTimeout(() => this.view.fit(), 50);
    } catch (e) {
      this.toast(`${t("apiDown")}: ${e instanceof Error ? e.message : String(e)}`, true);
    } finally {
      this.setBusy(false);
    }
  }

  // ---------- scene changes (undoable) ----------
  /** An analyst view changes the scene (undoably); new nodes are relaxed by a short layout. */
  applyViewScene(fn: () => MergeResult): void {
    let added = 0;
    this.change(() => {
      added = fn().addedNodes.length;
    });
    if (added) this.view.runLayout(1500);
  }

  private change(fn: () => void, record = true): void {
    const before = snapshot(this.graph);
    fn();
    if (record) this.history.push(before);
    this.afterChange();
  }

  private afterChange(): void {
    if (this.state.selectedNode && !this.graph.hasNode(this.state.selectedNode)) this.clearSelection(false);
    if (this.state.selectedEdge && !this.graph.hasEdge(this.state.selectedEdge)) this.clearSelection(false);
    for (const id of [...this.state.lasso]) if (!this.graph.hasNode(id)) this.state.lasso.delete(id);
    if (this.state.colourBy !== "type" || this.state.sizeBy !== "degree") this.computeMetrics();
    this.legend.render();
    this.analysis.update();
    this.updateButtons();
    this.updateStatus();
    this.updateUrl();
    this.view.refresh();
  }

  private displayChanged(): void {
    if (this.state.colourBy !== "type" || this.state.sizeBy !== "degree") this.computeMetrics();
    this.view.refresh();
    this.updateUrl();
  }

  async expand(id: string, rels?: string[], limit = 150): Promise<void> {
    try {
      this.setBusy(true);
      const res = await this.api.neighborhood(id, { rels, limit });
      const anchor = this.graph.hasNode(id)
        ? {
            x: this.graph.getNodeAttribute(id, "x") as number,
            y: this.graph.getNodeAttribute(id, "y") as number,
          }
        : undefined;
      let added = 0;
      this.change(() => {
        const merged = mergeSubgraph(this.graph, res.graph, { anchor }).addedNodes;
        added = merged.length;
        if (anchor) this.placeAround(id, merged);
      });
      this.showTruncated(res, () => void this.expand(id, rels, Math.min(2000, limit * 4)));
      // No ForceAtlas2 here: the new nodes have their places and the rest of the scene stays put
      // (the Layout button relaxes everything on request).
      if (added) this.view.fit();
      if (this.state.selectedNode === id) this.select(id);
    } catch (e) {
      this.toast(e instanceof Error ? e.message : String(e), true);
    } finally {
      this.setBusy(false);
    }
  }

  /**
   * Put the nodes an expand brought in around the expanded node, clear of each other and of the scene
   * (a label's height between nodes), without moving anything already there. Sizes are the drawn ones in graph units:
   * the camera fits the whole scene afterwards, so when the scene grows the pass runs again at the scale
   * the grown scene will be drawn at.
   */
  private placeAround(anchor: string, added: string[]): void {
    if (!added.length) return;
    const extent = () => {
      const b = sceneBounds(this.graph);
      return b ? Math.max(b.maxX - b.minX, b.maxY - b.minY) : 0;
    };
    const before = extent();
    let unit = this.view.graphUnitsPerPixel() || (before > 0 ? before / 800 : 1);
    const place = () =>
      placeExpansion(this.graph, anchor, added, {
        sizeOf: (n) => this.view.nodePixelSize(n) * unit,
        margin: LABEL_GAP_PX * unit,
      });
    place();
    const after = extent();
    if (before > 0 && after > before * 1.05) {
      unit *= after / before;
      place();
    }
  }

  private async expandMany(ids: string[]): Promise<void> {
    for (const id of ids.slice(0, 20)) await this.expand(id);
  }

  private showTruncated(res: Subgraph, more: (() => void) | null): void {
    clear(this.hint);
    if (!res.truncated) {
      this.hint.hidden = true;
      return;
    }
    const omitted = Object.entries(res.omitted.nodes)
      .map(([k, v]) => `${k} ${v}`)
      .join(", ");
    this.hint.append(h("span", {}, `⚠ ${t("truncated")}${omitted ? ` (${omitted})` : ""} `));
    if (more) {
      const b = h(
        "button",
        { type: "button", class: "btn primary", "data-action": "load-more" },
        t("loadMore"),
      );
      b.addEventListener("click", () => {
        this.hint.hidden = true;
        more();
      });
      this.hint.append(b);
    }
    const x = h("button", { type: "button", class: "icon", "aria-label": t("close") }, "×");
    x.addEventListener("click", () => {
      this.hint.hidden = true;
    });
    this.hint.append(x);
    this.hint.hidden = false;
  }

  private async addFromSearch(hit: SearchHit): Promise<void> {
    if (!this.graph.hasNode(hit.id)) {
      this.change(() => {
        mergeSubgraph(this.graph, {
          nodes: [
            {
              key: hit.id,
              attributes: {
                type: hit.type,
                label: hit.name,
                name: hit.name,
                nameEn: hit.nameEn,
                degree: hit.degree,
                aliases: hit.aliases,
              },
            },
          ],
          edges: [],
        });
      });
    }
    this.select(hit.id);
    // Hand the keyboard back to the graph so the shortcuts (E expand, Delete, P…) act on the pick at once.
    this.search.input.blur();
    this.stage.focus({ preventScroll: true });
    requestAnimationFrame(() => this.view.focusNode(hit.id, 0.6));
  }

  hide(ids: string[]): void {
    if (!ids.length) return;
    this.change(() => removeNodes(this.graph, ids));
  }

  private hideSelected(): void {
    if (this.state.lasso.size) this.hide([...this.state.lasso]);
    else if (this.state.selectedNode) this.hide([this.state.selectedNode]);
    else if (this.state.selectedEdge && this.graph.hasEdge(this.state.selectedEdge)) {
      const e = this.state.selectedEdge;
      this.change(() => this.graph.dropEdge(e));
    }
  }

  private collapse(id: string): void {
    this.change(() => collapseNode(this.graph, id));
  }

  private togglePin(id: string): void {
    const pinned = this.graph.getNodeAttribute(id, "fixed") === true;
    this.change(() => setPinned(this.graph, [id], !pinned));
    this.toast(pinned ? t("unpin") : t("pin"));
  }

  undo(): void {
    const prev = this.history.undo(snapshot(this.graph));
    if (!prev) return;
    this.view.stopLayout();
    restore(this.graph, prev);
    this.afterChange();
  }
  redo(): void {
    const next = this.history.redo(snapshot(this.graph));
    if (!next) return;
    this.view.stopLayout();
    restore(this.graph, next);
    this.afterChange();
  }

  /** Graph ↔ map: the same scene and selection, at geographic positions (client/src/views/map.ts). */
  private async toggleMap(): Promise<void> {
    try {
      const on = await this.map.toggle();
      this.buttons.get("map")?.setAttribute("aria-pressed", String(on));
    } catch (error) {
      this.toast((error as Error).message);
    }
  }

  private toggleLayout(): void {
    if (this.view.layoutRunning) this.view.stopLayout();
    else this.view.runLayout(8000);
  }

  // ---------- selection & highlight ----------
  private withSelection(fn: (id: string) => void): void {
    if (this.state.selectedNode) fn(this.state.selectedNode);
    else for (const id of this.state.lasso) fn(id);
  }

  /**
   * Select a node: the inspector shows it and the canvas highlights `focus` when given (a corridor route),
   * else the node's neighbourhood in the scene.
   */
  select(id: string, focus?: Focus): void {
    if (!this.graph.hasNode(id)) return;
    // A plain selection replaces the multi-selection (Ctrl+click adds to it), so Delete/E act on what was
    // just clicked.
    if (this.state.lasso.size && !this.state.lasso.has(id)) {
      this.state.lasso.clear();
      this.analysis.update();
    }
    this.state.selectedNode = id;
    this.state.selectedEdge = null;
    if (focus) {
      this.state.focusNodes = new Set([id, ...focus.nodes.filter((n) => this.graph.hasNode(n))]);
      this.state.focusEdges = new Set(focus.edges.filter((e) => this.graph.hasEdge(e)));
    } else {
      this.state.focusNodes = neighbourhoodOf(this.graph, id);
      this.state.focusEdges = new Set(this.graph.edges(id));
    }
    void this.inspector.showNode(id);
    this.view.refresh();
    this.updateButtons();
    this.updateUrl();
  }

  /** Select a node, adding it to the scene first when needed (from a document mention or an edge end). */
  private selectOrFetch(id: string): void {
    if (this.graph.hasNode(id)) {
      this.select(id);
      this.view.focusNode(id);
      return;
    }
    void this.api
      .node(id)
      .then((d) => {
        this.change(() =>
          mergeSubgraph(this.graph, {
            nodes: [
              { key: d.id, attributes: { type: d.type, label: d.name, name: d.name, nameEn: d.nameEn } },
            ],
            edges: [],
          }),
        );
        this.select(id);
        this.view.focusNode(id);
      })
      .catch((e: unknown) => this.toast(e instanceof Error ? e.message : String(e), true));
  }

  selectEdge(id: string): void {
    if (!this.graph.hasEdge(id)) return;
    this.state.selectedEdge = id;
    this.state.selectedNode = null;
    const [s, tg] = this.graph.extremities(id);
    this.state.focusNodes = new Set([s, tg]);
    this.state.focusEdges = new Set([id]);
    void this.inspector.showEdge(id);
    this.view.refresh();
    this.updateButtons();
    this.updateUrl();
  }

  clearSelection(refresh = true): void {
    this.state.selectedNode = null;
    this.state.selectedEdge = null;
    this.state.focusNodes = null;
    this.state.focusEdges = null;
    this.state.lasso.clear();
    this.inspector.empty();
    this.analysis.update();
    if (refresh) {
      this.view.refresh();
      this.updateButtons();
      this.updateUrl();
    }
  }

  private toggleLasso(id: string): void {
    if (this.state.lasso.has(id)) this.state.lasso.delete(id);
    else this.state.lasso.add(id);
    this.analysis.update();
    this.view.refresh();
  }

  highlight(nodes: string[], edges: string[]): void {
    this.state.focusNodes = new Set(nodes.filter((n) => this.graph.hasNode(n)));
    this.state.focusEdges = new Set(edges.filter((e) => this.graph.hasEdge(e)));
    this.view.refresh();
  }

  // ---------- paths, corridors, cypher ----------
  private async findPaths(from: string, to: string): Promise<PathsResponse | null> {
    try {
      const res = await this.api.paths(from, to, { k: 3, maxLength: 5 });
      this.change(() => mergeSubgraph(this.graph, res.graph));
      this.view.runLayout(2000);
      const nodes = res.paths.flatMap((p) => p.nodes);
      this.highlight(
        nodes,
        res.paths.flatMap((p) => p.edges),
      );
      this.view.fitNodes(nodes);
      return res;
    } catch (e) {
      this.toast(e instanceof Error ? e.message : String(e), true);
      return null;
    }
  }

  private async followCorridor(id: string): Promise<CorridorZonesResponse | null> {
    try {
      const res = await this.api.corridorZones(id);
      this.change(() => mergeSubgraph(this.graph, res.graph));
      this.state.corridor = id;
      this.clearSelection(false);
      this.view.runLayout(2500);
      this.highlight(
        res.graph.nodes.map((n) => n.key),
        res.graph.edges.map((e) => e.key),
      );
      this.updateUrl();
      this.view.fitNodes(res.graph.nodes.map((n) => n.key));
      return res;
    } catch (e) {
      this.toast(e instanceof Error ? e.message : String(e), true);
      return null;
    }
  }

  private async runCypher(
    call: () => Promise<CypherResponse>,
    replace: boolean,
    query: string | null,
  ): Promise<CypherResponse> {
    const res = await call();
    this.state.query = query;
    this.change(() => {
      if (replace) this.graph.clear();
      mergeSubgraph(this.graph, res.graph);
    });
    if (res.graph.nodes.length) {
      this.view.runLayout();
      this.view.fit();
      this.highlight(
        res.graph.nodes.map((n) => n.key),
        res.graph.edges.map((e) => e.key),
      );
    }
    return res;
  }

  // ---------- analysis ----------
  private computeMetrics(): void {
    const visible = (n: string) =>
      !this.state.hiddenTypes.has(String(this.graph.getNodeAttribute(n, "type")));
    const norm = (m: Map<string, number>) => {
      let max = 0;
      let min = Number.POSITIVE_INFINITY;
      for (const v of m.values()) {
        max = Math.max(max, v);
        min = Math.min(min, v);
      }
      const out = new Map<string, number>();
      for (const [k, v] of m) out.set(k, max > min ? (v - min) / (max - min) : 0.5);
      return out;
    };
    const s = this.state;
    s.colourValues =
      s.colourBy === "type"
        ? null
        : s.colourBy === "community"
          ? computeMetric(this.graph, "community", visible)
          : norm(computeMetric(this.graph, s.colourBy, visible));
    s.sizeValues = s.sizeBy === "degree" ? null : norm(computeMetric(this.graph, s.sizeBy, visible));
  }

  private applyAnalysis(colour: ColourBy, size: SizeBy): void {
    this.state.colourBy = colour;
    this.state.sizeBy = size;
    this.computeMetrics();
    this.view.refresh();
  }

  // ---------- views, export, share ----------
  private saveView(name: string): void {
    const cam = this.view.sigma.getCamera().getState();
    this.viewStore.save({
      name,
      savedAt: new Date().toISOString(),
      scene: snapshot(this.graph),
      hiddenTypes: [...this.state.hiddenTypes],
      colourBy: this.state.colourBy,
      sizeBy: this.state.sizeBy,
      camera: cam,
      selected: this.state.selectedNode,
    });
    this.toast(`${t("save")}: ${name}`);
  }

  private openView(name: string): void {
    const v = this.viewStore.get(name);
    if (!v) return;
    this.view.stopLayout();
    this.change(() => restore(this.graph, v.scene));
    this.state.hiddenTypes = new Set(v.hiddenTypes);
    this.state.colourBy = v.colourBy as ColourBy;
    this.state.sizeBy = v.sizeBy as SizeBy;
    this.clearSelection(false);
    this.displayChanged();
    this.legend.render();
    if (v.camera) this.view.sigma.getCamera().setState(v.camera);
    if (v.selected) this.select(v.selected);
  }

  private displayStyle() {
    return {
      color: (n: string) => typeStyle(this.graph.getNodeAttribute(n, "type")).color,
      size: (n: string) => {
        const d = this.graph.getNodeAttribute(n, "degree");
        return sizeForDegree(typeof d === "number" ? d : this.graph.degree(n));
      },
      label: (n: string) => entityName(this.graph.getNodeAttributes(n), getLang()),
    };
  }

  private exportScene(format: "gexf" | "graphml" | "json"): void {
    const stamp = new Date().toISOString().slice(0, 10);
    if (format === "json") download(`zonegraph-${stamp}.json`, toJSON(this.graph), "application/json");
    else if (format === "gexf")
      download(`zonegraph-${stamp}.gexf`, toGEXF(this.graph, this.displayStyle()), "application/xml");
    else
      download(`zonegraph-${stamp}.graphml`, toGraphML(this.graph, this.displayStyle()), "application/xml");
  }

  private async exportPng(): Promise<void> {
    await downloadAsPNG(this.view.sigma, { fileName: "zonegraph", backgroundColor: "#ffffff" });
  }

  shareUrl(): string {
    const hash = encodeState({
      nodes: this.graph.nodes(),
      hiddenTypes: [...this.state.hiddenTypes],
      selected: this.state.selectedNode ?? this.state.selectedEdge,
      query: this.state.query,
      corridor: this.state.corridor,
      lang: getLang(),
    });
    return `${location.origin}${location.pathname}#${hash}`;
  }

  private updateUrl(): void {
    const url = this.shareUrl();
    history.replaceState(null, "", url);
  }

  private async share(): Promise<void> {
    const url = this.shareUrl();
    try {
      await navigator.clipboard.writeText(url);
      this.toast(t("copied"));
    } catch {
      this.toast(url);
    }
  }

  // ---------- chrome ----------
  private setBusy(busy: boolean): void {
    this.root.classList.toggle("busy", busy);
  }

  private updateStatus(): void {
    this.statusEl.textContent = `${this.graph.order} ${t("nodes")} · ${this.graph.size} ${t("edges")} — ${t("welcome")}`;
  }

  private updateButtons(): void {
    const has = !!this.state.selectedNode || this.state.lasso.size > 0;
    for (const n of ["expand", "collapse", "pin"]) {
      const b = this.buttons.get(n);
      if (b) b.disabled = !has;
    }
    const hide = this.buttons.get("hide");
    if (hide) hide.disabled = !has && !this.state.selectedEdge;
    const u = this.buttons.get("undo");
    if (u) u.disabled = !this.history.canUndo;
    const r = this.buttons.get("redo");
    if (r) r.disabled = !this.history.canRedo;
  }

  toast(msg: string, error = false): void {
    this.toastEl.textContent = msg;
    this.toastEl.classList.toggle("error", error);
    this.toastEl.hidden = false;
    clearTimeout((this.toastEl as unknown as { _t?: ReturnType<typeof setTimeout> })._t);
    (this.toastEl as unknown as { _t?: ReturnType<typeof setTimeout> })._t = setTimeout(
      () => {
        this.toastEl.hidden = true;
      },
      error ? 8000 : 2500,
    );
  }

  private onKey = (e: KeyboardEvent): void => {
    const target = e.target as HTMLElement | null;
    const typing = !!target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
    if (typing && e.key !== "Escape") return;
    if (document.querySelector("dialog[open]")) return;
    const mod = e.ctrlKey || e.metaKey;
    if ((e.key === "/" && !mod) || (mod && e.key.toLowerCase() === "k")) {
      e.preventDefault();
      this.search.input.focus();
    } else if (mod && e.key.toLowerCase() === "z" && !e.shiftKey) {
      e.preventDefault();
      this.undo();
    } else if (mod && (e.key.toLowerCase() === "y" || (e.key.toLowerCase() === "z" && e.shiftKey))) {
      e.preventDefault();
      this.redo();
    } else if (mod) {
      return;
    } else if (e.key === "e" || e.key === "E") {
      this.withSelection((id) => void this.expand(id));
    } else if (e.key === "Delete" || e.key === "Backspace") {
      this.hideSelected();
    } else if (e.key === "c" || e.key === "C") {
      this.withSelection((id) => this.collapse(id));
    } else if (e.key === "p" || e.key === "P") {
      this.withSelection((id) => this.togglePin(id));
    } else if (e.key === "f" || e.key === "F") {
      this.view.fit();
    } else if (e.key === "Escape") {
      if (typing) (target as HTMLElement).blur();
      else this.clearSelection();
    }
  };

  destroy(): void {
    document.removeEventListener("keydown", this.onKey);
    for (const u of this.unsub) u();
    this.console.destroy();
    this.analystViews.destroy();
    this.map.destroy();
    this.view.kill();
  }
}
