import { charClass, entityAlt, NAME_FUNCTION_CHARS } from "../lexicon";
import type { EntityRule } from "./types";

/** What joins the two ends of a section (甲至乙段, 甲到乙段, 甲-乙段), as regex alternatives; line-sections reads the same. */
export const SECTION_JOIN = "至|到|[-─]";

/**
 * A section of a line named by its two ends right after the line's kind, bare or in brackets, and closed
 * by 段: 中老高速公路万象至万荣段, 白沙瓦至卡拉奇高速公路（木尔坦至苏库尔段）.
 */
const SECTION = new RegExp(
  `(${entityAlt("sectionLineKinds")})[(（]?([\\u4e00-\\u9fff]{2,4}?)(?:${SECTION_JOIN})([\\u4e00-\\u9fff]{2,4}?)段`,
  "g",
);

/**
 * What no end's name holds: function characters, adverbs of time and aspect (已, 正, 目前, 现), and the verbs
 * of building a line (建设, 修建, 延伸): 铁路已延伸到甲村段, 铁路目前建设至乙镇段 name no place before 至/到.
 */
const NOT_END = charClass(NAME_FUNCTION_CHARS, "已正仍还再又也都均即");
const NOT_END_WORD = new RegExp(entityAlt("sectionNotEndWords"));

/**
 * The ends of a section of a named line (a corridor found before this rule ends at the kind) that no
 * other rule knows, as cities (the shape names places: towns, cities); known places are left to their
 * own rules. An end holding a known place, ending in a station (…站), a border (冀晋界) or a direction
 * (…东, …西, …南, …北: a part of a place, not a place), or holding a verb or an adverb, is not read.
 */
export const sectionEnds: EntityRule = {
  name: "section-ends",
  type: "City",
  priority: 1,
  find({ norm, n, cands, add }) {
    if (!norm.includes("段")) return;
    for (const m of norm.matchAll(SECTION)) {
      const lineEnd = (m.index ?? 0) + (m[1] ?? "").length;
      if (!cands.some((c) => c.ce === lineEnd && c.id.startsWith("Corridor:"))) continue;
      const x = m[2] ?? "";
      const y = m[3] ?? "";
      const xs = (m.index ?? 0) + m[0].length - 1 - y.length - 1 - x.length;
      for (const [name, cs] of [
        [x, xs],
        [y, xs + x.length + 1],
      ] as const) {
        if (n.placesIn(name).length > 0 || /[站界东西南北]$/.test(name)) continue;
        if (NOT_END.test(name) || NOT_END_WORD.test(name)) continue;
        const id = n.cat.resolve(name, ["City"]) ?? n.ensure("City", name);
        add({ id, cs, ce: cs + name.length, method: "pattern" });
      }
    }
  },
};
