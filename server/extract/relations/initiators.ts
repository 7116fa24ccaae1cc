import type { Mention } from "../entities/types";
import { CONJUNCTION_CHARS, NEGATORS, trigger } from "../lexicon";
import { typeOf } from "./context";
import { withdrawalClauses } from "./triggers";
import type { RelationRule } from "./types";

/** Verbs of initiating an agreement and what may stand between the country and the verb (triggers.json). */
const VERB = trigger("initiateAgreement").source;
const LEAD = trigger("initiateAgreementLead").source;
/**
 * Right before an agreement: lead words, an initiating verb, 了 or 的, and an opening mark, all after the country
 * (which ends where this match starts). With 的 the verb phrase modifies the agreement (某国主导的《协定》): group 1.
 */
const BEFORE_AGREEMENT = new RegExp(`(?:${LEAD}){0,3}(?:${VERB})(?:了|(的))?[《「“"『]?$`);

/**
 * What may follow the agreement when it is the verb's whole object: a closing mark, then a bracketed gloss, a clause
 * break, 并 opening a second predicate (not 并 with a function-words.json negator, nor 并非: 印度提出RCEP并不公平 is a complement clause) or the end; not
 * 的, a conjunction or a noun (俄罗斯提出RCEP的原产地规则…, 美国提出RCEP和CPTPP应当合并, 印度提出RCEP谈判中的关切).
 */
const OBJECT_END = new RegExp(`^[》」”"』]?(?:[（(]|[，,。；;、！？!?]|并(?!${NEGATORS}|非)|$)`);

/** Countries joined to `c` by conjunctions before it (智利和新西兰共同发起…: 智利), nearest first. */
function coordinatedBefore(norm: string, c: Mention, countries: Mention[]): Mention[] {
  const out: Mention[] = [];
  let at = c.cs;
  for (;;) {
    const conj = norm[at - 1];
    if (conj === undefined || !CONJUNCTION_CHARS.includes(conj)) return out;
    const prev = countries.find((x) => x.ce === at - 1);
    if (!prev) return out;
    out.push(prev);
    at = prev.cs;
  }
}

/**
 * Whether the initiators left later in their sentence: a withdrawal verb (triggers.json withdraw) in a clause that
 * names one of them again (美国所倡议…，但美国随即宣布退出) or names no country (美国最早提出TPP，后来宣布退出:
 * the dropped subject is the initiator's), not a clause naming another country (日本主导的CPTPP，在美国退出后).
 */
function leftLater(norm: string, at: number, ids: string[], countries: Mention[]): boolean {
  return withdrawalClauses(norm, at).some(([a, b]) => {
    // (only the countries after the initiator: its own clause holds it too, 日本主导的CPTPP在美国退出后…)
    const named = countries.filter((x) => x.cs >= Math.max(a, at) && x.ce <= b);
    return named.length === 0 || named.some((x) => ids.includes(x.id));
  });
}

/**
 * The countries that proposed, launched or lead an agreement are parties to it (东盟倡议发起《区域全面经济伙伴关系
 * 协定》, 新加坡2019年5月提出《数字经济伙伴关系协定》, 智利和新西兰共同发起…, 被视为抗衡中国主导的RCEP): ALIGNS_WITH
 * with no stage, as the real annotations read the initiator (tests/fixtures/real/README.md, "ALIGNS_WITH stages").
 * Only countries written right before the verb (lead words of triggers.json initiateAgreementLead between) and the
 * agreement right after it (了/的 and an opening mark between); as the verb's object the agreement must be its whole
 * object (OBJECT_END); initiators that left (leftLater) are none.
 */
export const initiators: RelationRule = {
  name: "initiators",
  types: ["ALIGNS_WITH"],
  find({ norm, abbr, push, of, pool }) {
    const countries = pool.filter((x) => typeOf(x.id) === "Country");
    const ags = [...of("Agreement"), ...abbr.filter((x) => typeOf(x.id) === "Agreement")];
    for (const ag of ags) {
      const m = BEFORE_AGREEMENT.exec(norm.slice(Math.max(0, ag.cs - 24), ag.cs));
      if (!m || (m[1] === undefined && !OBJECT_END.test(norm.slice(ag.ce, ag.ce + 3)))) continue;
      const c = countries.find((x) => x.ce === ag.cs - m[0].length);
      if (!c) continue;
      const all = [c, ...coordinatedBefore(norm, c, countries)];
      if (leftLater(norm, c.ce, [...new Set(all.map((x) => x.id))], countries)) continue;
      for (const s of all)
        push({
          type: "ALIGNS_WITH",
          subj: s,
          source: s.id,
          target: ag.id,
          method: "pattern",
          confidence: 0.7,
          cs: s.cs,
          ce: ag.ce,
        });
    }
  },
};
