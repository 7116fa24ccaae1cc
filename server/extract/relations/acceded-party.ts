import type { Mention } from "../entities/types";
import { typeOf } from "./context";
import { pushMembers, stageIn } from "./stage";
import type { RelationRule } from "./types";

/** The act right before the agreement (申请加入DEPA的加拿大, 已批准RCEP的日本), and no negation before it. */
const ACT = /(申请加入|正式加入|已经?加入|加入了?|签署了?|签订了?|批准了?|核准了?)([《「“"]?)$/;
const NEGATED = /(未|没有|没|不|拒绝|放弃|暂缓)$/;
/** What joins the parties listed after 的 (A、B和C). */
const SEP = /^(、|和|与|及|以及)$/;

/** The countries listed from `at` on: adjacent to it, joined by 、和与及, each a whole name (not 中国台湾). */
function listFrom(norm: string, at: number, countries: Mention[], all: Mention[]): Mention[] {
  const out: Mention[] = [];
  let pos = at;
  for (const c of countries) {
    if (c.cs < pos) continue;
    const gap = norm.slice(pos, c.cs);
    if (out.length === 0 ? gap !== "" : !SEP.test(gap)) break;
    if (all.some((m) => m.cs === c.ce)) break;
    out.push(c);
    pos = c.ce;
  }
  return out;
}

/**
 * A party named by what it did to an agreement, as a relative clause before it: 申请加入DEPA的加拿大,
 * 已批准RCEP的日本和新西兰 → ALIGNS_WITH from each country to the agreement, with the stage of the act
 * (申请加入 → applied, 批准 → ratified, 签署 → signed). A negated act (尚未加入RCEP的印度) and what is not
 * a country right after 的 (加入RCEP的好处, 签署RCEP的15个国家) give nothing.
 */
export const accededParty: RelationRule = {
  name: "acceded-party",
  types: ["ALIGNS_WITH"],
  find({ norm, ms, of, push }) {
    const countries = of("Country")
      .filter((c) => typeOf(c.id) === "Country")
      .sort((x, y) => x.cs - y.cs);
    for (const ag of of("Agreement")) {
      const before = norm.slice(Math.max(0, ag.cs - 8), ag.cs);
      const act = ACT.exec(before);
      if (!act || NEGATED.test(before.slice(0, act.index))) continue;
      const de = /^[》」”"）)]?的/.exec(norm.slice(ag.ce));
      if (!de) continue;
      const members = listFrom(norm, ag.ce + de[0].length, countries, ms);
      const last = members[members.length - 1];
      if (!last) continue;
      const cs = ag.cs - (before.length - act.index);
      pushMembers(push, members, ag.id, () => ({ cs, ce: last.ce }), stageIn(act[1] ?? ""));
    }
  },
};
