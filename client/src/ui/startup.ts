/** The first screen: a shared link's scene when the URL carries one, else the overview. */

import type { SerializedGraph } from "../../../contracts/api";
import { REL_TYPES } from "../../../contracts/graph";
import { StoredScene } from "../../../contracts/scenes";
import { t } from "../i18n";
import { mergeSubgraph, type SceneGraph } from "../model/scene";
import type { SharedScene } from "../model/sharedScene";
import { decodeSceneObject, decodeState, sharedSceneId, type UrlState } from "../model/urlstate";
import type { ColourBy, SizeBy } from "../store/state";
import type { CypherConsole } from "./console";
import type { Ctx } from "./context";
import type { CorridorsPanel } from "./corridorsPanel";
import type { SceneController } from "./sceneController";

interface Startable extends Ctx {
  readonly scene: SceneController;
  readonly corridors: CorridorsPanel;
  readonly console: CypherConsole;
}

/** Merge the shared nodes, keep only the sender's edges, put every node where the sender had it. */
function restoreShared(graph: SceneGraph, sub: SerializedGraph, scene: SharedScene | null): void {
  const edges = scene?.edges;
  mergeSubgraph(graph, edges ? { ...sub, edges: sub.edges.filter((e) => edges.has(e.key)) } : sub);
  if (!scene) return;
  for (const [id, p] of scene.positions)
    if (graph.hasNode(id)) graph.mergeNodeAttributes(id, { x: p.x, y: p.y });
}

/** The state of the URL: decoded from the hash, or read from the stored scene a short link names. */
async function urlState(app: Startable, hash: string): Promise<UrlState | null> {
  const id = sharedSceneId(hash);
  if (!id) return decodeState(hash);
  try {
    const stored = await app.api.request(`/api/scenes/${id}`, StoredScene);
    return decodeSceneObject(stored.scene);
  } catch (e) {
    app.chrome.toast(`${t("sharedSceneMissing")}: ${e instanceof Error ? e.message : String(e)}`, true);
    return null;
  }
}

export async function startFromUrl(app: Startable, hash: string): Promise<void> {
  const url = await urlState(app, hash);
  if (!url) return app.scene.loadOverview(false);
  const { store, api, graph, chrome, view } = app;
  // The shared scene is where this session starts: not an undo step.
  store.dispatch({ type: "setLang", lang: url.lang }, { record: false });
  for (const ty of url.hiddenTypes) store.dispatch({ type: "toggleType", nodeType: ty }, { record: false });
  for (const rel of url.hiddenRels ?? []) store.dispatch({ type: "toggleRel", rel }, { record: false });
  if (url.style)
    store.dispatch(
      { type: "setStyle", colourBy: url.style.colourBy as ColourBy, sizeBy: url.style.sizeBy as SizeBy },
      { record: false },
    );
  if (url.labelDensity != null)
    store.dispatch({ type: "setLabelDensity", value: url.labelDensity }, { record: false });
  if (url.filters) store.dispatch({ type: "setRangeFilter", ...url.filters }, { record: false });
  if (url.query) app.console.setQuery(url.query);
  if (url.nodes.length) {
    try {
      // The view API (POST /api/subgraph), not the analysts' console: no rate limit, no guard. It also
      // brings back the documents, passages and claims a Cypher result put in the scene.
      const scene = url.scene;
      // Co-occurrence edges come back only when asked for by name (with every typed one).
      const withCo = [...(scene?.edges ?? [])].some((e) => e.startsWith("CO_OCCURS:"));
      const res = await api.subgraphByIds(url.nodes, withCo ? REL_TYPES : undefined);
      store.changeScene("shared", () => restoreShared(graph, res.graph, scene ?? null), undefined, {
        record: false,
      });
      // The sender's exact layout and camera when the link carries them, else a fresh layout.
      if (scene?.positions.size) {
        view.sigma.refresh();
        if (scene.camera) view.sigma.getCamera().setState(scene.camera);
      } else view.runLayout();
      if (res.missing?.length) chrome.toast(`${t("sharedMissing")}: ${res.missing.length}`);
    } catch (e) {
      chrome.fail(e);
    }
  } else await app.scene.loadOverview(false);
  if (url.corridor) await app.corridors.choose(url.corridor, !!url.scene?.positions.size);
  const sel = url.selected;
  if (sel && graph.hasNode(sel)) store.dispatch({ type: "select", id: sel }, { record: false });
  else if (sel && graph.hasEdge(sel)) store.dispatch({ type: "selectEdge", id: sel }, { record: false });
}
