import { clauseStart } from "../clauses";
import type { Mention } from "../entities/types";
import { alternatives, relationAlt } from "../lexicon";
import { typeOf } from "./context";
import { CONDITION_WORD, pushPartners } from "./cooperate";
import {
  ENTRY_NOUN,
  goodsBeforeVerb,
  goodsJoint,
  INTO_VERBS,
  ORIGIN_LEAD,
  stoppedBy,
  WAY_MARK,
} from "./goods-words";
import type { RelationRule } from "./types";

/** Verbs of goods going into a market (triggers.json "tradeFlowOut", origin-goods.json "intoVerbs"). */
const INTO = new RegExp(`(${alternatives(INTO_VERBS).source})(到|至)?`, "g");
/**
 * What after 中国 makes the entry frame something else or fail (…进入中国市场时/前，…; …进入中国受阻).
 */
const ENTRY_PLACE = relationAlt("originEntryPlaceNouns");
const NOT_STATED = new RegExp(`^(${ENTRY_PLACE})?(的)?(${relationAlt("originNotStatedWords")})`);
/** 的 after the entry's 中国 (市场, 境内, 国内 between): a noun of the entry follows. */
const ENTRY_OF = new RegExp(`^(${ENTRY_PLACE})?的`);

/**
 * Whether the text after 中国 leaves the entry unstated: a when-clause or failure (NOT_STATED), or 的 + a noun
 * that is no amount or channel of the entry (进入中国的门槛/难度/风险: a property of an entry not stated), or a
 * halt after that noun (进入中国的通道被切断).
 */
function notStated(rest: string): boolean {
  if (NOT_STATED.test(rest)) return true;
  const of = ENTRY_OF.exec(rest);
  if (!of) return false;
  const noun = ENTRY_NOUN.exec(rest.slice(of[0].length));
  if (!noun) return true;
  const tail = rest.slice(of[0].length + noun[0].length);
  return stoppedBy(tail.slice(0, tail.search(/[，,；;。！？!?]|$/)));
}

const PLACE = /^(Country|Province|City)$/;
const CHINA = "Country:中国";

/** The text from `a` to `b` with each corridor named in it written as WAY_MARK (通过西部陆海新通道 → 通过＃). */
function wayMarked(norm: string, corridors: Mention[], a: number, b: number): string {
  let out = "";
  let at = a;
  for (const c of corridors)
    if (c.cs >= at && c.ce <= b) {
      out += norm.slice(at, c.cs) + WAY_MARK;
      at = c.ce;
    }
  return out + norm.slice(at, b);
}

/**
 * The countries listed (joined by 、和与及, or each with its own goods: 甲国大米和乙国大米) whose goods phrase runs
 * from them to the verb at `to`.
 */
function originsBefore(
  norm: string,
  cands: Mention[],
  corridors: Mention[],
  from: number,
  to: number,
): Mention[] {
  const inSpan = cands.filter((x) => x.cs >= from && x.ce <= to);
  for (let i = inSpan.length - 1; i >= 0; i--) {
    const last = inSpan[i] as Mention;
    const lead = ORIGIN_LEAD.exec(norm.slice(last.ce, to))?.[0] ?? "";
    if (goodsBeforeVerb(wayMarked(norm, corridors, last.ce + lead.length, to)) < 0) continue;
    const list = [last];
    for (let j = i - 1; j >= 0; j--) {
      const x = inSpan[j] as Mention;
      const gap = norm.slice(x.ce, (list[0] as Mention).cs);
      // (甲国大米和乙国大米一起进入中国: each country with its own goods)
      if (!/^[、和与及]$/.test(gap) && !goodsJoint(gap)) break;
      list.unshift(x);
    }
    return list;
  }
  return [];
}

/**
 * A country's goods going into China: 东盟农产品进入中国市场, 塞尔维亚的牛肉、葡萄酒等产品进入中国市场, 某国
 * 火腿远销中国 → COOPERATES_WITH from each origin country to 中国, written right after the verb. The country
 * opens a goods noun phrase (的/等/国家 between; items of at most six characters with no 的, ending in a goods
 * noun of origin-goods.json), and only adverbs, time words or 经/通过 + a way stand between it and the verb
 * (大量, 首次, 正通过海运, 通过 + a named corridor, 以优惠的价格). Nothing for people, firms, waste or smuggled things, a negation or wish before the
 * verb (某国牛肉没有/有望进入中国), a ban or halt in the clause (暂停某国牛肉进入中国), a condition opening it
 * (如果…), another place between (越南水果经广西进入中国), or an entry that frames a when-clause or fails
 * (…进入中国市场时/前, …进入中国受阻), or
 * only names a property of an entry (进入中国的门槛/难度/风险; not an amount or channel: 进入中国的数量/主要通道). China is never the origin. (A side importing a country's goods,
 * 某口岸进口蒙古国原煤, is read by trade-flow.ts.)
 */
export const originGoods: RelationRule = {
  name: "origin-goods",
  types: ["COOPERATES_WITH"],
  find({ norm, ms, push }) {
    const sorted = [...ms].sort((x, y) => x.cs - y.cs);
    const cands = sorted.filter((m) => typeOf(m.id) === "Country" && m.id !== CHINA);
    if (cands.length === 0 || !sorted.some((m) => m.id === CHINA)) return;
    const corridors = sorted.filter((m) => typeOf(m.id) === "Corridor");
    for (const v of norm.matchAll(INTO)) {
      const at = v.index ?? 0;
      const home = sorted.find((m) => m.id === CHINA && m.cs === at + v[0].length);
      if (!home || notStated(norm.slice(home.ce))) continue;
      const start = clauseStart(norm, at);
      if (stoppedBy(norm.slice(start, at))) continue;
      const origins = originsBefore(norm, cands, corridors, start, at);
      const first = origins[0];
      const last = origins[origins.length - 1];
      if (!first || !last || CONDITION_WORD.test(norm.slice(start, first.cs))) continue;
      // (越南农产品经云南进入中国: another place between the goods and the verb)
      if (sorted.some((m) => m.cs >= last.ce && m.ce <= at && PLACE.test(typeOf(m.id)))) continue;
      for (const o of origins) pushPartners(push, o, [CHINA], first.cs, home.ce);
    }
  },
};
