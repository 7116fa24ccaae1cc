import { hanRunBefore } from "../clauses";
import { DESCRIPTIVE, GENERIC_MORPHEMES, readLexicon, STRONG_STOPS } from "../lexicon";
import type { EntityRule } from "./types";

/** data/lexicon/foreign-cities.json: the joints of a list, the noun closing a list of ports and its last joints. */
const lex = readLexicon<{
  listJoints: string[];
  portListHeads: string[];
  portListLastJoints: string[];
}>("foreign-cities.json");
/** 等港口 or 港口 right after a Han character (甲、乙、丙等港口, 甲和乙港口). */
const LIST_END = new RegExp(`(?<=[\\u4e00-\\u9fff])(?:等)?(?:${lex.portListHeads.join("|")})`, "g");
const JOINTS = new Set(lex.listJoints);
const LAST = new Set(lex.portListLastJoints);
/** The place types that make a list one of places. */
const PLACE = /^(?:City|Country|Province):/;

/**
 * Unseen ports in a list of ports written by their places before a shared 港口 (新加坡、科伦坡、甲乙、丙丁等港口;
 * 汤斯维尔和甲乙等港口; 马拉加和甲乙港口), read backwards from the closing noun: an item is a catalogued or already
 * found place, or an unseen name of two to six characters holding no stop, generic or descriptive word, not opened by a
 * known place (烟台两大) nor made only of countries' short names (日韩); the last
 * item may follow 和 or 及, the others 、; a waterway (苏伊士运河) is a generic item and closes the list. When a place is among the items,
 * each unseen name is a port, X港, the list's head naming what it is (set 18 (5): 新加坡、巴生等港口 are ports); a
 * known place keeps the reading its own rules give it. The first item (it may hold the verb before it) is read only
 * when it ends in a place.
 */
export const placePortLists: EntityRule = {
  name: "place-port-lists",
  type: "Port",
  priority: 5,
  find({ norm, n, add, cands }) {
    /** The start of a place ending at `ce` (a candidate of an earlier rule, or a catalogued suffix of the run). */
    const placeEnding = (from: number, ce: number): number | null => {
      const c = cands.filter((o) => o.ce === ce && o.cs >= from && PLACE.test(o.id));
      if (c.length > 0) return Math.min(...c.map((o) => o.cs));
      const suf = n.cat.placeSuffix(norm.slice(from, ce));
      return suf ? ce - suf.form.length : null;
    };
    const unseenItem = (item: string) =>
      item.length >= 2 &&
      item.length <= 6 &&
      !STRONG_STOPS.some((w) => item.includes(w)) &&
      !GENERIC_MORPHEMES.test(item) &&
      !DESCRIPTIVE.test(item) &&
      !item.includes("港") &&
      !n.quantified(item) &&
      // 烟台两大, 韩国等国: a known place opening the item is the place itself with words after it, no name
      !n.startsWithPlace(item) &&
      // 日韩, 中日韩: a run of countries' short names is a group of countries, no port
      ![...item].every((c) => c === "中" || n.cat.countryAbbr.get(c));
    for (const m of norm.matchAll(LIST_END)) {
      let pos = m.index ?? 0;
      const unseen: [number, number][] = [];
      let places = 0;
      let last = true;
      while (pos > 0) {
        const from = hanRunBefore(norm, pos, 8);
        const run = norm.slice(from, pos);
        // the last item may follow 和 or 及 (甲和乙港口): the run splits there
        const k = last ? Math.max(...[...LAST].map((j) => run.lastIndexOf(j))) : -1;
        const s = k > 0 ? from + k + 1 : from;
        const p = placeEnding(s, pos);
        let cs: number;
        if (p !== null) {
          places++;
          cs = p;
        } else if ((JOINTS.has(norm[s - 1] ?? "") || k > 0) && unseenItem(norm.slice(s, pos))) {
          unseen.push([s, pos]);
          cs = s;
        } else break;
        last = false;
        const joint = norm[cs - 1] ?? "";
        if (!(JOINTS.has(joint) || (k > 0 && cs === s && LAST.has(joint)))) break;
        pos = cs - 1;
      }
      if (places === 0) continue;
      for (const [cs, ce] of unseen) {
        const name = `${norm.slice(cs, ce)}港`;
        add({ id: n.cat.resolve(name, ["Port"]) ?? n.ensure("Port", name), cs, ce, method: "pattern" });
      }
    }
  },
};
