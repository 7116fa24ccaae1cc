import { CLAUSE_MARKS, clauseOf, sentenceStart } from "../clauses";
import { alternatives, readLexicon } from "../lexicon";
import type { Mention } from "./types";

/** data/lexicon/industry.json: the words of a link's opening and of the effects it is said to have. */
const LEX = readLexicon<{
  routeEffectLinks: string[];
  routeEffectOpenings: string[];
  routeEffectLeads: string[];
  routeEffectVerbs: string[];
}>("industry.json");

/** A link and its opening, a few words apart in one clause (…往返航线的开通, 随着甲至乙公路全线贯通, 班列开行以来). */
const LINK_OPENED = new RegExp(
  `(?:${alternatives(LEX.routeEffectLinks).source})[^${CLAUSE_MARKS}]{0,4}?(?:${alternatives(LEX.routeEffectOpenings).source})`,
);
/** A clause that opens with a verb of effect, after modal words and adverbs at most (将有力推动, 可助力, 吸引). */
const EFFECT_LEAD = new RegExp(
  `^\\s*(?:${alternatives(LEX.routeEffectLeads).source})*(?:${alternatives(LEX.routeEffectVerbs).source})`,
);

/**
 * 甲至乙航线的开通，将有力推动两国跨境电商产业发展; 随着甲至乙公路实现全程高等级化，将促进边贸和旅游发展: the
 * sector is an effect a new air route, road or train is expected to have, not a field a place develops. The
 * sector's clause opens with a verb of effect and an earlier clause of its sentence (or the start of its own)
 * names the link's opening; a zone named in the passage keeps the sector (its owner may develop it).
 */
export function routeEffect(norm: string, m: Mention, hasZone: boolean): boolean {
  if (hasZone) return false;
  const [a] = clauseOf(norm, m.cs);
  if (!EFFECT_LEAD.test(norm.slice(a, m.cs))) return false;
  const before = norm.slice(sentenceStart(norm, m.cs), a);
  return LINK_OPENED.test(before) && !/[!?]/.test(before);
}
