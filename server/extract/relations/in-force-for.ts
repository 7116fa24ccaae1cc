import type { Mention } from "../entities/types";
import { relationAlt } from "../lexicon";
import { typeOf } from "./context";
import { pushMembers } from "./stage";
import type { RelationRule } from "./types";

/** Between two parties of the list. */
const SEP = new RegExp(`^(${relationAlt("inForceJoins")})$`);
/** After the list: (等N国 | N国)(正式|全面)生效/实施, or 的生效. */
const IN_FORCE = new RegExp(
  String.raw`^((等\d*|\d+)\s*个?(${relationAlt("inForceCountNouns")}))?(${relationAlt("inForceAdverbs")})*(${relationAlt("inForceVerbs")})`,
);
/**
 * A later clause of the same sentence that goes on with the dates the same agreement enters into
 * force for further parties: ，2022年2月1日起对韩国生效 / ，随后对缅甸生效.
 */
const GOES_ON = new RegExp(
  String.raw`^[，,]\s*(\d{4}年)?(\d{1,2}月)?(\d{1,2}日)?(${relationAlt("inForceGoesOnWords")})?[对在]`,
);

/** The parties listed from `k` on (joined by 、和与及) and the end of the in-force words after them. */
function partiesFrom(norm: string, countries: Mention[], k0: number): { parties: Mention[]; end: number } {
  const parties: Mention[] = [];
  let k = k0;
  for (const c of countries) {
    if (c.cs < k) continue;
    if (!(parties.length === 0 ? c.cs === k : SEP.test(norm.slice(k, c.cs)))) break;
    parties.push(c);
    k = c.ce;
  }
  const tail = IN_FORCE.exec(norm.slice(k));
  return parties.length > 0 && tail ? { parties, end: k + tail[0].length } : { parties: [], end: k0 };
}

/**
 * An agreement that enters into force for parties: RCEP于2023年6月2日对菲律宾正式生效, 协定已对
 * 文莱、柬埔寨等6国生效 → ALIGNS_WITH from each party to the agreement, stage in_force. The agreement
 * is named before 对/在 in the same clause; the parties are the countries listed right after it.
 * Later clauses of the sentence that go on with the same agreement (，2022年2月1日起对韩国生效) add
 * their parties too, up to a clause that names another agreement or is no such clause.
 */
export const inForceFor: RelationRule = {
  name: "in-force-for",
  types: ["ALIGNS_WITH"],
  find({ norm, abbr, of, push }) {
    const countries = [...of("Country"), ...abbr.filter((m) => typeOf(m.id) === "Country")].sort(
      (x, y) => x.cs - y.cs,
    );
    const agreements = of("Agreement");
    for (const ag of agreements) {
      const stop = norm.slice(ag.ce).search(/[，,；;。！？!?]/);
      const clause = stop < 0 ? norm.slice(ag.ce) : norm.slice(ag.ce, ag.ce + stop);
      for (const t of clause.matchAll(/[对在]/g)) {
        let found = partiesFrom(norm, countries, ag.ce + (t.index ?? 0) + 1);
        if (found.parties.length === 0) continue;
        while (found.parties.length > 0) {
          const end = found.end;
          pushMembers(push, found.parties, ag.id, () => ({ cs: ag.cs, ce: end }), "in_force");
          const next = GOES_ON.exec(norm.slice(end));
          if (!next || agreements.some((x) => x.cs >= end && x.cs < end + next[0].length)) break;
          found = partiesFrom(norm, countries, end + next[0].length);
        }
        break;
      }
    }
  },
};
