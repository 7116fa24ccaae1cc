/**
 * The explorer: creates the store, the renderer and the controllers, lays out the page and connects the one
 * display subscription. Behaviour lives in the controllers (one concern each); state changes only through
 * store actions.
 */
import type { Api } from "../api";
import { getLang, t } from "../i18n";
import { linksOfZone } from "../model/corridorLinks";
import type { PhraseDraft } from "../model/phrases";
import { createSceneGraph, type MergeResult, restore, type SceneSnapshot, snapshot } from "../model/scene";
import { ViewStore } from "../model/views";
import type { Action } from "../store/actions";
import { type ExplorerState, initialState } from "../store/state";
import { Store } from "../store/store";
import { ViewsDrawer } from "../views/drawer";
import { explorerHooks } from "../views/hooks";
import { MapMode } from "../views/map";
import { AnalysisPanel } from "./analysisPanel";
import { Chrome } from "./chrome";
import { CypherConsole } from "./console";
import type { Ctx } from "./context";
import { CorridorsPanel } from "./corridorsPanel";
import { connectDisplay, loadRules, type Metrics } from "./display";
import { DocumentView } from "./documentView";
import { h } from "./dom";
import { ExportShare } from "./exportShare";
import { FilterPanel } from "./filterPanel";
import { GraphView } from "./graphView";
import { Inspector } from "./inspector";
import { bindKeys } from "./keys";
import { LabelDensityControl } from "./labelDensity";
import { Legend } from "./legend";
import { ListView } from "./listView";
import { Navigation } from "./navigation";
import { section } from "./panels";
import { PathsPanel } from "./pathsPanel";
import { draftText, PhraseMode, say } from "./phraseSearch";
import { QueryController } from "./queryController";
import { pollUntil } from "./recovery";
import { ariaLabel, relabelOnLangChange } from "./relabel";
import { ReviewPanel } from "./review";
import { SceneController } from "./sceneController";
import { SearchBox } from "./search";
import { splitPane } from "./splitPane";
import { startFromUrl } from "./startup";
import { StatsPanel } from "./statsPanel";
import { Toolbar } from "./toolbar";
import { UploadPanel } from "./upload";
import { ViewsPanel } from "./viewsPanel";

export class App implements Ctx {
  readonly graph = createSceneGraph();
  readonly store: Store<SceneSnapshot>;
  readonly chrome: Chrome;
  readonly view: GraphView;
  readonly scene: SceneController;
  readonly queries: QueryController;
  readonly exports: ExportShare;
  readonly toolbar = new Toolbar();
  readonly metrics: Metrics = { colour: null, size: null };
  readonly inspector: Inspector;
  readonly docView: DocumentView;
  /** Browser history: navigations are entries, Back/Forward restore them. */
  readonly navigation: Navigation;
  readonly search: SearchBox;
  /** Bloom's search phrases in the search box (named queries with entity parameters). */
  readonly phrases: PhraseMode;
  readonly console: CypherConsole;
  readonly corridors: CorridorsPanel;
  readonly paths: PathsPanel;
  /** Analyst views (time slider, changes, matrices): client/src/views/. */
  readonly analystViews: ViewsDrawer;
  /** The same scene at geographic positions: client/src/views/map.ts. */
  readonly map: MapMode;
  private readonly reviewPanel: ReviewPanel;
  /** Range filters (min. relationships, min. confidence). */
  private filters: FilterPanel | undefined;
  private stats: StatsPanel | undefined;
  private readonly uploadPanel: UploadPanel;
  /** The screen-reader list view of the scene (toolbar ☰, key L). */
  readonly listView = new ListView(this.graph, {
    selectNode: (id) => this.dispatch({ type: "select", id }),
    selectEdge: (id) => this.dispatch({ type: "selectEdge", id }),
  });
  private readonly density = new LabelDensityControl((value) =>
    this.dispatch({ type: "setLabelDensity", value }),
  );
  private readonly cleanup: (() => void)[] = [relabelOnLangChange()];

