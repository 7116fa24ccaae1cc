/** What a controller needs of the store: read the state, dispatch an action. */
import type { Action } from "../store/actions";
import type { ExplorerState } from "../store/state";

export interface StoreLike {
  readonly state: ExplorerState;
  dispatch(action: Action): void;
}
