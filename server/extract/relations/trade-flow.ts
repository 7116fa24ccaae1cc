import { clauseStart } from "../clauses";
import type { Mention } from "../entities/types";
import { alternatives, relationAlt, trigger } from "../lexicon";
import { CLAUSE_LEAD, typeOf } from "./context";
import { listAfter, pointAt, pushPartners } from "./cooperate";
import { BOUGHT_IMPORTS, goodsAfter, LOADING_WORDS, negated, ORIGIN_LEAD, stoppedBy } from "./goods-words";
import { peopleOf } from "./people-of";
import type { RelationRule } from "./types";

/** Goods going out to partners named right after (triggers.json "tradeFlowOut": 出口到, 远销, 销往…). */
const OUT = new RegExp(`(${trigger("tradeFlowOut").source})`, "g");
/** Goods coming in from partners named after 从/自 (triggers.json "tradeFlowIn": 进口, 引进, 采购). */
const IN_AFTER = new RegExp(
  `^(等)?(国家|地区|国)?(的)?[^，,；;。！？!?]{0,8}?(${trigger("tradeFlowIn").source})`,
);
const PARTNER = /^(Country|Province)$/;
/** Marks of a channel before the subject: the goods pass through it. */
const TRANSIT = new RegExp(`(${relationAlt("flowTransitVerbs")})$`);
/** 进口 right before a country list: the subject imports that country's goods (进口蒙古国原煤). */
const IMPORT = /进口(了)?/g;
/** The length of what closes a partner list (-1: the list is not closed as this branch needs). */
type Tail = (rest: string) => number;
const inAfter: Tail = (rest) => IN_AFTER.exec(rest)?.[0].length ?? -1;
/** 等/的 and a goods noun phrase after the countries 进口 names (进口蒙古国原煤, 进口某国的牛肉). */
const goodsTail: Tail = (rest) => {
  const lead = ORIGIN_LEAD.exec(rest)?.[0] ?? "";
  const e = goodsAfter(rest.slice(lead.length));
  return e < 0 ? -1 : lead.length + e;
};
/** Where the next country starts from `end` (a goods phrase stops there: 甲国煤炭和乙国铁矿石), or the text's end. */
function nextCountry(norm: string, countries: Mention[], end: number): number {
  return countries.find((c) => c.cs >= end)?.cs ?? norm.length;
}

/**
 * More countries after the goods of those 进口 names, each with its own goods (进口甲国三文鱼和乙国车厘子, 进口甲国的
 * 电力和乙国的天然气), from `at`, the end of the first goods: those countries and the end of the last goods.
 */
function moreOrigins(norm: string, countries: Mention[], at: number): { list: Mention[]; end: number } {
  const list: Mention[] = [];
  let end = at;
  while (/[、和与及]/.test(norm[end] ?? "")) {
    const next = listAfter(norm, countries, end + 1);
    const close =
      next.list.length > 0 ? goodsTail(norm.slice(next.end, nextCountry(norm, countries, next.end))) : -1;
    if (close < 0) break;
    list.push(...next.list);
    end = next.end + close;
  }
  return { list, end };
}

/**
 * A place after 在 where the goods are handled before the verb (triggers.json "tradeFlowHandling": 装船, 报关,
 * 卸船…; 货物在甲港装船出口至乙国, 在丙市报关后出口; 在甲港、乙港装船: a list after 在, read from its first place):
 * the goods' way, not a side. Read up to the goods' 的 (在甲市生产的装载机: made there), and not for a country
 * where goods are loaded (origin-goods.json "loadingWords": 这批大米在甲国装船后出口, the exporting country),
 * unlike a country where they are only cleared (在甲国清关后销往乙国).
 */
