/**
 * What the analyst views need from the explorer, and how the explorer provides it: the canvas (replace
 * the scene, count its zones, light up entities) and the document viewer.
 */
import type { SerializedGraph } from "../../../contracts/api";
import type { Api } from "../api";
import type { MergeResult, SceneGraph } from "../model/scene";
import { mergeSubgraph } from "../model/scene";
import { replaceScene } from "./sceneSync";
import { countZones, type ZoneCounts } from "./timeModel";

export interface ViewHooks {
  api: Api;
  /** The canvas becomes this graph (nodes already there keep their places). */
  showScene(g: SerializedGraph): void;
  /** Zones on the canvas by status. */
  zoneCounts(): ZoneCounts;
  /** Light up these entities (brought onto the canvas when missing) and relationships. */
  focus(nodes: string[], edges: string[]): Promise<void>;
  openDocument(doc: string, start: number, end: number): void;
  error(message: string): void;
}

/** The explorer as the views see it (the public members of App they use). */
export interface ExplorerLike {
  readonly api: Api;
  readonly graph: SceneGraph;
  readonly docView: { open(doc: string, focus?: { start: number; end: number }): Promise<void> };
  readonly view: { fitNodes(ids: string[]): void };
  applyViewScene(fn: () => MergeResult, kind?: "view" | "dated"): void;
  highlight(nodes: string[], edges: string[]): void;
  toast(message: string, error?: boolean): void;
}

export function explorerHooks(app: ExplorerLike): ViewHooks {
  return {
    api: app.api,
    showScene: (g) => app.applyViewScene(() => replaceScene(app.graph, g), "dated"),
    zoneCounts: () => countZones(app.graph.mapNodes((_, a) => a)),
    focus: async (nodes, edges) => {
      const res = await app.api.subgraphByIds(nodes);
      app.applyViewScene(() => mergeSubgraph(app.graph, res.graph));
      const present = nodes.filter((n) => app.graph.hasNode(n));
      app.highlight(present, [...edges, ...res.graph.edges.map((e) => e.key)]);
      app.view.fitNodes(present);
    },
    openDocument: (doc, start, end) => void app.docView.open(doc, { start, end }),
    error: (message) => app.toast(message, true),
  };
}
