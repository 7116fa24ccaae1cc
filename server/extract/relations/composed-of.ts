import type { Mention } from "../entities/types";
import { relationAlt } from "../lexicon";
import { typeOf } from "./context";
import { pushMembers } from "./stage";
import { T_COMPOSED } from "./triggers";
import type { RelationRule } from "./types";

/** What may stand between two members of the list: a separator, after a count (东盟10国及中国). */
const BETWEEN = new RegExp(
  String.raw`^(\d+\s*个?(${relationAlt("composedCountNouns")}))?(${relationAlt("composedJoins")})$`,
);
/**
 * What may stand between the agreement and 由: nothing, or an adverb of contrast or of origin (DEPA则由A和B
 * 共同发起, X最初由A、B组成).
 */
const OPEN = new RegExp(String.raw`^\s*(${relationAlt("composedLeadAdverbs")})?\s*由`);
/** What may open the list before its first recognised member: nothing, or a short unrecognised party. */
const FIRST = new RegExp(
  String.raw`^$|^[\u4e00-\u9fff]{1,8}?(\d+\s*个?(${relationAlt("composedCountNouns")}))?(${relationAlt("composedJoins")})$`,
);

/**
 * An agreement made up of the countries listed after 由 (RCEP由东盟10国及中国、日本、韩国组成,
 * …(则)由A和B共同发起): ALIGNS_WITH from every listed country or bloc to the agreement. The list must
 * follow the agreement's name right after 由, and be closed by a word of composition (triggers.json
 * "composed"), after an optional count or bracket (等15国, (即10+5)). Not the list before the
 * agreement (由A、B组成的X): the agreement there may only modify a noun (由A、B组成的RCEP培训团), and
 * unseen text showed too few of the shape to check it. No stage: composition says nothing of signing or
 * ratifying.
 */
export const composedOf: RelationRule = {
  name: "composed-of",
  types: ["ALIGNS_WITH"],
  find({ norm, abbr, of, push }) {
    const countries = [...of("Country"), ...abbr.filter((m) => typeOf(m.id) === "Country")].sort(
      (x, y) => x.cs - y.cs,
    );
    for (const ag of of("Agreement")) {
      const open = OPEN.exec(norm.slice(ag.ce));
      if (!open) continue;
      const members: Mention[] = [];
      let at = ag.ce + open[0].length;
      for (const c of countries) {
        if (c.cs < at) continue;
        const gap = norm.slice(at, c.cs);
        // (the list may open with a party not recognised as a name: 东协10国及中国…)
        if (!(members.length === 0 ? FIRST.test(gap) : BETWEEN.test(gap))) break;
        members.push(c);
        at = c.ce;
      }
      const close = new RegExp(
        `^(\\d+\\s*个?(${relationAlt("composedCountNouns")}))?(等\\d*\\s*个?(${relationAlt("composedEtcCountNouns")})?)?(\\([^)]{0,12}\\))?(${T_COMPOSED.source})`,
      );
      if (members.length === 0 || !close.test(norm.slice(at))) continue;
      const end = at + (close.exec(norm.slice(at))?.[0].length ?? 0);
      pushMembers(push, members, ag.id, () => ({ cs: ag.cs, ce: end }), undefined);
    }
  },
};
