import { clauseOf } from "../clauses";
import { stageOf } from "./stage";
import type { RelationRule } from "./types";

/**
 * ALIGNS_WITH of the parties of a bilateral agreement that is signed or in force
 * (《中国-东盟自由贸易协定》…的签署加强了双方…): 中国 and the partner named in the title.
 */
export const agreementParties: RelationRule = {
  name: "agreement-parties",
  types: ["ALIGNS_WITH"],
  find({ norm, cat, push, of }) {
    if (/签署|签订|生效/.test(norm)) {
      for (const ag of of("Agreement")) {
        const m = /^中国-([^-]{2,12}?)(?:全面)?(?:自由贸易|自贸|经贸合作|投资)/.exec(
          ag.id.slice("Agreement:".length),
        );
        const partner = m?.[1] ? cat.resolve(m[1], ["Country"]) : undefined;
        // parties named by abbreviations in the title (美墨加协定)
        const title = ag.id.slice("Agreement:".length);
        let n = 0;
        while (n < title.length && cat.countryAbbr.has(title[n] ?? "")) n++;
        const named =
          n >= 2 && new Set(title.slice(0, n)).size === n
            ? [...title.slice(0, n)].map((c) =>
                c === "欧" ? "Country:欧盟" : (cat.countryAbbr.get(c) as string),
              )
            : [];
        const parties = partner?.startsWith("Country:") ? ["Country:中国", partner] : named;
        if (parties.length === 0) continue;
        const [a0, b] = clauseOf(norm, ag.ce);
        if (!/签署|签订|生效/.test(norm.slice(named.length > 0 ? a0 : ag.ce, b + 1))) continue;
        for (const party of parties)
          push({
            type: "ALIGNS_WITH",
            source: party,
            target: ag.id,
            method: "pattern",
            confidence: 0.7,
            cs: ag.cs,
            ce: b,
            ...stageOf(norm.slice(ag.ce, b + 1)),
          });
      }
    }
  },
};
