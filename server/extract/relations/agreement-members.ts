import { clauseEnd, clauseStart, sentenceStart } from "../clauses";
import type { Mention } from "../entities/types";
import { relationAlt } from "../lexicon";
import { CLAUSE_LEAD } from "./context";
import { pushMembers, stageIn } from "./stage";
import { T_MEMBERS } from "./triggers";
import type { RelationRule } from "./types";

/** A clause of examples (如, 例如, 比如, 譬如, 诸如) after a list that names no member. */
const EXAMPLES = new RegExp(String.raw`^\s*(${relationAlt("membersExampleWords")})`);
/** A clause that goes on with the list after a comma (…等10国，以及中国、日本). */
const GOES_ON = new RegExp(String.raw`^\s*(${relationAlt("membersGoesOnWords")})`);

/** 该协定/协定/其 right before the member noun: the sentence names its agreement by anaphor. */
const ANAPHOR = new RegExp(`(${relationAlt("membersAnaphors")})$`);

/**
 * The agreement a sentence with no agreement of its own refers to by anaphor (RCEP…是全球最大自贸区协定。
 * 除了东盟10国，协定成员国包括…): the last one named in the sentence before it.
 */
function anaphorAgreement(norm: string, ags: Mention[], from: number, at: number): Mention | undefined {
  if (!ANAPHOR.test(norm.slice(from, at))) return undefined;
  const prevFrom = sentenceStart(norm, Math.max(0, from - 1));
  return ags.filter((a) => a.cs >= prevFrom && a.ce <= from).pop();
}

/** The agreement opens its clause (after a date or connective and an opening mark): the clause's subject. */
function opensClause(norm: string, ag: Mention): boolean {
  return CLAUSE_LEAD.test(norm.slice(clauseStart(norm, ag.cs), ag.cs).replace(/[《「『〈]/g, ""));
}

/**
 * The agreement whose members a trigger at `at` lists, of those named in the sentence before it
 * (from `from`): the last one in the trigger's own clause; else the topic the clauses before run on,
 * the last agreement that opens its clause (CPTPP原由…倡议、被视为抗衡…的RCEP，但…，目前成员国有A、B →
 * CPTPP, not RCEP, an object inside a modifier); else the last one named.
 */
function listedAgreement(norm: string, ags: Mention[], from: number, at: number): Mention | undefined {
  const before = ags.filter((a) => a.cs >= from && a.ce <= at);
  const own = clauseStart(norm, at);
  if (before.some((a) => a.cs >= own)) return before.pop();
  return before.filter((a) => opensClause(norm, a)).pop() ?? before.pop();
}

/**
 * Members listed after an agreement: 该协定的成员国包括A、B、C等11个国家, X已生效，其缔约方为A和B
 * → ALIGNS_WITH A, B, C → the agreement, with the stage the sentence states (生效 → in_force,
 * 签署 → signed). The agreement is named before the trigger in the same sentence (listedAgreement);
 * the members are the countries of the list that follows it, up to the first clause break. A list
 * that only names a kind of member (成员国包括…的经济体，如A、B等) goes on in the clause of examples
 * opened by 如/例如/比如 right after it; a list goes on in a clause opened by 以及/及/还有.
 */
export const agreementMembers: RelationRule = {
  name: "agreement-members",
  types: ["ALIGNS_WITH"],
  find({ norm, push, of, sentStartOf }) {
    const re = new RegExp(T_MEMBERS.source, "g");
    for (let t = re.exec(norm); t; t = re.exec(norm)) {
      const from = sentStartOf(t.index);
      const ag =
        listedAgreement(norm, of("Agreement"), from, t.index) ??
        anaphorAgreement(norm, of("Agreement"), from, t.index);
      if (!ag) continue;
      const listStart = t.index + t[0].length;
      // the list ends at the first clause break (its items are joined by 、和及)
      let end = clauseEnd(norm, listStart, true);
      const inList = () => of("Country").filter((c) => c.cs >= listStart && c.ce <= end && c.id !== ag.id);
      const named = inList().length > 0;
      if ((named ? GOES_ON : EXAMPLES).test(norm.slice(end + 1))) end = clauseEnd(norm, end + 1, true);
      const members = inList();
      if (members.length === 0) continue;
      const stage = stageIn(norm.slice(from, end));
      pushMembers(push, members, ag.id, () => ({ cs: ag.cs, ce: end }), stage);
    }
  },
};
