import { HAND_PICKED_CITIES } from "../lexicon";
import type { EntityContext } from "./types";

/**
 * Helpers shared by the rules of offices stationed in another place (diplomatic-missions.ts, stationed-offices.ts):
 * the receiving place after 驻 and the state whose name opens an office's.
 */

/** The receiving place of an office: a catalogued state, province or city. */
export const RECEIVING = /^(?:Country|Province|City):/;
/** Direction and size words that make a state's name the tail of a longer one (北爱尔兰, 新几内亚). */
export const TAIL_OF_NAME = /[东西南北新大]/;

/** The end of a catalogued state, province or city at `at` (a candidate or a gazetteer place; with `handPicked`,
 * also a hand-picked foreign city of foreign-cities.json: 驻洛杉矶), else 0. */
export function placeEnd(ctx: EntityContext, at: number, handPicked = false): number {
  const { norm, cands } = ctx;
  let end = 0;
  for (const c of cands) if (c.cs === at && RECEIVING.test(c.id) && c.ce > end) end = c.ce;
  const key = ctx.n.cat.longestPlaceAt(norm, at);
  if (key && RECEIVING.test(ctx.n.cat.places.get(key) ?? "")) end = Math.max(end, at + key.length);
  if (handPicked)
    for (let k = 2; k <= 5; k++)
      if (HAND_PICKED_CITIES.has(norm.slice(at, at + k))) end = Math.max(end, at + k);
  return end;
}
