/** The first screen: a shared link's scene when the URL carries one, else the overview. */
import { t } from "../i18n";
import { mergeSubgraph } from "../model/scene";
import { decodeState } from "../model/urlstate";
import type { CypherConsole } from "./console";
import type { Ctx } from "./context";
import type { CorridorsPanel } from "./corridorsPanel";
import type { SceneController } from "./sceneController";

interface Startable extends Ctx {
  readonly scene: SceneController;
  readonly corridors: CorridorsPanel;
  readonly console: CypherConsole;
}

export async function startFromUrl(app: Startable, hash: string): Promise<void> {
  const url = decodeState(hash);
  if (!url) return app.scene.loadOverview(false);
  const { store, api, graph, chrome, view } = app;
  // The shared scene is where this session starts: not an undo step.
  store.dispatch({ type: "setLang", lang: url.lang }, { record: false });
  for (const ty of url.hiddenTypes) store.dispatch({ type: "toggleType", nodeType: ty }, { record: false });
  if (url.query) app.console.setQuery(url.query);
  if (url.nodes.length) {
    try {
      // The view API (POST /api/subgraph), not the analysts' console: no rate limit, no guard. It also
      // brings back the documents, passages and claims a Cypher result put in the scene.
      const res = await api.subgraphByIds(url.nodes);
      store.changeScene("shared", () => mergeSubgraph(graph, res.graph), undefined, { record: false });
      view.runLayout();
      if (res.missing?.length) chrome.toast(`${t("sharedMissing")}: ${res.missing.length}`);
    } catch (e) {
      chrome.fail(e);
    }
  } else await app.scene.loadOverview(false);
  if (url.corridor) await app.corridors.choose(url.corridor);
  const sel = url.selected;
  if (sel && graph.hasNode(sel)) store.dispatch({ type: "select", id: sel }, { record: false });
  else if (sel && graph.hasEdge(sel)) store.dispatch({ type: "selectEdge", id: sel }, { record: false });
}
