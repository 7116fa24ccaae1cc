import { clauseOf, SENTENCE_END } from "../clauses";
import type { Mention } from "../entities/types";
import { trigger } from "../lexicon";
import { typeOf } from "./context";
import { T_WITHDRAW } from "./triggers";
import type { RelationRule } from "./types";

/** Verbs of initiating an agreement and what may stand between the country and the verb (triggers.json). */
const VERB = trigger("initiateAgreement").source;
const LEAD = trigger("initiateAgreementLead").source;
/**
 * Right before an agreement: lead words, an initiating verb, 了 or 的 (a modifier: 某国主导的《协定》), and an opening
 * mark, all after the country (which ends where this match starts).
 */
const BEFORE_AGREEMENT = new RegExp(`(?:${LEAD}){0,3}(?:${VERB})(?:了|的)?[《「“"『]?$`);

/**
 * What may follow the agreement when it is the verb's whole object: a closing mark, then a bracketed gloss, a clause
 * break, 的, a conjunction or the end (not 印度提出RCEP谈判中的关切, where the agreement only qualifies the object).
 */
const OBJECT_END = /^[》」”"』]?(?:[（(]|[，,。；;、！？!?]|的|并|和|与|及|$)/;

/** The country ending right where `lead` starts, if any. */
function countryAt(pool: Mention[], at: number): Mention | undefined {
  return pool.find((x) => x.ce === at && typeOf(x.id) === "Country");
}

/**
 * Whether the country `c` left later in its sentence: a withdrawal verb (triggers.json withdraw) whose clause names
 * it again (美国所倡议…，但美国随即宣布退出), not another country's (抗衡中国主导的RCEP，但美国宣布退出 keeps 中国).
 */
function leftLater(norm: string, c: Mention, pool: Mention[]): boolean {
  const rest = norm.slice(c.ce).split(SENTENCE_END)[0] ?? "";
  const re = new RegExp(T_WITHDRAW.source, "g");
  for (const w of rest.matchAll(re)) {
    const [a, b] = clauseOf(norm, c.ce + (w.index ?? 0));
    if (pool.some((x) => x.id === c.id && x.cs >= a && x.ce <= b)) return true;
  }
  return false;
}

/**
 * The country that proposed, launched or leads an agreement is a party to it (东盟倡议发起《区域全面经济伙伴关系
 * 协定》, 新加坡2019年5月提出《数字经济伙伴关系协定》, 被视为抗衡中国主导的RCEP): ALIGNS_WITH with no stage, as
 * the real annotations read the initiator (tests/fixtures/real/README.md, "ALIGNS_WITH stages"). Only a country
 * written right before the verb (lead words of triggers.json initiateAgreementLead between) and the agreement right
 * after it (了/的 and an opening mark between) as the verb's whole object; a country that left (退出 later in the sentence, in a clause naming it) is none.
 */
export const initiators: RelationRule = {
  name: "initiators",
  types: ["ALIGNS_WITH"],
  find({ norm, abbr, push, of, pool }) {
    const ags = [...of("Agreement"), ...abbr.filter((x) => typeOf(x.id) === "Agreement")];
    for (const ag of ags) {
      const before = norm.slice(Math.max(0, ag.cs - 24), ag.cs);
      const m = BEFORE_AGREEMENT.exec(before);
      if (!m || !OBJECT_END.test(norm.slice(ag.ce, ag.ce + 2))) continue;
      const c = countryAt(pool, ag.cs - m[0].length);
      if (!c) continue;
      if (leftLater(norm, c, pool)) continue;
      push({
        type: "ALIGNS_WITH",
        subj: c,
        source: c.id,
        target: ag.id,
        method: "pattern",
        confidence: 0.7,
        cs: c.cs,
        ce: ag.ce,
      });
    }
  },
};
