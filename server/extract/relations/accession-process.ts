import { clauseOf, SENTENCE_END } from "../clauses";
import type { Mention } from "../entities/types";
import { trigger } from "../lexicon";
import { isParty } from "./accession-list";
import { pushMembers } from "./stage";
import { T_ACCESSION } from "./triggers";
import type { RelationRule } from "./types";

/** The process of one party's accession (入会工作组, 加入谈判, 入会程序; triggers.json "accessionProcess"). */
const PROCESS = new RegExp(`^的?(${trigger("accessionProcess").source})`);

/**
 * A party named by its accession process to an agreement of the same sentence (CPTPP委员会成立甲国的入会
 * 工作组, 力促CPTPP展开乙地的入会谈判, 启动丙国加入程序): the process is that party's, opened or asked for, so
 * ALIGNS_WITH from the party to the agreement, stage applied. The agreement is the last one named before the
 * party in its sentence, else the first one after it; a country or separate customs territory is a party.
 * A process its clause says is completed (完成甲国加入程序: triggers.json "accession") is an accession, left
 * to the rules that read that stage.
 */
export const accessionProcess: RelationRule = {
  name: "accession-process",
  types: ["ALIGNS_WITH"],
  find({ norm, of, push, sentStartOf }) {
    if (!/入会|加入/.test(norm)) return;
    const agreements = of("Agreement");
    if (agreements.length === 0) return;
    for (const c of of("Country", "Province").filter(isParty)) {
      const proc = PROCESS.exec(norm.slice(c.ce));
      if (!proc) continue;
      const end = c.ce + proc[0].length;
      const [a] = clauseOf(norm, c.cs);
      if (T_ACCESSION.test(norm.slice(a, end))) continue;
      const from = sentStartOf(c.cs);
      const stop = norm.slice(end).search(SENTENCE_END);
      const to = stop < 0 ? norm.length : end + stop;
      const ag: Mention | undefined =
        agreements.filter((a) => a.cs >= from && a.ce <= c.cs).pop() ??
        agreements.find((a) => a.cs >= end && a.ce <= to);
      if (!ag) continue;
      pushMembers(
        push,
        [c],
        ag.id,
        () => ({ cs: Math.min(ag.cs, c.cs), ce: Math.max(end, ag.ce) }),
        "applied",
      );
    }
  },
};
