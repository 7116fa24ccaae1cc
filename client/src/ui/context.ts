/** What the controllers share: the data graph, the store, the API, the renderer and the chrome. */
import type { Api } from "../api";
import type { SceneGraph, SceneSnapshot } from "../model/scene";
import type { Store } from "../store/store";
import type { Chrome } from "./chrome";
import type { GraphView } from "./graphView";

export interface Ctx {
  readonly graph: SceneGraph;
  readonly store: Store<SceneSnapshot>;
  readonly api: Api;
  readonly chrome: Chrome;
  /** Read when an action runs (the renderer is created once the DOM exists). */
  readonly view: GraphView;
}
