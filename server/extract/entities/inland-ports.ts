import { hanRunBefore } from "../clauses";
import {
  charClass,
  entityAlt,
  GENERIC_MORPHEMES,
  NAME_FUNCTION_CHARS,
  QUANTIFIER,
  STRONG_STOPS,
} from "../lexicon";
import type { Names } from "./names";
import type { EntityRule } from "./types";

/**
 * Heads of inland and international port names (中原国际陆港, 武汉阳逻国际港, 银川国际公铁物流港: entity-words.json
 * inlandPortHeads).
 */
const HEAD = new RegExp(entityAlt("inlandPortHeads"), "g");
/** Characters a port's own name does not hold: particles, conjunctions, verbs of a clause. */
const STOP = charClass(NAME_FUNCTION_CHARS, "和与及等到至经过可已还也并又被让使由个");
/** A province written with its city in brackets before the head: 甘肃(武威)国际陆港. */
const BRACKETED = /([\u4e00-\u9fff]{2,8})[(（]([\u4e00-\u9fff]{2,4})[)）]$/;

/** The start of the name whose head starts at `k`, or null: a place with a district, or a bracketed city. */
function nameStart(norm: string, k: number, n: Names): number | null {
  const br = BRACKETED.exec(norm.slice(Math.max(0, k - 16), k));
  if (br) {
    const at = k - br[0].length;
    const outer = n.startsWithPlace(br[1] ?? "");
    const inner = n.startsWithPlace(br[2] ?? "");
    return outer?.len === (br[1] ?? "").length && inner ? at : null;
  }
  // the first place of the window that starts a clean name (货物运抵长沙国际公铁物流港 → 长沙…)
  const from = hanRunBefore(norm, k, 8);
  for (const p of n.placesIn(norm.slice(from, k))) {
    const core = norm.slice(from + p.start, k);
    if (STOP.test(core) || QUANTIFIER.test(core) || STRONG_STOPS.some((w) => core.includes(w))) continue;
    // a place and a district of at most four characters (武汉阳逻), no generic word (中心, 枢纽)
    const rest = core.slice(p.end - p.start);
    if (rest.length <= 4 && !GENERIC_MORPHEMES.test(rest)) return from + p.start;
  }
  // a two-character name after a stop word, not yet known as a place (依托怀化国际陆港)
  const two = n.nameStart(norm, k, 8);
  const core = norm.slice(two, k);
  return core.length === 2 && !STOP.test(core) && !QUANTIFIER.test(core) && !GENERIC_MORPHEMES.test(core)
    ? two
    : null;
}

/**
 * Inland and international ports named by their heads (国际陆港, 国际港, 国际公铁物流港): 怀化国际陆港,
 * 武汉阳逻国际港, 银川国际公铁物流港, 甘肃(武威)国际陆港. 国际港务区 (a zone), 国际港站 (a station) and 国际港口
 * (a common noun) are not ports.
 */
export const inlandPorts: EntityRule = {
  name: "inland-ports",
  type: "Port",
  priority: 2,
  find({ norm, n, add }) {
    for (const m of norm.matchAll(HEAD)) {
      const k = m.index ?? 0;
      const cs = nameStart(norm, k, n);
      if (cs === null) continue;
      const ce = k + m[0].length;
      const place = n.startsWithPlace(norm.slice(cs, k));
      add({
        id: n.resolveOrRegister("Port", norm.slice(cs, ce)),
        cs,
        ce,
        method: "pattern",
        parts: place ? [{ id: place.id, cs, ce: cs + place.len }] : [],
      });
    }
  },
};
