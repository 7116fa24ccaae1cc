import { clauseStart } from "../clauses";
import type { Mention } from "../entities/types";
import { trigger } from "../lexicon";
import { CLAUSE_LEAD, typeOf } from "./context";
import { listAfter, pointAt, pushPartners } from "./cooperate";
import type { RelationRule } from "./types";

/** Goods going out to partners named right after (triggers.json "tradeFlowOut": 出口到, 远销, 销往…). */
const OUT = new RegExp(`(${trigger("tradeFlowOut").source})`, "g");
/** Goods coming in from partners named after 从/自 (triggers.json "tradeFlowIn": 进口, 引进, 采购). */
const IN_AFTER = new RegExp(
  `^(等)?(国家|地区|国)?(的)?[^，,；;。！？!?]{0,8}?(${trigger("tradeFlowIn").source})`,
);
const PARTNER = /^(Country|Province)$/;
/** Marks of a channel before the subject: the goods pass through it. */
const TRANSIT = /(经由?|通过|途经|取道|集结于?|中转|中转至|集散|经停)$/;
/**
 * A place after 在 where the goods are handled before the verb (triggers.json "tradeFlowHandling": 装船, 报关,
 * 卸船…; 货物在甲港装船出口至乙国, 在丙市报关后出口): the goods' way, not a side. Read up to the goods' 的 (在甲市
 * 生产的装载机: made there) and not for a country (这批大米在甲国装船后出口: loaded in the exporting country).
 */
const HANDLED_AT = new RegExp(`^[^，,；;。！？!?、的]{0,10}?(${trigger("tradeFlowHandling").source})`);
function handledAt(norm: string, s: Mention, at: number): boolean {
  return norm[s.cs - 1] === "在" && typeOf(s.id) !== "Country" && HANDLED_AT.test(norm.slice(s.ce, at));
}
const SUBJECT = ["FreeTradeZone", "Area", "Province", "City", "DevZone", "Port", "Country"];

/**
 * The side of the goods, given the subject before the verb at `at`: none outside the verb's clause or for a
 * channel (经满洲里口岸出口至俄罗斯: the port is the way the goods take); for a place where they are handled,
 * the place that opens the clause a few words before it, when that place is not handled too.
 */
function side(norm: string, ms: readonly Mention[], s: Mention | undefined, at: number): Mention | undefined {
  const a = clauseStart(norm, at);
  const way = (x: Mention) => TRANSIT.test(norm.slice(Math.max(0, x.cs - 3), x.cs));
  if (!s || s.cs < a || way(s)) return undefined;
  if (!handledAt(norm, s, at)) return s;
  const own = ms
    .filter((x) => SUBJECT.includes(typeOf(x.id)) && x.cs >= a && CLAUSE_LEAD.test(norm.slice(a, x.cs)))
    .sort((x, y) => x.cs - y.cs)[0];
  if (!own || own.ce >= s.cs || !/^[^在从经由]{0,8}在$/.test(norm.slice(own.ce, s.cs))) return undefined;
  return way(own) || handledAt(norm, own, at) ? undefined : own;
}

/**
 * Trade stated as goods flowing between the subject and partners: 义乌的小商品远销中东、非洲, 宁夏枸杞出口至
 * 欧盟、美国, 广西从越南进口水果 → COOPERATES_WITH from the subject (the shared choice before the verb, named
 * in the verb's clause: a trader elsewhere in the sentence is too weakly tied to the goods) to
 * each country or province listed right after the export verb, or between 从/自 and an import verb.
 * China is never a partner (the home side); a channel the goods pass through (经满洲里口岸出口至俄罗斯)
 * is no side, nor a place where they are loaded or cleared (货物在北部湾港上船出口至越南): the place that
 * opens the clause before it, the goods' own (甲省枸杞在乙市报关后出口, 甲省产的…在乙港装船出口), is the side then.
 * A verb with no partner right after it (出口额, 出口企业) or no subject gives nothing.
 */
export const tradeFlow: RelationRule = {
  name: "trade-flow",
  types: ["COOPERATES_WITH"],
  find({ norm, ms, push, subjectBefore }) {
    const cands = ms
      .filter((m) => PARTNER.test(typeOf(m.id)) && m.id !== "Country:中国")
      .sort((x, y) => x.cs - y.cs);
    // (no partner named: no list after any trigger)
    if (cands.length === 0) return;
    const found = (at: number, from: number, tail: RegExp | null) => {
      const { list, end } = listAfter(norm, cands, from);
      const close = tail ? tail.exec(norm.slice(end)) : [""];
      if (list.length === 0 || !close) return;
      const s = side(norm, ms, subjectBefore(pointAt(at), SUBJECT), at);
      if (s && !list.some((p) => p.id === s.id))
        pushPartners(
          push,
          s,
          list.map((p) => p.id),
          at,
          end + (close[0]?.length ?? 0),
        );
    };
    for (const v of norm.matchAll(OUT)) found(v.index ?? 0, (v.index ?? 0) + v[0].length, null);
    for (const v of norm.matchAll(/(从|自)/g)) found(v.index ?? 0, (v.index ?? 0) + 1, IN_AFTER);
  },
};
