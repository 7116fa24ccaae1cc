/** Saved views, file exports and share links. */
import { StoredScene } from "../../../contracts/scenes";
import { entityName, getLang, t } from "../i18n";
import { toGEXF, toGraphML, toJSON } from "../model/exporters";
import type { ExportFacts } from "../model/exportFacts";
import { restore, snapshot } from "../model/scene";
import { type CompactScene, compactScene } from "../model/sharedScene";
import { sizeForDegree, typeStyle } from "../model/styling";
import { encodeState, sceneObject, storesScene, type UrlState } from "../model/urlstate";
import type { ViewStore } from "../model/views";
import type { ColourBy, SizeBy } from "../store/state";
import { DEFAULT_LABEL_DENSITY } from "../store/state";
import type { Ctx } from "./context";
import { download } from "./dom";
import { fetchExportFacts } from "./exportFacts";
import { exportPng } from "./pngExport";
import { exportSvg } from "./svgExport";

export class ExportShare {
  constructor(
    private readonly ctx: Ctx,
    private readonly views: ViewStore,
  ) {}

  saveView(name: string): void {
    const { view, graph, store, chrome } = this.ctx;
    const s = store.state;
    this.views.save({
      name,
      savedAt: new Date().toISOString(),
      scene: snapshot(graph),
      hiddenTypes: [...s.hiddenTypes],
      colourBy: s.colourBy,
      sizeBy: s.sizeBy,
      camera: view.sigma.getCamera().getState(),
      selected: s.selectedNode,
    });
    chrome.toast(`${t("save")}: ${name}`);
  }

  openView(name: string): void {
    const v = this.views.get(name);
    if (!v) return;
    const { view, graph, store } = this.ctx;
    view.stopLayout();
    store.changeScene("view", () => restore(graph, v.scene), {
      type: "restoreView",
      hiddenTypes: v.hiddenTypes,
      colourBy: v.colourBy as ColourBy,
      sizeBy: v.sizeBy as SizeBy,
      selected: v.selected,
    });
    if (v.camera) view.sigma.getCamera().setState(v.camera);
  }

  private displayStyle() {
    const g = this.ctx.graph;
    return {
      color: (n: string) => typeStyle(g.getNodeAttribute(n, "type")).color,
      size: (n: string) => {
        const d = g.getNodeAttribute(n, "degree");
        return sizeForDegree(typeof d === "number" ? d : g.degree(n));
      },
      label: (n: string) => entityName(g.getNodeAttributes(n), getLang()),
    };
  }

  /** Statuses, evidence counts, methods, stages and documents of the scene, from the API. */
  private facts(): Promise<ExportFacts> {
    return fetchExportFacts(this.ctx.api, this.ctx.graph);
  }

  async exportScene(format: "gexf" | "graphml" | "json"): Promise<void> {
    const g = this.ctx.graph;
    const stamp = new Date().toISOString().slice(0, 10);
    if (format === "json") return download(`zonegraph-${stamp}.json`, toJSON(g), "application/json");
    const facts = await this.facts();
    if (format === "gexf")
      download(`zonegraph-${stamp}.gexf`, toGEXF(g, this.displayStyle(), facts), "application/xml");
    else download(`zonegraph-${stamp}.graphml`, toGraphML(g, this.displayStyle(), facts), "application/xml");
  }

  async exportPng(colour: Map<string, number> | null): Promise<void> {
    const { view, graph, store } = this.ctx;
    await exportPng(view, graph, store.state, colour, await this.facts());
  }

  async exportSvg(colour: Map<string, number> | null): Promise<string> {
    const { view, graph, store } = this.ctx;
    return exportSvg(view, graph, store.state, colour, await this.facts());
  }

  /** What a link carries: the state and the exact scene (positions, edge set, camera). */
  private linkState(): { state: UrlState; compact: CompactScene } {
    const s = this.ctx.store.state;
    const g = this.ctx.graph;
    const nodes = g.nodes();
    const edges = g.mapEdges((key, a, source, target) => ({ key, source, target, type: String(a.type) }));
    const pos = (n: string) => ({
      x: g.getNodeAttribute(n, "x") as number,
      y: g.getNodeAttribute(n, "y") as number,
    });
    const camera = this.ctx.view.sigma.getCamera().getState();
    const state: UrlState = {
      nodes,
      hiddenTypes: [...s.hiddenTypes],
      selected: s.selectedNode ?? s.selectedEdge,
      query: s.query,
      corridor: s.corridor,
      lang: s.lang,
      hiddenRels: [...s.hiddenRels],
      style:
        s.colourBy === "type" && s.sizeBy === "degree" ? null : { colourBy: s.colourBy, sizeBy: s.sizeBy },
      labelDensity: s.labelDensity === DEFAULT_LABEL_DENSITY ? null : s.labelDensity,
      filters:
        s.minDegree || s.minConfidence ? { minDegree: s.minDegree, minConfidence: s.minConfidence } : null,
    };
    return { state, compact: compactScene(nodes, pos, edges, camera) };
  }

  /** The whole scene in the link (the address bar keeps this form). */
  shareUrl(): string {
    const { state, compact } = this.linkState();
    return `${location.origin}${location.pathname}#${encodeState(state, { compact })}`;
  }

  /**
   * The link to share: the whole scene in the URL when it is short, else the scene stored server-side
   * under its content hash (`#s=<id>`); the full URL when storing fails (no write access, an error).
   */
  async shareLink(): Promise<{ url: string; notStored: boolean }> {
    const { state, compact } = this.linkState();
    const base = `${location.origin}${location.pathname}`;
    const full = `${base}#${encodeState(state, { compact })}`;
    if (!storesScene(full.length - base.length)) return { url: full, notStored: false };
    try {
      const stored = await this.ctx.api.request("/api/scenes", StoredScene, {
        method: "POST",
        body: JSON.stringify(sceneObject(state, { compact })),
      });
      return { url: `${base}#s=${stored.id}`, notStored: false };
    } catch {
      return { url: full, notStored: true };
    }
  }

  async share(): Promise<void> {
    const { url, notStored } = await this.shareLink();
    try {
      await navigator.clipboard.writeText(url);
      this.ctx.chrome.toast(t(notStored ? "shareNotStored" : "copied"));
    } catch {
      this.ctx.chrome.toast(url);
    }
  }
}
