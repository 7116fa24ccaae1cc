import { hanRunBefore } from "../clauses";
import { COUNTED_BODIES_IN, charClass, NAME_FUNCTION_CHARS, STRONG_STOPS, VISIT_VERBS } from "../lexicon";
import { schoolClause } from "./public-bodies";
import type { EntityRule } from "./types";

/**
 * Words of two or more characters that end the words before a name: name-boundaries strong (携手, 走访…) and its
 * visitVerbs (参观, 考察, 就读于…), which only this rule reads.
 */
const CLAUSE_STOPS = [...STRONG_STOPS.filter((w) => w.length > 1), ...VISIT_VERBS];

/** The start after the last clause stop in norm[cs, k) (代表团参观某某大学…), else `cs`. */
function afterStrongStop(norm: string, cs: number, k: number): number {
  const run = norm.slice(cs, k);
  let start = cs;
  for (const w of CLAUSE_STOPS) {
    const i = run.lastIndexOf(w);
    if (i >= 0 && cs + i + w.length > start) start = cs + i + w.length;
  }
  return start;
}

/** X大学 + a unit (with an optional bracketed place) ending in 研究院/研究所/研究中心/学院. */
const UNIT = /^大学((?:[\u4e00-\u9fff]|\([\u4e00-\u9fff]{2,4}\)){2,16}?(?:研究院|研究所|研究中心|学院))/;

/** Function words a university or unit name does not hold (财经 and 自贸区 may be inside one). */
const FUNCTION = charClass(NAME_FUNCTION_CHARS, "其则");
/**
 * Words that may open the run before a name (据东北财经大学…). Not lexicon.ts NAME_OPENER_CHARS, which holds
 * 的 and 是: here a run holding them is no university name (FUNCTION drops it), not one to cut.
 */
const OPENER = /^[据由经和与及在从向对]/;

/**
 * Institutes and schools of a university: 东北财经大学经济与社会发展研究院, 某某大学辽宁（大连）自贸区
 * 研究院. The university name is the Han run before 大学 (two to eight characters, no function word); the
 * unit may hold 与/和 but no other function word. Brackets are written full-width in the name.
 */
export const universityInstitutes: EntityRule = {
  name: "university-institutes",
  type: "Organization",
  priority: 1,
  find({ norm, n, add, cands }) {
    for (const m of norm.matchAll(/大学/g)) {
      const k = m.index ?? 0;
      const unit = UNIT.exec(norm.slice(k));
      if (!unit) continue;
      // a university an earlier rule knows gives the start (本文根据香港大学…: not the clause before it)
      const known = cands.find((c) => c.ce === k + 2 && c.cs < k && c.id.startsWith("Organization:"));
      let cs = known ? known.cs : hanRunBefore(norm, k, 8);
      // a list before the university ends at its last conjunction (…科学院和贵州大学)
      const conj = Math.max(...[..."和与及"].map((c) => norm.lastIndexOf(c, k - 1)));
      if (conj >= cs) cs = conj + 1;
      if (OPENER.test(norm.slice(cs, k)) && k - cs > 3) cs++;
      // a word of one or two characters before a place opens the run, not the name (不过上海交通大学)
      const lead = n.placesIn(norm.slice(cs, k))[0];
      if (lead && lead.start > 0 && lead.start <= 2) cs += lead.start;
      // a strong stop (携手, 走访, 参观…) ends the words before the name (参观大学校园和学院 names none)
      cs = afterStrongStop(norm, cs, k);
      const uni = norm.slice(cs, k);
      const body = unit[1] ?? "";
      if (uni.length < 2 || n.quantified(uni) || FUNCTION.test(uni) || FUNCTION.test(body)) continue;
      if (COUNTED_BODIES_IN.test(body)) continue;
      // 与X大学合作设立孔子学院: a clause about a new body, no unit of the university
      if (schoolClause(norm, k, body)) continue;
      const ce = k + 2 + body.length;
      const name = norm.slice(cs, ce).replace(/\(/g, "（").replace(/\)/g, "）");
      add({ id: n.resolveOrRegister("Organization", name), cs, ce, method: "pattern" });
    }
  },
};
