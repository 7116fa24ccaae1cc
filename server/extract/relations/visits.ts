import type { Mention } from "../entities/types";
import { relationAlt } from "../lexicon";
import { typeOf } from "./context";
import { titled } from "./cooperate";
import type { RelationRule } from "./types";

const SUBJECT = ["FreeTradeZone", "Area", "Province", "City"];
/** A join between two hosts (、, 和, 与, 及, 以及: relation-words.json listJoins). */
const SEP = new RegExp(`^(${relationAlt("listJoins")})$`);
/** Before the first recognised host: nothing, or one host not recognised as a name (出访寮国、柬埔寨). */
const FIRST = new RegExp(`^$|^[\\u4e00-\\u9fff]{2,4}?(${relationAlt("listJoins")})$`);
/**
 * What makes a titled head's visit a delegation's (率团访问, 率领…代表团到访, 带队走访): the head then speaks for the place.
 * Not 率先 (first), 团队 (a team), 集团 (a company group).
 */
const DELEGATION = new RegExp(relationAlt("delegationWords"));
/** Verbs of a visit abroad (出访, 访问, 到访, 走访: relation-words.json visitVerbs). */
const VISIT_VERBS = new RegExp(relationAlt("visitVerbs"), "g");

/**
 * Whether a head's title follows the place `s` (cooperate.ts titled), also past the place's own 市/省/州 left
 * out of its name (汉堡市市长), 特区 before 行政长官 (甲特区行政长官) and a deputy's 副 (甲省副省长); a name that
 * ends in 市/省/州 right before 长 shares that character with the title (杭州市长某某: 市长, read with titles.json
 * placeHeads, whose lookahead keeps 湖南省长沙 a place).
 */
function headOf(norm: string, s: Mention): boolean {
  const own = /^(?:[市省州](?=副?[市省州]长)|特区(?=副?行政长官))/.exec(norm.slice(s.ce))?.[0].length ?? 0;
  const deputy = norm[s.ce + own] === "副" ? 1 : 0;
  const shared = own === 0 && deputy === 0 && /[市省州]/.test(norm[s.ce - 1] ?? "") && norm[s.ce] === "长";
  return titled(norm, { ...s, ce: s.ce + own + deputy - (shared ? 1 : 0) });
}

/**
 * Official visits: X率团出访A、B及C, X代表团访问A → COOPERATES_WITH from the visiting side to each
 * host (countries and provinces listed right after the verb). The visiting side is the subject of the
 * sentence (the shared choice), named in the same sentence before the verb with no country between
 * (越南代表团访问广西 is a visit to 广西, not by it). Not a titled head visiting in person with 访问, 到访 or 走访
 * (甲市市长某某访问乙国, 甲区行政长官某某此前访问乙省: cooperate.ts titled): a meeting of persons, as 会见 is; the
 * head leading a delegation (率团, 代表团) or going on an official trip abroad (出访) keeps the place's side.
 */
export const visits: RelationRule = {
  name: "visits",
  types: ["COOPERATES_WITH"],
  find({ norm, ms, push, subjectBefore, sentStartOf }) {
    const hosts = ms.filter((m) => /^(Country|Province)$/.test(typeOf(m.id))).sort((x, y) => x.cs - y.cs);
    for (const v of norm.matchAll(VISIT_VERBS)) {
      const at = (v.index ?? 0) + v[0].length;
      const list: Mention[] = [];
      let k = at;
      for (const h of hosts) {
        if (h.cs < k) continue;
        if (!(list.length === 0 ? FIRST.test(norm.slice(k, h.cs)) : SEP.test(norm.slice(k, h.cs)))) break;
        list.push(h);
        k = h.ce;
      }
      if (list.length === 0) continue;
      const s = subjectBefore(
        { id: "", cs: v.index ?? 0, ce: v.index ?? 0, method: "pattern", parts: [] },
        SUBJECT,
      );
      if (!s || s.cs < sentStartOf(at)) continue;
      if (v[0] !== "出访" && headOf(norm, s) && !DELEGATION.test(norm.slice(s.ce, v.index))) continue;
      if (ms.some((m) => typeOf(m.id) === "Country" && m.cs >= s.ce && m.ce <= (v.index ?? 0))) continue;
      for (const h of list)
        if (h.id !== s.id)
          push({
            type: "COOPERATES_WITH",
            subj: s,
            source: s.id,
            target: h.id,
            method: "pattern",
            confidence: 0.7,
            cs: s.cs,
            ce: h.ce,
          });
    }
  },
};
