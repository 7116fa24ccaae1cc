/**
 * The list walker of the sea-line rules (call-order.ts, port-sailing.ts): the places listed from an offset
 * on, each joined to the one before it by a joint. The rules differ only in what they accept as a joint
 * and in whether a country right before a place counts as a list item, so they pass those as a shape.
 */
import type { Mention } from "../entities/types";
import { typeOf } from "./context";

export interface ListShape {
  /** Whether `gap` may stand before the next place: after the list's start (`first`) or after its last item. */
  joint(gap: string, first: boolean): boolean;
  /**
   * Whether a country written right before a place (no gap: 越南胡志明) only places it: the country is
   * dropped and the place takes its slot. When false, both are items (a call of the list each).
   */
  countryPlaces: boolean;
}

/** The places listed from `at` on (`places` sorted by start), as long as each gap is a joint of `shape`. */
export function listedPlaces(norm: string, places: Mention[], at: number, shape: ListShape): Mention[] {
  const list: Mention[] = [];
  let pos = at;
  for (const m of places) {
    if (m.cs < pos) continue;
    const gap = norm.slice(pos, m.cs);
    const prev = list[list.length - 1];
    if (shape.countryPlaces && prev && gap === "" && typeOf(prev.id) === "Country") list.pop();
    else if (!shape.joint(gap, list.length === 0)) break;
    list.push(m);
    pos = m.ce;
  }
  return list;
}
