/**
 * Favourite Cypher queries (as Neo4j Browser's favourites), kept in this browser: actions as plain data and
 * a pure reducer (add, rename, remove, and restore for undo), then a small store that persists the list in
 * localStorage and keeps one level of undo. A bad name is refused with a message key; a stored list that
 * is not ours (hand-edited, another version) is read as far as it is valid, never thrown on.
 */
import type { KeyValueStore } from "./views";

export interface Favourite {
  id: string;
  name: string;
  query: string;
  params: Record<string, unknown>;
}

export type FavouriteAction =
  | { type: "add"; favourite: Favourite }
  | { type: "rename"; id: string; name: string }
  | { type: "remove"; id: string }
  | { type: "restore"; list: readonly Favourite[] };

export const MAX_FAVOURITE_NAME = 100;
export const MAX_FAVOURITES = 200;
const KEY = "zonegraph.cypherFavourites.v1";

/** Why a name is refused (an i18n key), or null when it is fine. */
export function nameProblem(name: string): "favouriteNameEmpty" | "favouriteNameLong" | null {
  const n = name.trim();
  if (!n) return "favouriteNameEmpty";
  if ([...n].length > MAX_FAVOURITE_NAME) return "favouriteNameLong";
  return null;
}

/** The next list; an action with a bad name or an unknown id leaves the list as it is. */
export function favouritesReducer(list: readonly Favourite[], a: FavouriteAction): readonly Favourite[] {
  switch (a.type) {
    case "add":
      if (nameProblem(a.favourite.name) || !a.favourite.query.trim()) return list;
      return [{ ...a.favourite, name: a.favourite.name.trim() }, ...list].slice(0, MAX_FAVOURITES);
    case "rename":
      if (nameProblem(a.name) || !list.some((f) => f.id === a.id)) return list;
      return list.map((f) => (f.id === a.id ? { ...f, name: a.name.trim() } : f));
    case "remove":
      return list.some((f) => f.id === a.id) ? list.filter((f) => f.id !== a.id) : list;
    case "restore":
      return a.list;
  }
}

function isFavourite(x: unknown): x is Favourite {
  if (!x || typeof x !== "object") return false;
  const f = x as Record<string, unknown>;
  return (
    typeof f.id === "string" &&
    typeof f.name === "string" &&
    typeof f.query === "string" &&
    !!f.params &&
    typeof f.params === "object" &&
    !Array.isArray(f.params)
  );
}

export class FavouriteStore {
  private undoList: readonly Favourite[] | null = null;

  constructor(private readonly store: KeyValueStore) {}

  list(): readonly Favourite[] {
    try {
      const raw = this.store.getItem(KEY);
      const parsed: unknown = raw ? JSON.parse(raw) : [];
      return Array.isArray(parsed) ? parsed.filter(isFavourite) : [];
    } catch {
      return [];
    }
  }

  /** Applies the action and saves; the list before it is what `undo()` restores. */
  dispatch(a: FavouriteAction): readonly Favourite[] {
    const before = this.list();
    const next = favouritesReducer(before, a);
    if (next !== before) {
      this.undoList = before;
      this.store.setItem(KEY, JSON.stringify(next));
    }
    return next;
  }

  get canUndo(): boolean {
    return this.undoList !== null;
  }

  undo(): readonly Favourite[] {
    if (!this.undoList) return this.list();
    const list = this.undoList;
    this.undoList = null;
    this.store.setItem(KEY, JSON.stringify(list));
    return list;
  }
}

/** A new favourite's id: unique enough within one browser's list. */
export function favouriteId(now = Date.now(), rand = Math.random()): string {
  return `f${now.toString(36)}${Math.floor(rand * 1e6).toString(36)}`;
}
