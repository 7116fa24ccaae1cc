import { clauseEnd } from "../clauses";
import { pushMembers, stageIn } from "./stage";
import { T_MEMBERS } from "./triggers";
import type { RelationRule } from "./types";

/**
 * Members listed after an agreement: 该协定的成员国包括A、B、C等11个国家, X已生效，其缔约方为A和B
 * → ALIGNS_WITH A, B, C → the agreement, with the stage the sentence states (生效 → in_force,
 * 签署 → signed). The agreement is the last one named before the trigger in the same sentence;
 * the members are the countries of the list that follows it, up to the first clause break.
 */
export const agreementMembers: RelationRule = {
  name: "agreement-members",
  types: ["ALIGNS_WITH"],
  find({ norm, push, of, sentStartOf }) {
    const re = new RegExp(T_MEMBERS.source, "g");
    for (let t = re.exec(norm); t; t = re.exec(norm)) {
      const from = sentStartOf(t.index);
      const ag = of("Agreement")
        .filter((a) => a.cs >= from && a.ce <= t.index)
        .pop();
      if (!ag) continue;
      const listStart = t.index + t[0].length;
      // the list ends at the first clause break (its items are joined by 、和及)
      const end = clauseEnd(norm, listStart, true);
      const members = of("Country").filter((c) => c.cs >= listStart && c.ce <= end && c.id !== ag.id);
      if (members.length === 0) continue;
      const stage = stageIn(norm.slice(from, end));
      pushMembers(push, members, ag.id, () => ({ cs: ag.cs, ce: end }), stage);
    }
  },
};
