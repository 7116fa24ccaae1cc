/**
 * Browser history of the explorer: navigations push an entry whose URL is the scene's share URL, minor
 * changes replace the current entry, and Back/Forward (popstate) restore an entry through one store
 * action (`restoreHistory`), so the step is also an undo step. An entry of an earlier page load (its scene
 * is not in this session's memory) is restored from its URL by reloading the page, as a link would be.
 * Opening a document gets its own entry too: Back closes the reader.
 */
import { NavMemory, navStep, readNavState } from "../model/navHistory";
import { restore, type SceneGraph, type SceneSnapshot, snapshot } from "../model/scene";
import type { ExplorerState } from "../store/state";
import type { ChangeInfo, Store } from "../store/store";

export interface NavigationDeps {
  store: Store<SceneSnapshot>;
  graph: SceneGraph;
  /** The URL that encodes the current scene (the share URL). */
  url(): string;
  stopLayout(): void;
  /** The document reader: open a document without a new entry, close it. */
  showDocument(doc: string): void;
  closeDocument(): void;
}

export class Navigation {
  private readonly session = Math.random().toString(36).slice(2, 10);
  private step = 0;
  private key = this.newKey();
  private readonly memory = new NavMemory<SceneSnapshot>();
  /** The scene change kind that made the current entry (null: the first screen, or Back/Forward). */
  private entryKind: string | null = null;
  private readonly onPop = (ev: PopStateEvent) => this.restore(ev.state);

  constructor(private readonly deps: NavigationDeps) {
    window.addEventListener("popstate", this.onPop);
  }

  private newKey(): string {
    this.step += 1;
    return `${this.session}:${this.step}`;
  }

  /** The store subscription's part: push or replace the entry for this change. */
  record(_s: ExplorerState, prev: ExplorerState, info: ChangeInfo<SceneSnapshot>): void {
    const step = navStep(info, this.entryKind);
    if (step === "push" && info.before) {
      this.memory.set(this.key, { state: prev, scene: info.before });
      this.key = this.newKey();
      this.entryKind = info.kind ?? null;
      history.pushState({ zg: this.key }, "", this.deps.url());
    } else {
      const doc = readNavState(history.state)?.doc;
      history.replaceState({ zg: this.key, ...(doc ? { doc } : {}) }, "", this.deps.url());
    }
  }

  /** A document opened in the reader: an entry over the same scene, so Back closes it. */
  documentOpened(doc: string): void {
    if (readNavState(history.state)?.doc === doc) return;
    history.pushState({ zg: this.key, doc }, "", location.href);
  }

  /** The reader was closed by the user: leave its entry, so Back does not reopen it. */
  documentClosed(): void {
    if (readNavState(history.state)?.doc) history.back();
  }

  private restore(raw: unknown): void {
    const target = readNavState(raw);
    if (!target) return;
    if (target.zg !== this.key) {
      const entry = this.memory.get(target.zg);
      if (!entry) {
        location.reload();
        return;
      }
      const { store, graph } = this.deps;
      this.memory.set(this.key, { state: store.state, scene: snapshot(graph) });
      this.key = target.zg;
      this.entryKind = null;
      this.deps.stopLayout();
      store.changeScene("history", () => restore(graph, entry.scene), {
        type: "restoreHistory",
        state: entry.state,
      });
    }
    if (target.doc) this.deps.showDocument(target.doc);
    else this.deps.closeDocument();
  }

  destroy(): void {
    window.removeEventListener("popstate", this.onPop);
  }
}
