import { describe, expect, it } from "vitest";
import {
  type Favourite,
  FavouriteStore,
  favouritesReducer,
  MAX_FAVOURITE_NAME,
  nameProblem,
} from "../../../../client/src/model/favourites";

const fav = (id: string, name = id): Favourite => ({ id, name, query: "MATCH (n) RETURN n", params: {} });

function memory() {
  const m = new Map<string, string>();
  return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v), m };
}

describe("favourite queries", () => {
  it("adds newest first, renames and removes by id", () => {
    let list = favouritesReducer([], { type: "add", favourite: fav("a", "  Zones  ") });
    list = favouritesReducer(list, { type: "add", favourite: fav("b") });
    expect(list.map((f) => [f.id, f.name])).toEqual([
      ["b", "b"],
      ["a", "Zones"],
    ]);
    list = favouritesReducer(list, { type: "rename", id: "a", name: "区域" });
    expect(list[1]?.name).toBe("区域");
    list = favouritesReducer(list, { type: "remove", id: "b" });
    expect(list.map((f) => f.id)).toEqual(["a"]);
  });

  it("refuses an empty or too long name and an empty query, and leaves the list as it was", () => {
    const list = [fav("a")];
    expect(nameProblem("   ")).toBe("favouriteNameEmpty");
    expect(nameProblem("x".repeat(MAX_FAVOURITE_NAME + 1))).toBe("favouriteNameLong");
    expect(nameProblem("ok")).toBeNull();
    expect(favouritesReducer(list, { type: "rename", id: "a", name: " " })).toBe(list);
    expect(favouritesReducer(list, { type: "rename", id: "nope", name: "x" })).toBe(list);
    expect(favouritesReducer(list, { type: "remove", id: "nope" })).toBe(list);
    expect(favouritesReducer(list, { type: "add", favourite: { ...fav("b"), query: "  " } })).toBe(list);
  });

  it("persists in the browser's storage, and undo brings back what a delete removed", () => {
    const kv = memory();
    const store = new FavouriteStore(kv);
    store.dispatch({ type: "add", favourite: fav("a", "first") });
    store.dispatch({ type: "add", favourite: fav("b", "second") });
    expect(new FavouriteStore(kv).list().map((f) => f.name)).toEqual(["second", "first"]);
    store.dispatch({ type: "remove", id: "a" });
    expect(store.list().map((f) => f.id)).toEqual(["b"]);
    expect(store.canUndo).toBe(true);
    expect(store.undo().map((f) => f.id)).toEqual(["b", "a"]);
    expect(new FavouriteStore(kv).list().map((f) => f.id)).toEqual(["b", "a"]);
    expect(store.canUndo).toBe(false);
  });

  it("reads a damaged stored list as far as it is valid", () => {
    const kv = memory();
    kv.setItem("zonegraph.cypherFavourites.v1", "{not json");
    expect(new FavouriteStore(kv).list()).toEqual([]);
    kv.setItem(
      "zonegraph.cypherFavourites.v1",
      JSON.stringify([fav("a"), { id: 3 }, null, { ...fav("b"), params: [] }]),
    );
    expect(new FavouriteStore(kv).list().map((f) => f.id)).toEqual(["a"]);
  });
});
