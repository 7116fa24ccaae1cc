import { charClassBody, HAND_PICKED_CITIES, readLexicon } from "../lexicon";
import type { EntityContext } from "./types";

/**
 * Helpers shared by the rules of offices stationed in another place (diplomatic-missions.ts, stationed-offices.ts):
 * the receiving place after 驻 and the state whose name opens an office's.
 */

/** The receiving place of an office: a catalogued state, province or city. */
export const RECEIVING = /^(?:Country|Province|City):/;
/** data/lexicon/diplomatic-missions.json: the words shared by both rules. */
const lex = readLexicon<{ notPlaceWords: string[]; nameTailChars: string[] }>("diplomatic-missions.json");
/** Direction and size words that make a state's name the tail of a longer one (北爱尔兰, 新几内亚): nameTailChars. */
export const TAIL_OF_NAME = new RegExp(`[${charClassBody(lex.nameTailChars.join(""))}]`);
/** Words that end a receiving place before a head could (a list, a clause, another office: 和, 的, 驻, 等):
 * notPlaceWords, one character each, as a class body (each rule adds its own words). */
export const NOT_A_PLACE_CHARS: string = charClassBody(lex.notPlaceWords.join(""));

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
