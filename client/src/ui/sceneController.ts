/** Scene actions: first screen, expand, collapse, hide, pin, add from search — each one undoable. */
import type { SearchHit } from "../../../contracts/api";
import { t } from "../i18n";
import { applySeed } from "../layout/seed";
import { placeExpansion } from "../model/layout";
import { collapseNode, mergeSubgraph, removeNodes, sceneBounds, setPinned } from "../model/scene";
import type { Ctx } from "./context";

export const OVERVIEW_TYPES = ["FreeTradeZone", "Province", "Corridor", "Agreement"];
/** ForceAtlas2 budget of the first screen (see layout/budget.ts). */
const FIRST_SCREEN_BUDGET_MS = 3000;
/** Gap between nodes placed by an expand, in screen pixels: about a label's height. */
const LABEL_GAP_PX = 14;

export class SceneController {
  constructor(private readonly ctx: Ctx) {}

  async loadOverview(record: boolean): Promise<void> {
    const { api, store, graph, chrome, view } = this.ctx;
    try {
      chrome.setBusy(true);
      const res = await api.subgraph({ types: OVERVIEW_TYPES, limit: 2000 });
      store.changeScene(
        "overview",
        () => {
          graph.clear();
          mergeSubgraph(graph, res.graph);
          // Seeded start (regions, zones by their province, corridors between): the same on every load.
          applySeed(graph);
        },
        undefined,
        { record },
      );
      chrome.showTruncated(res, null);
      view.fit();
      void view.runLayout(FIRST_SCREEN_BUDGET_MS, { shelf: true }).then((applied) => applied && view.fit());
    } catch (e) {
      chrome.toast(`${t("apiDown")}: ${e instanceof Error ? e.message : String(e)}`, true);
    } finally {
      chrome.setBusy(false);
    }
  }

  async expand(id: string, rels?: string[], limit = 150): Promise<void> {
    const { api, store, graph, chrome, view } = this.ctx;
    try {
      chrome.setBusy(true);
      const res = await api.neighborhood(id, { rels, limit });
      // A layout still running (the first screen's) lands first: the new nodes are placed around the
      // expanded node where it ends up, and nothing moves them afterwards.
      await view.settled();
      const anchor = graph.hasNode(id)
        ? { x: graph.getNodeAttribute(id, "x") as number, y: graph.getNodeAttribute(id, "y") as number }
        : undefined;
      let added: string[] = [];
      store.changeScene("expand", () => {
        added = mergeSubgraph(graph, res.graph, { anchor }).addedNodes;
        if (anchor) this.placeAround(id, added);
      });
      chrome.showTruncated(res, () => void this.expand(id, rels, Math.min(2000, limit * 4)));
      // No ForceAtlas2 here: the new nodes have their places and the rest of the scene stays put
      // (the Layout button relaxes everything on request).
      if (added.length) view.include(added);
    } catch (e) {
      chrome.fail(e);
    } finally {
      chrome.setBusy(false);
    }
  }

  /**
   * Put the nodes an expand brought in around the expanded node, clear of each other and of the scene (a
   * label's height between nodes), without moving anything already there. Sizes are the drawn ones in graph
   * units: the camera fits the whole scene afterwards, so when the scene grows the pass runs again at the
   * scale the grown scene will be drawn at.
   */
  private placeAround(anchor: string, added: string[]): void {
    if (!added.length) return;
    const { graph, view } = this.ctx;
    const extent = () => {
      const b = sceneBounds(graph);
      return b ? Math.max(b.maxX - b.minX, b.maxY - b.minY) : 0;
    };
    const before = extent();
    let unit = view.graphUnitsPerPixel() || (before > 0 ? before / 800 : 1);
    const place = () =>
      placeExpansion(graph, anchor, added, {
        sizeOf: (n) => view.nodePixelSize(n) * unit,
        margin: LABEL_GAP_PX * unit,
      });
    place();
    const after = extent();
    if (before > 0 && after > before * 1.05) {
      unit *= after / before;
      place();
    }
  }

  async expandMany(ids: string[]): Promise<void> {
    for (const id of ids.slice(0, 20)) await this.expand(id);
  }

  /** The selected node(s): the selection, else the multi-selection. */
  selection(): string[] {
    const s = this.ctx.store.state;
    return s.selectedNode ? [s.selectedNode] : [...s.lasso];
  }

  hide(ids: string[]): void {
    if (!ids.length) return;
    this.ctx.store.changeScene("hide", () => removeNodes(this.ctx.graph, ids));
  }

  hideSelected(): void {
    const s = this.ctx.store.state;
    if (s.lasso.size) this.hide([...s.lasso]);
    else if (s.selectedNode) this.hide([s.selectedNode]);
    else if (s.selectedEdge && this.ctx.graph.hasEdge(s.selectedEdge)) {
      const e = s.selectedEdge;
      this.ctx.store.changeScene("hide", () => this.ctx.graph.dropEdge(e));
    }
  }

  collapse(ids: string[]): void {
    if (!ids.length) return;
    this.ctx.store.changeScene("collapse", () => {
      for (const id of ids) collapseNode(this.ctx.graph, id);
    });
  }

  togglePin(ids: string[]): void {
    const present = ids.filter((id) => this.ctx.graph.hasNode(id));
    if (!present.length) return;
    const pin = !present.every((id) => this.ctx.graph.getNodeAttribute(id, "fixed") === true);
    this.ctx.store.changeScene("pin", () => setPinned(this.ctx.graph, present, pin));
    this.ctx.chrome.toast(pin ? t("pin") : t("unpin"));
  }

  /** Add a search hit to the scene (when missing) and select it, in one undo step. */
  addFromSearch(hit: SearchHit): void {
    const { graph, store } = this.ctx;
    if (graph.hasNode(hit.id)) {
      store.dispatch({ type: "select", id: hit.id });
      return;
    }
    const attributes = {
      type: hit.type,
      label: hit.name,
      name: hit.name,
      nameEn: hit.nameEn,
      degree: hit.degree,
      aliases: hit.aliases,
    };
    store.changeScene(
      "add",
      () => mergeSubgraph(graph, { nodes: [{ key: hit.id, attributes }], edges: [] }),
      {
        type: "select",
        id: hit.id,
      },
    );
  }

  /** Select a node, adding it to the scene first when needed (from a document mention or an edge end). */
  selectOrFetch(id: string): void {
    const { graph, store, api, view, chrome } = this.ctx;
    if (graph.hasNode(id)) {
      store.dispatch({ type: "select", id });
      view.focusNode(id);
      return;
    }
    void api
      .node(id)
      .then((d) => {
        const attributes = { type: d.type, label: d.name, name: d.name, nameEn: d.nameEn };
        store.changeScene(
          "add",
          () => mergeSubgraph(graph, { nodes: [{ key: d.id, attributes }], edges: [] }),
          {
            type: "select",
            id,
          },
        );
        view.focusNode(id);
      })
      .catch((e: unknown) => chrome.fail(e));
  }
}