const HANDLED_AT = new RegExp(`^[^，,；;。！？!?、的]{0,10}?(${trigger("tradeFlowHandling").source})`);
const LOADED_AT = new RegExp(`^[^，,；;。！？!?、的]{0,10}?(${alternatives(LOADING_WORDS).source})`);
/** The first place of the list of places `s` closes (甲港、乙港, 甲港和乙港), or `s` itself. */
function listHead(norm: string, ms: readonly Mention[], s: Mention): Mention {
  let p = s;
  for (;;) {
    const q = ms.find((m) => m.ce === p.cs - 1 && /[、和与及]/.test(norm[m.ce] ?? ""));
    if (!q) return p;
    p = q;
  }
}
function handledAt(norm: string, ms: readonly Mention[], s: Mention, at: number): boolean {
  const rest = norm.slice(s.ce, at);
  if (norm[listHead(norm, ms, s).cs - 1] !== "在" || !HANDLED_AT.test(rest)) return false;
  return typeOf(s.id) !== "Country" || !LOADED_AT.test(rest);
}
const SUBJECT = ["FreeTradeZone", "Area", "Province", "City", "DevZone", "Port", "Country"];
/** What stands between the goods' own place and a place where they are handled, or a channel they pass. */
const OWN_BEFORE_HANDLING = /^[^在从经由]{0,8}在$/;
const OWN_BEFORE_CHANNEL = new RegExp(`^[^在从经由]{0,8}(${relationAlt("flowChannelVerbs")})$`);

/**
 * The side of the goods, given the subject before the verb at `at`: none outside the verb's clause; for a
 * channel (经满洲里口岸出口至俄罗斯: the port is the way the goods take) or a place where they are handled,
 * the place that opens the clause a few words before it (甲省经乙口岸进口丙国水果, 甲省的货物通过乙港出口), when
 * that place is not handled or passed too.
 */
function side(norm: string, ms: readonly Mention[], s: Mention | undefined, at: number): Mention | undefined {
  const a = clauseStart(norm, at);
  const way = (x: Mention) => TRANSIT.test(norm.slice(Math.max(0, x.cs - 3), x.cs));
  if (!s || s.cs < a) return undefined;
  const passed = way(s);
  if (!passed && !handledAt(norm, ms, s, at)) return s;
  const own = ms
    .filter((x) => SUBJECT.includes(typeOf(x.id)) && x.cs >= a && CLAUSE_LEAD.test(norm.slice(a, x.cs)))
    .sort((x, y) => x.cs - y.cs)[0];
  const head = listHead(norm, ms, s);
  const gap = passed ? OWN_BEFORE_CHANNEL : OWN_BEFORE_HANDLING;
  if (!own || own.ce >= head.cs || !gap.test(norm.slice(own.ce, head.cs))) return undefined;
  return way(own) || handledAt(norm, ms, own, at) ? undefined : own;
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
 * Third, 进口 + countries + their goods (origin-goods.json: 某口岸进口蒙古国原煤, 某国有兴趣进口某国的牛肉) →
 * from the subject to each country; not when 进口 is an adjective of goods bought (购买进口智利车厘子), the
 * subject only says where people come from (上海市民…), or a negation, ban or halt stands before 进口.
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
    const countries = cands.filter((m) => typeOf(m.id) === "Country");
    // (上海市民购买进口智利车厘子, 中国没有进口某国的煤炭: no importing subject stated)
    const importer = (s: Mention, at: number) =>
      !BOUGHT_IMPORTS.test(norm.slice(0, at)) &&
      !peopleOf(norm, s) &&
      !negated(norm.slice(s.ce, at)) &&
      !stoppedBy(norm.slice(clauseStart(norm, at), at));
    const found = (at: number, from: number, tail: Tail, goods = false) => {
      const { list, end } = listAfter(norm, goods ? countries : cands, from);
      const upTo = goods ? nextCountry(norm, countries, end) : norm.length;
      const close = list.length > 0 ? tail(norm.slice(end, upTo)) : -1;
      if (close < 0) return;
      const more = goods ? moreOrigins(norm, countries, end + close) : { list: [], end: end + close };
      const all = [...list, ...more.list];
      const s = side(norm, ms, subjectBefore(pointAt(at), SUBJECT), at);
      if (s && !all.some((p) => p.id === s.id) && (!goods || importer(s, at)))
        pushPartners(
          push,
          s,
          all.map((p) => p.id),
          at,
          more.end,
        );
    };
    for (const v of norm.matchAll(OUT)) found(v.index ?? 0, (v.index ?? 0) + v[0].length, () => 0);
    for (const v of norm.matchAll(/(从|自)/g)) found(v.index ?? 0, (v.index ?? 0) + 1, inAfter);
    for (const v of norm.matchAll(IMPORT)) found(v.index ?? 0, (v.index ?? 0) + v[0].length, goodsTail, true);
  },
};
