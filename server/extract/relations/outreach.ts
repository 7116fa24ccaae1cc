import type { Mention } from "../entities/types";
import { trigger } from "../lexicon";
import { typeOf } from "./context";
import { pointAt } from "./cooperate";
import { T_OUTREACH } from "./triggers";
import type { RelationRule } from "./types";

const PARTNER = /^(Country|Province|FreeTradeZone)$/;
const SUBJECT = ["FreeTradeZone", "Area", "Province", "City", "Port"];
/** A port's lines reaching the partners named right after (航线直达甲、乙; triggers.json "lineReach"): the port is the subject. */
const PORT_REACH = new RegExp(trigger("lineReach").source, "g");

/**
 * Reaching out to partners named right after the trigger: 喀什片区…打造联通中亚、南亚等市场的基地,
 * 安徽自贸试验区将对接上海、江苏、浙江自贸试验区, 石家庄国际陆港…联通起德国、法国, and a port's lines
 * reaching the partners (洋浦港…外贸航线直达越南、泰国等国家) → COOPERATES_WITH from the subject (the shared
 * subject choice; a port too, and only a port for lines) to each partner of the list (countries and
 * regions, provinces also by one-character abbreviation, zones). A corridor named earlier in the sentence makes it a route (CONNECTS, not
 * here). 辐射 is not a trigger: the seed annotation reads 打造辐射东北亚和欧洲的… as no cooperation.
 */
export const outreach: RelationRule = {
  name: "outreach",
  types: ["COOPERATES_WITH"],
  find({ norm, ms, abbr, push, subjectBefore, sentStartOf }) {
    const cands = [...ms, ...abbr]
      .filter((m) => PARTNER.test(typeOf(m.id)) && m.id !== "Country:中国")
      .sort((x, y) => x.cs - y.cs);
    const triggers = [
      ...[...norm.matchAll(new RegExp(T_OUTREACH.source, "g"))].map((t) => ({ t, types: SUBJECT })),
      ...[...norm.matchAll(PORT_REACH)].map((t) => ({ t, types: ["Port"] })),
    ];
    for (const { t, types } of triggers) {
      const list: Mention[] = [];
      let at = (t.index ?? 0) + t[0].length;
      for (const x of cands) {
        if (x.cs < at) continue;
        // (联通起德国、法国: 起 may close the verb)
        if (!(list.length === 0 ? /^起?[“"]?$/ : /^[、和与及]$/).test(norm.slice(at, x.cs))) break;
        list.push(x);
        at = x.ce;
      }
      if (list.length === 0) continue;
      const [a, b] = [sentStartOf(t.index ?? 0), at];
      if (ms.some((x) => typeOf(x.id) === "Corridor" && x.cs >= a && x.ce <= b + 4)) continue;
      const s = subjectBefore(pointAt(t.index ?? 0), types);
      if (!s) continue;
      for (const p of list)
        if (p.id !== s.id)
          push({
            type: "COOPERATES_WITH",
            subj: s,
            source: s.id,
            target: p.id,
            method: "pattern",
            confidence: 0.7,
            cs: Math.min(s.cs, t.index ?? 0),
            ce: p.ce,
          });
    }
  },
};