  constructor(
    private readonly root: HTMLElement,
    readonly api: Api,
  ) {
    this.store = new Store<SceneSnapshot>(
      { reader: this.graph, snapshot: () => snapshot(this.graph), restore: (s) => restore(this.graph, s) },
      { ...initialState(getLang()), styleRules: loadRules() },
    );
    this.chrome = new Chrome(root);
    this.scene = new SceneController(this);
    this.queries = new QueryController(this);
    this.exports = new ExportShare(this, new ViewStore(localStorage));
    this.phrases = new PhraseMode(api);
    this.search = new SearchBox(
      api,
      (hit) => {
        this.scene.addFromSearch(hit);
        // Hand the keyboard back to the graph so the shortcuts (E expand, Delete, P…) act on the pick at once.
        this.search.input.blur();
        this.stage.focus({ preventScroll: true });
        requestAnimationFrame(() => this.view.focusNode(hit.id, 0.6));
      },
      "searchPlaceholder",
      "search",
      { mode: this.phrases, run: (d) => void this.runPhrase(d) },
    );
    const selectOrFetch = (id: string) => this.scene.selectOrFetch(id);
    this.docView = new DocumentView(
      api,
      (id) => {
        this.docView.close();
        selectOrFetch(id);
      },
      {
        opened: (doc) => this.navigation.documentOpened(doc),
        closed: () => this.navigation.documentClosed(),
      },
    );
    this.navigation = new Navigation({
      store: this.store,
      graph: this.graph,
      url: () => this.exports.shareUrl(),
      stopLayout: () => this.view.stopLayout(),
      showDocument: (doc) => void this.docView.open(doc),
      closeDocument: () => this.docView.close(),
    });
    this.inspector = new Inspector(
      api,
      {
        openDocument: (doc, focus, entity) => void this.docView.open(doc, focus, entity),
        expand: (id, rels) => void this.scene.expand(id, rels),
        select: selectOrFetch,
      },
      (zone) => linksOfZone(this.store.state.corridorLinks, zone),
    );
    const hooks = {
      openDocument: (doc: string, focus?: { start: number; end: number }) =>
        void this.docView.open(doc, focus),
      select: selectOrFetch,
      highlight: (nodes: string[], edges: string[]) =>
        this.dispatch({ type: "highlight", focus: { nodes, edges } }),
    };
    this.paths = new PathsPanel(api, this.store, (a, b) => this.queries.findPaths(a, b), hooks, this.graph);
    this.corridors = new CorridorsPanel(api, (id, keep) => this.queries.followCorridor(id, keep), {
      ...hooks,
      selectWithFocus: (id, focus) => {
        if (!this.graph.hasNode(id)) return selectOrFetch(id);
        this.dispatch({ type: "select", id, focus });
        this.view.fitNodes([id, ...focus.nodes]);
      },
    });
    this.console = new CypherConsole(api, {
      run: (q, p, replace) => this.queries.runCypher(() => api.cypher(q, p), replace, q),
      runNamed: (n, p, replace) => this.queries.runCypher(() => api.runQuery(n, p), replace, null),
      selectNode: selectOrFetch,
      selectEdge: (id) => this.dispatch({ type: "selectEdge", id }),
      highlight: hooks.highlight,
    });
    this.analystViews = new ViewsDrawer(explorerHooks(this));
    // Upload and review read their responses themselves; they go through the Api for its API key.
    const authFetch = ((input: RequestInfo | URL, init?: RequestInit) =>
      api.fetch(String(input), init)) as typeof fetch;
    this.reviewPanel = new ReviewPanel({ show: (id) => void this.expand(id), fetchImpl: authFetch });
    this.uploadPanel = new UploadPanel({
      committed: (ids) => ids[0] && void this.expand(ids[0]),
      fetchImpl: authFetch,
    });
    this.view = this.layoutPage();
    this.map = new MapMode({
      api,
      graph: this.graph,
      view: this.view,
      host: this.stage.parentElement ?? this.stage,
      select: (id) => this.select(id),
    });
  }

  private get stage(): HTMLElement {
    return this.view.container;
  }

