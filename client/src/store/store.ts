/**
 * The one store: dispatch an action, the pure reducer computes the next state, every subscriber derives its
 * part of the display from it — no caller refreshes anything by hand. Every recorded action is undoable:
 * an undo entry keeps the state before it and, when the action changed the data graph, a snapshot of the
 * graph before it.
 */
import type { Action, ActionType, SceneChangeKind } from "./actions";
import { reduce, type SceneReader } from "./reducer";
import type { ExplorerState } from "./state";

/** The data graph as the store needs it: read it, snapshot it, put a snapshot back. */
export interface SceneHost<S> {
  readonly reader: SceneReader;
  snapshot(): S;
  restore(snap: S): void;
}

export interface ChangeInfo<S = unknown> {
  /** The action, or "undo"/"redo". */
  cause: ActionType | "undo" | "redo";
  /** The data graph changed (nodes, edges or positions were replaced or mutated). */
  scene: boolean;
  /** What kind of scene change (`changeScene`'s kind); absent for display actions, undo and redo. */
  kind?: SceneChangeKind;
  /** False when the change was left out of the undo history (a shared link's scene, the first screen). */
  recorded?: boolean;
  /** The data graph before a `changeScene` mutation (the snapshot its undo entry keeps). */
  before?: S;
}

export type Listener<S = unknown> = (state: ExplorerState, prev: ExplorerState, info: ChangeInfo<S>) => void;

interface Entry<S> {
  state: ExplorerState;
  scene: S | null;
}

export interface DispatchOptions {
  /** Leave the action out of the undo history (restoring a shared link, the first screen). */
  record?: boolean;
}

export class Store<S> {
  private current: ExplorerState;
  private past: Entry<S>[] = [];
  private future: Entry<S>[] = [];
  private readonly listeners = new Set<Listener<S>>();

  constructor(
    private readonly host: SceneHost<S>,
    initial: ExplorerState,
    private readonly capacity = 60,
  ) {
    this.current = initial;
  }

  get state(): ExplorerState {
    return this.current;
  }

  subscribe(fn: Listener<S>): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  /** A display action: no-op actions (same state back) are neither recorded nor announced. */
  dispatch(action: Action, opts: DispatchOptions = {}): void {
    const next = reduce(this.current, action, this.host.reader);
    if (next === this.current) return;
    if (opts.record !== false) this.record({ state: this.current, scene: null });
    this.commit(next, { cause: action.type, scene: false, recorded: opts.record !== false });
  }

  /**
   * A change of the data graph: `mutate` changes it, then the state is reconciled (`sceneChanged`) and
   * `then` applied (e.g. the highlight of the path just added) — one undo entry for all of it.
   */
  changeScene(kind: SceneChangeKind, mutate: () => void, then?: Action, opts: DispatchOptions = {}): void {
    const before: Entry<S> = { state: this.current, scene: this.host.snapshot() };
    mutate();
    let next = reduce(this.current, { type: "sceneChanged", kind }, this.host.reader);
    if (then) next = reduce(next, then, this.host.reader);
    if (opts.record !== false) this.record(before);
    this.commit(next, {
      cause: then?.type ?? "sceneChanged",
      scene: true,
      kind,
      recorded: opts.record !== false,
      before: before.scene ?? undefined,
    });
  }

  get canUndo(): boolean {
    return this.past.length > 0;
  }
  get canRedo(): boolean {
    return this.future.length > 0;
  }

  undo(): boolean {
    return this.travel(this.past, this.future, "undo");
  }
  redo(): boolean {
    return this.travel(this.future, this.past, "redo");
  }

  /** Forget the history (a new first screen). */
  clearHistory(): void {
    this.past = [];
    this.future = [];
  }

  private travel(from: Entry<S>[], to: Entry<S>[], cause: "undo" | "redo"): boolean {
    const entry = from.pop();
    if (!entry) return false;
    to.push({ state: this.current, scene: entry.scene ? this.host.snapshot() : null });
    if (entry.scene) this.host.restore(entry.scene);
    // Keep the scene version monotonic so a subscriber never mistakes an older graph for the current one.
    const state = entry.scene
      ? { ...entry.state, sceneVersion: this.current.sceneVersion + 1 }
      : { ...entry.state, sceneVersion: this.current.sceneVersion };
    this.commit(state, { cause, scene: !!entry.scene });
    return true;
  }

  private record(entry: Entry<S>): void {
    this.past.push(entry);
    if (this.past.length > this.capacity) this.past.shift();
    this.future = [];
  }

  private commit(next: ExplorerState, info: ChangeInfo<S>): void {
    const prev = this.current;
    this.current = next;
    for (const l of this.listeners) l(next, prev, info);
  }
}
