import { hanRunBefore } from "../clauses";
import { charClass, NAME_FUNCTION_CHARS, readLexicon } from "../lexicon";
import type { EntityRule } from "./types";

const UNIVERSITY_NAMES = readLexicon<{
  departments: string[];
  unitsAfter: string[];
  visitVerbs: string[];
  clauseWords: string[];
  genericLeads: string[];
}>("university-names.json");

/** A university's unit or officer right after 大学 (政治系, 副校长): the words before it name the university. */
const UNIT_AFTER = new RegExp(
  `^(?:[\u4e00-\u9fff]{0,6}?(?:${UNIVERSITY_NAMES.departments.join("|")})|${[...UNIVERSITY_NAMES.unitsAfter].sort((a, b) => b.length - a.length).join("|")})`,
);
/** Words ending in a department's head that are none (教育体系, 合作关系, 信息系统). */
const NOT_DEPARTMENT = /^[\u4e00-\u9fff]*?(?:体系|关系|联系|系统|系列|派系)/;
/** Words that open the run before a name and are no part of it (与某某大学…, 特邀某某大学…). */
const OPENER = /[据由和与及在从向邀请访、]/;
/** Function words, determiners and counts a university's own name does not hold. */
const FUNCTION = charClass(NAME_FUNCTION_CHARS, "其则这那该各每个所位名些他她我你它说");
/** Verbs of entering or studying at a university (考入, 就读): a clause before 大学, not a name. */
const CLAUSE = new RegExp(UNIVERSITY_NAMES.clauseWords.join("|"));
const HAN = /[\u4e00-\u9fff]/;

/** The start after the last verb of visiting in norm[cs, k) (代表团参观某某大学), else `cs`. */
export function afterVisitVerb(norm: string, cs: number, k: number): number {
  let start = cs;
  for (const v of UNIVERSITY_NAMES.visitVerbs) {
    const i = norm.lastIndexOf(v, k - v.length);
    if (i >= cs && i + v.length > start) start = i + v.length;
  }
  return start;
}

/**
 * The start of a university's name before 大学 at `k`: the run of Han text from a non-Han character or
 * after its last opener (与, 邀, 、…), two to eight characters, no function word, determiner or count and
 * no generic lead (知名大学, 国内大学); else -1.
 */
function nameStart(norm: string, k: number): number {
  let cs = afterVisitVerb(norm, hanRunBefore(norm, k, 9), k);
  for (let i = k - 1; i >= cs; i--) {
    if (OPENER.test(norm[i] ?? "")) {
      cs = i + 1;
      break;
    }
  }
  if (cs === hanRunBefore(norm, k, 9) && cs > 0 && HAN.test(norm[cs - 1] ?? "")) return -1;
  const name = norm.slice(cs, k);
  if (name.length < 2 || name.length > 8 || FUNCTION.test(name) || CLAUSE.test(name)) return -1;
  if (UNIVERSITY_NAMES.genericLeads.some((w) => name.startsWith(w))) return -1;
  return cs;
}

/**
 * Universities the text names by their unit or officer (某某大学政治系教授, 某某大学副校长): the Han run before
 * 大学, after the last opener, names the university when a unit of it or its officer follows 大学. A kind of
 * university (知名大学副校长), a count (一所大学) or a clause (他考入大学) names none.
 */
export const universities: EntityRule = {
  name: "universities",
  type: "Organization",
  priority: 1,
  find({ norm, n, add, cands }) {
    for (let k = norm.indexOf("大学"); k >= 0; k = norm.indexOf("大学", k + 2)) {
      const after = norm.slice(k + 2, k + 10);
      if (!UNIT_AFTER.test(after) || NOT_DEPARTMENT.test(after.slice(0, 8))) continue;
      if (cands.some((c) => c.ce === k + 2 && c.cs < k && c.id.startsWith("Organization:"))) continue;
      const cs = nameStart(norm, k);
      if (cs < 0) continue;
      add({
        id: n.resolveOrRegister("Organization", norm.slice(cs, k + 2)),
        cs,
        ce: k + 2,
        method: "pattern",
      });
    }
  },
};
