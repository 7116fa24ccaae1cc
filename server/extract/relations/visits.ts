import type { Mention } from "../entities/types";
import { typeOf } from "./context";
import type { RelationRule } from "./types";

const SUBJECT = ["FreeTradeZone", "Area", "Province", "City"];
const SEP = /^(以及|[、和及与])$/;
/** Before the first recognised host: nothing, or one host not recognised as a name (出访寮国、柬埔寨). */
const FIRST = /^$|^[\u4e00-\u9fff]{2,4}?(以及|[、和及与])$/;

/**
 * Official visits: X率团出访A、B及C, X代表团访问A → COOPERATES_WITH from the visiting side to each
 * host (countries and provinces listed right after the verb). The visiting side is the subject of the
 * sentence (the shared choice), named in the same sentence before the verb with no country between
 * (越南代表团访问广西 is a visit to 广西, not by it).
 */
export const visits: RelationRule = {
  name: "visits",
  types: ["COOPERATES_WITH"],
  find({ norm, ms, push, subjectBefore, sentStartOf }) {
    const hosts = ms.filter((m) => /^(Country|Province)$/.test(typeOf(m.id))).sort((x, y) => x.cs - y.cs);
    for (const v of norm.matchAll(/出访|访问|到访|走访/g)) {
      const at = (v.index ?? 0) + v[0].length;
      const list: Mention[] = [];
      let k = at;
      for (const h of hosts) {
        if (h.cs < k) continue;
        if (!(list.length === 0 ? FIRST.test(norm.slice(k, h.cs)) : SEP.test(norm.slice(k, h.cs)))) break;
        list.push(h);
        k = h.ce;
      }
      if (list.length === 0) continue;
      const s = subjectBefore(
        { id: "", cs: v.index ?? 0, ce: v.index ?? 0, method: "pattern", parts: [] },
        SUBJECT,
      );
      if (!s || s.cs < sentStartOf(at)) continue;
      if (ms.some((m) => typeOf(m.id) === "Country" && m.cs >= s.ce && m.ce <= (v.index ?? 0))) continue;
      for (const h of list)
        if (h.id !== s.id)
          push({
            type: "COOPERATES_WITH",
            subj: s,
            source: s.id,
            target: h.id,
            method: "pattern",
            confidence: 0.7,
            cs: s.cs,
            ce: h.ce,
          });
    }
  },
};
