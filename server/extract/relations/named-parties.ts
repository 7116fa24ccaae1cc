import { clauseOf, sentenceEnd } from "../clauses";
import type { Mention } from "../entities/types";
import { entityAlt, NEGOTIATION_IN_CLAUSE, relationAlt, triggerWords } from "../lexicon";
import { deniedIn, hedged, negotiated, pushParties, stageIn, stageOf, stageProps } from "./stage";
import { T_PARTY } from "./triggers";
import type { RelationRule } from "./types";

const T_PARTY_ALL = new RegExp(T_PARTY.source, "g");
/** A study of the agreement in its clause (relation-words.json studiedAgreementWords). */
const STUDIED = new RegExp(relationAlt("studiedAgreementWords"));

/**
 * Whether the clause of the agreement `cs`…`ce` names no party of it: a party verb before it that is negated
 * (至今未签署…, 尚未批准…), or talks after it in its clause (…早日启动谈判, …谈判多年停滞): a hope or talks; or it is
 * hedged (stage.ts hedged), or its clause names only a study of it (联合可行性研究, 研究商签: studiedAgreementWords).
 */
function notParty(norm: string, cs: number, ce: number): boolean {
  const [a] = clauseOf(norm, cs);
  const before = norm.slice(a, cs);
  if (hedged(norm, cs, ce) || STUDIED.test(norm.slice(a, clauseOf(norm, ce)[1] + 1))) return true;
  return deniedIn(before, T_PARTY_ALL) || NEGOTIATION_IN_CLAUSE.test(norm.slice(ce)) || negotiated(norm, ce);
}

/** A later clause's words for the agreement named before (该协定, 《协定》; relation-words.json laterAgreementAnaphors). */
const LATER_ANAPHOR = new RegExp(relationAlt("laterAgreementAnaphors"));
/**
 * An agreement's head noun (entity-words.json agreementTitleKinds: 协定, 协议…) or its acronym (relation-words.json
 * laterAgreementAcronyms: FTA), named or not.
 */
const AGREEMENT_NOUN = new RegExp(
  `${entityAlt("agreementTitleKinds")}|${relationAlt("laterAgreementAcronyms")}`,
);
/**
 * A wish, a condition or a doubt in the anaphor's clause (triggers.json partnerWish, serviceRunConditions;
 * relation-words.json jointWishLeads, laterStageHedges).
 */
const LATER_HEDGE = new RegExp(
  [
    ...triggerWords("partnerWish"),
    relationAlt("jointWishLeads"),
    ...triggerWords("serviceRunConditions"),
    relationAlt("laterStageHedges"),
  ].join("|"),
);

/**
 * The stage a later clause of the sentence states of the agreement by anaphor, when no other agreement, named or
 * not (两国的投资协议), stands before it (《甲国—乙国自由贸易协定》的国内程序已经完成，该协定将于下月正式生效 →
 * in_force): read from the anaphor to the end of its clause. `null` when that clause wishes, sets a condition or
 * doubts (期待该协定早日生效, 该协定若要生效…, 该协定难以生效): the parties are no parties yet, as with a wish or
 * condition before the agreement (stage.ts hedged).
 */
function laterStage(norm: string, b: number, agreements: Mention[]): string | undefined | null {
  const rest = norm.slice(b, sentenceEnd(norm, b));
  const m = LATER_ANAPHOR.exec(rest);
  if (!m) return undefined;
  const at = b + m.index;
  if (agreements.some((x) => x.cs >= b && x.cs < at) || AGREEMENT_NOUN.test(rest.slice(0, m.index)))
    return undefined;
  const [ca, cb] = clauseOf(norm, at);
  if (LATER_HEDGE.test(norm.slice(ca, cb + 1))) return null;
  return stageIn(norm.slice(at, cb + 1));
}

/**
 * An agreement named by its two parties written in full (中国-东协FTA, 泰国-印度FTA, 澳洲与香港自由贸易及投资协定:
 * entities/party-named-agreements.ts, whose parts they are): ALIGNS_WITH from each party, with the stage its clause
 * states (…将于明年正式生效 → in_force) or none. An agreement still under talks (启动中国-X自由贸易协定谈判) gives none:
 * negotiation is no membership. One-character compounds (中韩) are not parts written in full and give nothing here.
 */
export const namedParties: RelationRule = {
  name: "named-parties",
  types: ["ALIGNS_WITH"],
  find({ norm, of, push }) {
    for (const ag of of("Agreement")) {
      const parties = ag.parts.filter((p) => p.ce - p.cs >= 2 && p.cs >= ag.cs && p.ce <= ag.ce);
      if (parties.length !== 2 || parties[0]?.id === parties[1]?.id || notParty(norm, ag.cs, ag.ce)) continue;
      const [a, b] = clauseOf(norm, ag.ce);
      const own = stageOf(norm.slice(a, b + 1));
      const later = own.properties ? undefined : laterStage(norm, b, of("Agreement"));
      if (later === null) continue;
      const stage = own.properties ? own : stageProps(later);
      pushParties(
        push,
        parties.map((p) => p.id),
        ag,
        b,
        stage,
      );
    }
  },
};
