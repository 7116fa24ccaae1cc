import { clauseOf } from "../clauses";
import type { Mention } from "../entities/types";
import { typeOf } from "./context";
import {
  addressed,
  deniedCopula,
  hopedFor,
  negotiated,
  pushMembers,
  stageFrom,
  supportedApplicant,
} from "./stage";
import type { RelationRule } from "./types";

/**
 * The countries and the agreement are separate items (、 between the last country and the agreement) of a list of
 * fields opened by 在 and closed by 等方面/等领域 (支持某地发挥在中国-东盟贸易、RCEP全面实施等方面作用): the
 * agreement's stage word is no act of the countries. An item that holds both (在越南批准CPTPP后的市场等方面, 在协助
 * 文莱、老挝完成RCEP核准等方面: a list of countries inside one item) still states the act.
 */
function inFieldList(
  norm: string,
  a: number,
  first: Mention,
  last: Mention,
  ag: Mention,
  b: number,
): boolean {
  return (
    /在[^，,；;。]*$/.test(norm.slice(a, first.cs)) &&
    norm.slice(last.ce, ag.cs).includes("、") &&
    /^[^，,；;。]*?等(方面|领域)/.test(norm.slice(ag.ce, b))
  );
}

/**
 * Membership of countries in an agreement with its stage: 泰国、越南、新加坡等国已完成RCEP核准程序
 * (ratified), X已正式申请加入CPTPP (applied), …签署了… (signed), …正式生效 (in_force). The
 * countries of the agreement's clause before it are members; the stage words sit between the first
 * of them and the end of the clause. Piloting is for zones, not for parties. A country an act is
 * addressed to (向新西兰提出加入CPTPP的申请, the depositary) is a party, but the act is not its own:
 * it gets no stage; the place of the act (在马来西亚吉隆坡签署) is none.
 */
export const membership: RelationRule = {
  name: "membership",
  types: ["ALIGNS_WITH"],
  find({ norm, abbr, push, of }) {
    const countries = [...of("Country"), ...abbr.filter((m) => typeOf(m.id) === "Country")];
    const agreements = of("Agreement");
    for (const ag of agreements) {
      const [a, b] = clauseOf(norm, ag.cs);
      // (not the place of the act: 两国在马来西亚吉隆坡签署…)
      const all = countries
        .filter((c) => c.cs >= a && c.ce <= ag.cs && !/在$/.test(norm.slice(a, c.cs)))
        .sort((x, y) => x.cs - y.cs);
      // (who supports an applicant is no party: 英国支持哥斯达黎加申请加入CPTPP → 哥斯达黎加 only)
      const lastOne = all[all.length - 1];
      const from = all.findIndex((c) => lastOne && supportedApplicant(norm, c, lastOne, ag));
      const inClause = from > 0 ? all.slice(from) : all;
      const first = inClause[0];
      if (!first) continue;
      const last = inClause[inClause.length - 1] as Mention;
      if (inFieldList(norm, a, first, last, ag, b)) continue;
      // (a denied copula names no member: 美国不再是CPTPP的签署国)
      if (deniedCopula(norm.slice(last.ce, ag.cs))) continue;
      // (the stage words of talks about the agreement are none of its: 签署关于启动…协定升级谈判的备忘录)
      // (nor is a party whom a benefit only helps toward the act: 这有助于越南签署RCEP)
      // (nor one only supported toward it, nor who supports it: 泰国表示支持斯里兰卡申请加入RCEP)
      if (hopedFor(norm, first, last, ag) || hopedFor(norm, last, last, ag)) continue;
      const stage = negotiated(norm, ag.ce) ? undefined : stageFrom(norm, first.ce, b, ag, agreements);
      if (!stage || stage === "pilots") continue;
      const at = (c: Mention) => ({ cs: c.cs, ce: b });
      const to = inClause.filter((c) => addressed(norm, c.cs));
      pushMembers(
        push,
        inClause.filter((c) => !to.includes(c)),
        ag.id,
        at,
        stage,
      );
      pushMembers(push, to, ag.id, at, undefined);
    }
  },
};
