import { clauseOf } from "../clauses";
import type { Mention } from "../entities/types";
import { typeOf } from "./context";
import { pushMembers, stageIn } from "./stage";
import { T_ACCESSION, T_WITHDRAW } from "./triggers";
import type { RelationRule } from "./types";

/**
 * A country that describes the list rather than being in it: 6个东盟成员国, 非东盟成员国, 等东盟国家, or
 * the one an act is addressed to (向东盟秘书长提交).
 */
function descriptive(norm: string, c: Mention): boolean {
  return /[个非等向对]$/.test(norm.slice(0, c.cs)) || /^(成员|秘书|国家)/.test(norm.slice(c.ce));
}

/**
 * Countries that join an agreement named earlier in the sentence, by an act that needs no object
 * (RCEP保管机构发布通知，宣布文莱、柬埔寨等6个成员国和中国、日本已正式提交核准书; 该协定签署后，A和B
 * 完成了国内核准程序; …，X已申请加入): ALIGNS_WITH from each country of the clause before the act to the
 * last agreement before the clause, with the stage the act states (核准书 → ratified, 申请加入 →
 * applied). The acts are data (triggers.json "accession"). A clause that names an agreement itself
 * is left to the membership rule; countries describing the list (6个东盟成员国) or addressed
 * (向东盟秘书长) are not members.
 */
export const accessionList: RelationRule = {
  name: "accession-list",
  types: ["ALIGNS_WITH"],
  find({ norm, of, push, sentStartOf }) {
    const agreements = of("Agreement");
    const countries = of("Country");
    for (let a = 0; a < norm.length; ) {
      const [, b] = clauseOf(norm, a);
      const clause = norm.slice(a, b);
      const act = T_ACCESSION.exec(clause);
      const from = sentStartOf(a);
      const ag = agreements.filter((x) => x.ce <= a && x.cs >= from).pop();
      const own = agreements.some((x) => x.cs >= a && x.cs < b);
      if (act && ag && !own && !T_WITHDRAW.test(clause)) {
        const at = a + act.index;
        const members = countries.filter(
          (c) => c.cs >= a && c.ce <= at && typeOf(c.id) === "Country" && !descriptive(norm, c),
        );
        const stage = stageIn(clause.slice(act.index));
        pushMembers(push, members, ag.id, () => ({ cs: ag.cs, ce: at + act[0].length }), stage);
      }
      a = b + 1;
    }
  },
};
