/**
 * Which store changes are browser-history steps, and the scenes of this session's history entries.
 * Navigations (a node expanded or brought in by search, a view opened, paths, a corridor, a Cypher result,
 * the overview) get their own entry (pushState); minor changes (selection, filters, style, hide, pin, undo)
 * rewrite the current one (replaceState). Pure: no DOM, unit-tested.
 */
import type { ExplorerState } from "../store/state";
import type { ChangeInfo } from "../store/store";

export type NavStep = "push" | "replace";

const NAVIGATIONS: ReadonlySet<string> = new Set([
  "overview",
  "expand",
  "add",
  "path",
  "corridor",
  "cypher",
  "view",
  "dated",
]);
/** Navigations whose runs make one entry: every date the time slider plays through is not a Back step. */
const RUNS: ReadonlySet<string> = new Set(["dated"]);

/** What a store change does to the browser history; `entryKind` is the kind that made the current entry. */
export function navStep(info: ChangeInfo, entryKind: string | null = null): NavStep {
  if (info.kind && RUNS.has(info.kind) && info.kind === entryKind) return "replace";
  // Back/Forward itself (kind "history") only rewrites the entry it went to.
  // The first screen and a shared link's scene are where the session starts, not a step.
  if (info.recorded !== false && info.scene && info.kind && NAVIGATIONS.has(info.kind)) return "push";
  return "replace";
}

/** What a browser history entry of this session carries in `history.state`. */
export interface NavEntryState {
  /** The scene's key in the session's memory (session id + step number). */
  zg: string;
  /** The document open in the reader, when the entry is "the document opened over the scene". */
  doc?: string;
}

export function readNavState(raw: unknown): NavEntryState | null {
  if (!raw || typeof raw !== "object") return null;
  const o = raw as Record<string, unknown>;
  if (typeof o.zg !== "string") return null;
  return typeof o.doc === "string" ? { zg: o.zg, doc: o.doc } : { zg: o.zg };
}

export interface NavScene<S> {
  state: ExplorerState;
  scene: S;
}

/** The scenes of the last `capacity` history entries, by key; the oldest are forgotten first. */
export class NavMemory<S> {
  private readonly entries = new Map<string, NavScene<S>>();
  constructor(private readonly capacity = 60) {}

  set(key: string, value: NavScene<S>): void {
    this.entries.delete(key);
    this.entries.set(key, value);
    while (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
  }

  get(key: string): NavScene<S> | undefined {
    return this.entries.get(key);
  }

  get size(): number {
    return this.entries.size;
  }
}