  private layoutPage(): GraphView {
    const sc = this.scene;
    const sel = () => sc.selection();
    const header = this.toolbar.header(this.search.el, {
      expand: () => void sc.expandMany(sel()),
      collapse: () => sc.collapse(sel()),
      hide: () => sc.hideSelected(),
      pin: () => sc.togglePin(sel()),
      undo: () => this.undo(),
      redo: () => this.redo(),
      fit: () => this.view.fit(),
      layout: () => (this.view.layoutRunning ? this.view.stopLayout() : this.runChosenLayout()),
      overview: () => void sc.loadOverview(true),
      toggleLang: () => this.dispatch({ type: "setLang", lang: this.state.lang === "zh" ? "en" : "zh" }),
    });
    header.querySelector(".toolbar")?.append(
      this.toolbar.button("views", "analystViews", "◷", () => this.analystViews.toggle()),
      this.toolbar.button("map", "map", "🗺", () => void this.toggleMap()),
      this.toolbar.button("list", "listView", "☰", () => this.toggleList(), "L"),
      this.density.el,
    );
    this.toolbar.buttons.get("list")?.setAttribute("aria-controls", "scene-list");
    this.toolbar.buttons.get("list")?.setAttribute("aria-pressed", "false");
    const legend = new Legend(this.graph, this.store, this.metrics);
    const analysis = new AnalysisPanel(this.store, {
      hideSelection: () => sc.hide([...this.state.lasso]),
      expandSelection: () => void sc.expandMany([...this.state.lasso]),
      runLayout: () => void this.runChosenLayout().then((done) => done && this.view.fit()),
    });
    const filters = new FilterPanel(this.graph, this.store);
    this.filters = filters;
    const stats = new StatsPanel(this.graph, this.store);
    this.stats = stats;
    const statsSection = section("statistics", stats.el);
    stats.attach(statsSection);
    const views = new ViewsPanel(
      new ViewStore(localStorage),
      (name) => this.exports.saveView(name),
      (name) => this.exports.openView(name),
    );
    const b = (name: string, key: Parameters<Toolbar["button"]>[1], icon: string, fn: () => void) =>
      this.toolbar.button(name, key, icon, fn);
    const exportBody = h(
      "div",
      { class: "export" },
      b("png", "exportPng", "🖼", () => void this.exports.exportPng(this.metrics.colour)),
      b("svg", "exportSvg", "SVG", () => void this.exports.exportSvg(this.metrics.colour)),
      b("gexf", null, "GEXF", () => void this.exports.exportScene("gexf")),
      b("graphml", null, "GraphML", () => void this.exports.exportScene("graphml")),
      b("json", null, "JSON", () => void this.exports.exportScene("json")),
      b("share", "share", "🔗", () => void this.exports.share()),
    );
    const left = h(
      "aside",
      { class: "left", ...ariaLabel("ariaPanels") },
      section("corridors", this.corridors.el, true),
      section("legend", legend.el, true),
      section("paths", this.paths.el),
      section("analysis", analysis.el),
      section("filters", filters.el),
      statsSection,
      section("views", views.el),
      section("export", exportBody),
      section("upload", this.uploadPanel.el),
      this.reviewPanel.section(section("review", this.reviewPanel.el)),
    );
    const stage = h("div", { class: "stage", id: "stage", tabindex: "0", ...ariaLabel("graphCanvas") });
    const consoleSection = section("cypher", this.console.el) as HTMLDetailsElement;
    consoleSection.classList.add("console-panel");
    const c = this.chrome;
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
          this.listView.el,
          c.hint,
          c.status,
          c.toastEl,
          this.analystViews.el,
        ),
        h("aside", { class: "right" }, this.inspector.el),
      ),
      splitPane(consoleSection),
      consoleSection,
    );
    const view = this.createView(stage);
    this.connect(view, legend, analysis);
    this.toolbar.update(this.state, false, false);
    this.density.update(this.state);
    return view;
  }

  /** The one display subscription and the keyboard shortcuts. */
  private connect(view: GraphView, legend: Legend, analysis: AnalysisPanel): void {
    const sc = this.scene;
    const sel = () => sc.selection();
    const c = this.chrome;
    this.cleanup.push(
      connectDisplay({
        graph: this.graph,
        store: this.store,
        metrics: this.metrics,
        view,
        legend,
        analysis,
        toolbar: this.toolbar,
        chrome: c,
        inspector: this.inspector,
        navigation: this.navigation,
        extra: [
          (s, prev) => this.paths.update(s, prev),
          (s) => this.density.update(s),
          (s) => this.filters?.update(s),
          (s) => this.stats?.update(s),
          (s) => this.listView.update(s),
          // ForceAtlas2 settings changed while the Layout button's run goes on apply from its next step.
          (s, prev) => s.layout !== prev.layout && view.updateLiveLayout(s.layout),
        ],
      }),
      bindKeys({
        search: () => this.search.input.focus(),
        undo: () => this.undo(),
        redo: () => this.redo(),
        expand: () => void sc.expandMany(sel()),
        hide: () => sc.hideSelected(),
        collapse: () => sc.collapse(sel()),
        pin: () => sc.togglePin(sel()),
        fit: () => this.view.fit(),
        deselect: () => this.dispatch({ type: "clearSelection" }),
        list: () => this.toggleList(),
      }),
    );
  }

  private createView(stage: HTMLElement): GraphView {
    const store = this.store;
    const source = {
      get state() {
        return store.state;
      },
      metrics: this.metrics,
    };
    const view = new GraphView(stage, this.graph, source, {
      clickNode: (id, ev) =>
        this.dispatch(ev?.ctrlKey || ev?.metaKey ? { type: "toggleLasso", id } : { type: "select", id }),
      doubleClickNode: (id) => void this.scene.expand(id),
      clickEdge: (id) => this.dispatch({ type: "selectEdge", id }),
      clickStage: () => this.dispatch({ type: "clearSelection" }),
      lasso: (ids, additive) => this.dispatch({ type: "setLasso", ids, additive }),
      nodeMoved: () => {},
    });
    view.onLayoutChange = (running) => this.toolbar.setLayoutRunning(running);
    return view;
  }

  get state(): ExplorerState {
    return this.store.state;
  }

  dispatch(action: Action): void {
    this.store.dispatch(action);
  }

  async start(): Promise<void> {
    void this.corridors.load();
    void this.console.loadNamed().then((named) => this.phrases.use(named));
    await startFromUrl(this, location.hash);
    if (this.graph.order === 0) this.recoverWhenBack();
  }

  /**
   * The first screen failed (Neo4j stopped or restarting): wait until the database answers, then start
   * again (scene, corridors, named queries) without a reload.
   */
  private recoverWhenBack(): void {
    this.chrome.toast(t("waitingForDatabase"), true);
    const probe = async () => (await this.api.health()).neo4j === "up";
    this.cleanup.push(
      pollUntil(probe, () => {
        void this.corridors.load();
        void this.console.loadNamed().then((named) => this.phrases.use(named));
        void startFromUrl(this, location.hash).then(() => {
          if (this.graph.order > 0) this.chrome.toast(t("databaseBack"));
        });
      }),
    );
  }

  /** A completed search phrase: run it, say what it found (or why not). */
  private async runPhrase(d: PhraseDraft): Promise<void> {
    const phrase = draftText(d);
    try {
      const { rows, nodes } = await this.queries.runPhrase(d);
      this.chrome.toast(
        rows ? say("phraseResult", { phrase, rows, nodes }) : say("phraseNoRows", { phrase }),
      );
      if (rows) this.stage.focus({ preventScroll: true });
    } catch (e) {
      this.chrome.fail(e);
    }
  }

  // The API the e2e tests and the browser console use.
  select(id: string): void {
    this.dispatch({ type: "select", id });
  }
  expand(id: string, rels?: string[], limit?: number): Promise<void> {
    return this.scene.expand(id, rels, limit);
  }
  shareUrl(): string {
    return this.exports.shareUrl();
  }
  /** The layout chosen in the Layout panel; its positions are one undo step (undo puts the nodes back). */
  runChosenLayout(): Promise<boolean> {
    return this.view.runLayout(8000, {
      chosen: true,
      beforeApply: () => this.store.changeScene("layout", () => {}),
    });
  }
  /** A scene change made by an analyst view (a dated graph, a matrix row): one undoable step. */
  applyViewScene(fn: () => MergeResult, kind: "view" | "dated" = "view"): void {
    let added = 0;
    this.store.changeScene(kind, () => {
      added = fn().addedNodes.length;
    });
    if (added) this.view.runLayout(1500);
  }
  highlight(nodes: string[], edges: string[]): void {
    this.dispatch({ type: "highlight", focus: { nodes, edges } });
  }
  toast(message: string, error = false): void {
    this.chrome.toast(message, error);
  }

  /** Show or hide the list view; opening it moves the keyboard to its first node. */
  toggleList(): void {
    const open = this.listView.toggle(this.state);
    this.toolbar.buttons.get("list")?.setAttribute("aria-pressed", String(open));
    if (open) this.listView.el.querySelector<HTMLButtonElement>("button")?.focus();
    else this.toolbar.buttons.get("list")?.focus();
  }

  /** Graph ↔ map: the same scene and selection, at geographic positions. */
  private async toggleMap(): Promise<void> {
    try {
      const on = await this.map.toggle();
      this.toolbar.buttons.get("map")?.setAttribute("aria-pressed", String(on));
    } catch (error) {
      this.toast((error as Error).message, true);
    }
  }

  undo(): void {
    this.view.stopLayout();
    this.store.undo();
  }
  redo(): void {
    this.view.stopLayout();
    this.store.redo();
  }

  destroy(): void {
    for (const c of this.cleanup) c();
    this.navigation.destroy();
    this.console.destroy();
    this.analystViews.destroy();
    this.map.destroy();
    this.view.kill();
  }
}
