import { clauseOf } from "../clauses";
import type { Mention } from "../entities/types";
import { readLexicon } from "../lexicon";
import { typeOf } from "./context";
import { pushMembers, stageIn } from "./stage";
import { T_ACCESSION, T_WITHDRAW } from "./triggers";
import type { RelationRule } from "./types";

/** Separate customs territories that are parties in their own name (台湾, 香港). */
const TERRITORIES = new Set(readLexicon<{ territories: string[] }>("agreement-parties.json").territories);

/** A party that can join an agreement: a country, or a separate customs territory. */
export const isParty = (c: Mention): boolean => typeOf(c.id) === "Country" || TERRITORIES.has(c.id);

/**
 * A country that describes the list rather than being in it: 6个东盟成员国, 非东盟成员国, 等东盟国家, or
 * the one an act is addressed to (向东盟秘书长提交).
 */
function descriptive(norm: string, c: Mention): boolean {
  return /[个非等向对]$/.test(norm.slice(0, c.cs)) || /^(成员|秘书|国家)/.test(norm.slice(c.ce));
}

/** The parties of a clause [a, b) that join an agreement by an act with no object, and the act. */
export interface Accession {
  members: Mention[];
  /** End of the act. */
  end: number;
  stage: string | undefined;
}

/** The accession the clause [a, b) states (see accessionList), if any; `parties` are the candidates. */
export function accessionIn(norm: string, parties: Mention[], a: number, b: number): Accession | undefined {
  const clause = norm.slice(a, b);
  const act = T_ACCESSION.exec(clause);
  if (!act || T_WITHDRAW.test(clause)) return undefined;
  const at = a + act.index;
  const members = parties.filter((c) => c.cs >= a && c.ce <= at && !descriptive(norm, c));
  return { members, end: at + act[0].length, stage: stageIn(clause.slice(act.index)) };
}

/**
 * Countries that join an agreement named earlier in the sentence, by an act that needs no object
 * (RCEP保管机构发布通知，宣布文莱、柬埔寨等6个成员国和中国、日本已正式提交核准书; 该协定签署后，A和B
 * 完成了国内核准程序; …，X已申请加入): ALIGNS_WITH from each country of the clause before the act to the
 * last agreement before the clause, with the stage the act states (核准书 → ratified, 申请加入 →
 * applied). The acts are data (triggers.json "accession"). A clause that names an agreement itself
 * is left to the membership rule; countries describing the list (6个东盟成员国) or addressed
 * (向东盟秘书长) are not members; separate customs territories (台湾, 香港) join like countries.
 */
export const accessionList: RelationRule = {
  name: "accession-list",
  types: ["ALIGNS_WITH"],
  find({ norm, of, push, sentStartOf }) {
    const agreements = of("Agreement");
    // (no agreement named: no clause has one to join)
    if (agreements.length === 0) return;
    const parties = of("Country", "Province").filter(isParty);
    for (let a = 0; a < norm.length; ) {
      const [, b] = clauseOf(norm, a);
      const from = sentStartOf(a);
      const ag = agreements.filter((x) => x.ce <= a && x.cs >= from).pop();
      const own = agreements.some((x) => x.cs >= a && x.cs < b);
      const acc = ag && !own ? accessionIn(norm, parties, a, b) : undefined;
      if (ag && acc) pushMembers(push, acc.members, ag.id, () => ({ cs: ag.cs, ce: acc.end }), acc.stage);
      a = b + 1;
    }
  },
};
