/** Saved views, file exports and share links. */
import { entityName, getLang, t } from "../i18n";
import { toGEXF, toGraphML, toJSON } from "../model/exporters";
import { restore, snapshot } from "../model/scene";
import { compactScene } from "../model/sharedScene";
import { sizeForDegree, typeStyle } from "../model/styling";
import { encodeState } from "../model/urlstate";
import type { ViewStore } from "../model/views";
import type { ColourBy, SizeBy } from "../store/state";
import { DEFAULT_LABEL_DENSITY } from "../store/state";
import type { Ctx } from "./context";
import { download } from "./dom";
import { exportPng } from "./pngExport";

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

  exportScene(format: "gexf" | "graphml" | "json"): void {
    const g = this.ctx.graph;
    const stamp = new Date().toISOString().slice(0, 10);
    if (format === "json") download(`zonegraph-${stamp}.json`, toJSON(g), "application/json");
    else if (format === "gexf")
      download(`zonegraph-${stamp}.gexf`, toGEXF(g, this.displayStyle()), "application/xml");
    else download(`zonegraph-${stamp}.graphml`, toGraphML(g, this.displayStyle()), "application/xml");
  }

  async exportPng(colour: Map<string, number> | null): Promise<void> {
    await exportPng(this.ctx.view, this.ctx.graph, this.ctx.store.state, colour);
  }

  shareUrl(): string {
    const s = this.ctx.store.state;
    const g = this.ctx.graph;
    const nodes = g.nodes();
    const edges = g.mapEdges((key, a, source, target) => ({ key, source, target, type: String(a.type) }));
    const pos = (n: string) => ({
      x: g.getNodeAttribute(n, "x") as number,
      y: g.getNodeAttribute(n, "y") as number,
    });
    const camera = this.ctx.view.sigma.getCamera().getState();
    const hash = encodeState(
      {
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
      },
      { compact: compactScene(nodes, pos, edges, camera) },
    );
    return `${location.origin}${location.pathname}#${hash}`;
  }

  updateUrl(): void {
    history.replaceState(null, "", this.shareUrl());
  }

  async share(): Promise<void> {
    const url = this.shareUrl();
    try {
      await navigator.clipboard.writeText(url);
      this.ctx.chrome.toast(t("copied"));
    } catch {
      this.ctx.chrome.toast(url);
    }
  }
}
