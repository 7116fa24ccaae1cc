import { clauseStart } from "../clauses";
import type { Mention } from "../entities/types";
import { alternatives, readLexicon, trigger } from "../lexicon";
import { typeOf } from "./context";
import { pointAt, pushPartners } from "./cooperate";
import type { RelationRule } from "./types";

/** Verbs of goods going into a market (triggers.json "goodsIntoHome": 进入, 涌入, 远销, 销往…). */
const INTO = new RegExp(`(${trigger("goodsIntoHome").source})(到|至)?`, "g");
/** The verb of importing, followed right away by the goods' origin (进口蒙古国原煤). */
const IMPORT = /进口(了)?/g;
/** What may stand between the origin and its goods: 等, a bloc noun, 的. */
const LEAD = /^(等)?(国家|地区|国)?(的)?/;
const WORDS = readLexicon<{ goodsHeads: string[]; notGoods: string[]; stops: string[] }>("origin-goods.json");
/** A goods noun must be named (origin-goods.json "goodsHeads": 品, 货, 果, 肉, 煤…). */
const GOODS = alternatives(WORDS.goodsHeads);
/** Words that make the things named no goods, or their going in not stated (origin-goods.json "notGoods"). */
const NOT_GOODS = alternatives(WORDS.notGoods);
/** A ban or halt in the clause before the verb (origin-goods.json "stops": 禁止, 暂停…). */
const STOP = alternatives(WORDS.stops);
const PLACE = /^(Country|Province|City)$/;

/** Whether the clause before the verb at `at` bans or halts the trade (禁止进口, 暂停…进入), not lifted by 恢复 right before. */
function stopped(norm: string, at: number): boolean {
  return STOP.test(norm.slice(clauseStart(norm, at), at)) && !/恢复$/.test(norm.slice(0, at));
}
const SUBJECT = ["FreeTradeZone", "Area", "Province", "City", "DevZone", "Port", "Country"];
const CHINA = "Country:中国";

/** The countries listed (joined by 、和与及) that end right before `end`'s goods, read backwards. */
function originsBefore(norm: string, cands: Mention[], from: number, to: number): Mention[] {
  const inSpan = cands.filter((x) => x.cs >= from && x.ce <= to);
  for (let i = inSpan.length - 1; i >= 0; i--) {
    const last = inSpan[i] as Mention;
    const lead = LEAD.exec(norm.slice(last.ce, to))?.[0] ?? "";
    const run = norm.slice(last.ce + lead.length, to);
    if (!goodsRun(run)) continue;
    const list = [last];
    for (let j = i - 1; j >= 0; j--) {
      const x = inSpan[j] as Mention;
      if (!/^[、和与及]$/.test(norm.slice(x.ce, (list[0] as Mention).cs))) break;
      list.unshift(x);
    }
    return list;
  }
  return [];
}

/** A short run naming goods, with no person, firm, negation or clause break in it. */
function goodsRun(run: string): boolean {
  return (
    run.length > 0 &&
    run.length <= 30 &&
    GOODS.test(run) &&
    !NOT_GOODS.test(run) &&
    !/[，,；;。：:]/.test(run)
  );
}

/**
 * Trade stated through goods named by their origin. (1) A country's goods going into China: 东盟农产品
 * 进入中国市场, 塞尔维亚的牛肉、葡萄酒等产品进入中国市场, 某国火腿远销中国 → COOPERATES_WITH from each origin
 * country (the goods' country, written right before them, 的/等/国家 between) to 中国, written right after
 * the verb. (2) A side importing a country's goods: 某口岸进口蒙古国原煤, 中国有兴趣进口某国的牛肉 →
 * COOPERATES_WITH from the subject before 进口 in its clause to each country written right after it.
 * The goods must be named (a goods noun); people, firms, capital, a negation, another place between the
 * origin and the verb, a wish, or a clause break give nothing (某国游客进入中国, 某国企业进入中国市场, 某国牛肉
 * 无法进入中国, 某国产品有望进入中国), a ban or halt in the clause before the verb (中国禁止进口某国水产品,
 * 暂停某国牛肉进入中国; not 恢复进口), nor an entry that only frames a when-clause (…进入中国市场时，关税…).
 * China is never the origin.
 */
export const originGoods: RelationRule = {
  name: "origin-goods",
  types: ["COOPERATES_WITH"],
  find({ norm, ms, push, subjectBefore }) {
    const sorted = [...ms].sort((x, y) => x.cs - y.cs);
    const cands = sorted.filter((m) => typeOf(m.id) === "Country" && m.id !== CHINA);
    if (cands.length === 0) return;
    const china = sorted.find((m) => m.id === CHINA);
    if (china)
      for (const v of norm.matchAll(INTO)) {
        const at = v.index ?? 0;
        const home = sorted.find((m) => m.id === CHINA && m.cs === at + v[0].length);
        // (某国产品进入中国市场时，关税…: a when-clause frames something else, the entry is not stated)
        if (!home || /^(市场)?(时|之时)/.test(norm.slice(home.ce))) continue;
        const start = clauseStart(norm, at);
        if (stopped(norm, at)) continue;
        const origins = originsBefore(norm, cands, start, at);
        const first = origins[0];
        const last = origins[origins.length - 1];
        if (!first || !last) continue;
        // (越南农产品经云南进入中国: another place between the goods and the verb)
        if (sorted.some((m) => m.cs >= last.ce && m.ce <= at && PLACE.test(typeOf(m.id)))) continue;
        for (const o of origins) pushPartners(push, o, [CHINA], first.cs, home.ce);
      }
    for (const v of norm.matchAll(IMPORT)) {
      const at = v.index ?? 0;
      const end = at + v[0].length;
      const list: Mention[] = [];
      let to = end;
      for (const x of cands) {
        if (x.cs < to) continue;
        if (!(list.length === 0 ? x.cs === to : /^[、和与及]$/.test(norm.slice(to, x.cs)))) break;
        list.push(x);
        to = x.ce;
      }
      if (list.length === 0 || stopped(norm, at)) continue;
      const lead = LEAD.exec(norm.slice(to))?.[0] ?? "";
      const tail = /^[^，,；;。：:！？!?\d]{1,10}/.exec(norm.slice(to + lead.length))?.[0] ?? "";
      if (!goodsRun(tail)) continue;
      const s = subjectBefore(pointAt(at), SUBJECT);
      if (!s || s.cs < clauseStart(norm, at) || list.some((p) => p.id === s.id)) continue;
      pushPartners(
        push,
        s,
        list.map((p) => p.id),
        at,
        to + lead.length + tail.length,
      );
    }
  },
};
