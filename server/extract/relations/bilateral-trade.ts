import type { Mention } from "../entities/types";
import { type RelationContext, typeOf } from "./context";
import { pushPartners } from "./cooperate";
import { T_TRADE } from "./triggers";
import type { RelationRule } from "./types";

const SIDE = /^(Country|Province|City|FreeTradeZone|Area)$/;
/** What may stand between the list of sides and the trade word: 等(新兴)市场/国家/地区, 的, a kind of goods. */
const LIST_TAIL = /^(等)?([\u4e00-\u9fff]{0,4}?(国家|地区|市场|经济体))?(之间)?(的)?([\u4e00-\u9fff]{0,3}?)$/;
const SEP = /^(、|和|与|及|以及)$/;
/** 对 + a partner between the list and the trade word (欧盟和黑龙江省对俄贸易): the trade is with that partner. */
const TOWARD_PARTNER = /对(?!外)/;

const isHomeId = (id: string) => id === "Country:中国" || (SIDE.test(typeOf(id)) && typeOf(id) !== "Country");
const isHome = (m: Mention) => isHomeId(m.id);

/** The list of sides (countries, Chinese places and zones) that ends with `last`, in text order. */
function listEndingWith(sides: Mention[], norm: string, last: Mention): Mention[] {
  const out = [last];
  for (let i = sides.indexOf(last) - 1; i >= 0; i--) {
    const x = sides[i] as Mention;
    const head = out[0] as Mention;
    const gap = norm.slice(x.ce, head.cs);
    // (越南、泰国等东盟国家: the group named after 等 closes the list)
    if (x.ce <= head.cs && (SEP.test(gap) || (gap === "等" && out.length === 1))) out.unshift(x);
    else if (x.ce <= head.cs) break;
  }
  return out;
}

/** The home side of "与 partners": the name right before 与, else the sentence's name that trades 与/同. */
function homeOf(rc: RelationContext, sides: Mention[], list: Mention[]): Mention | undefined {
  const first = list[0] as Mention;
  const second = list[1];
  const joined = !!second && /^[和与同]$/.test(rc.norm.slice(first.ce, second.cs));
  // 广西与越南、泰国…: the home side opens the list
  if (isHome(first) && joined) return first;
  // 东盟和中国水果贸易: two sides, the home one second (not a list of places that trade: A、中国香港等)
  if (list.length === 2 && second && isHome(second) && joined && !/^等/.test(rc.norm.slice(second.ce)))
    return second;
  if (list.some(isHome)) return undefined;
  if (!/[与同和]$/.test(rc.norm.slice(0, first.cs))) return undefined;
  const from = rc.sentStartOf(first.cs);
  return sides.find(
    (x) => x.cs >= from && x.ce < first.cs && isHome(x) && /^[与同]/.test(rc.norm.slice(x.ce, x.ce + 1)),
  );
}

/**
 * Cooperation through trade between two sides: 中国与东盟、中亚等新兴市场的贸易, 广西同越南的双边贸易,
 * 东盟和中国水果贸易, and a later 与…的贸易 of the sentence's subject (中国与A国…，与B、C的贸易) →
 * COOPERATES_WITH from the home side (China, a Chinese place or zone) to each foreign side. The
 * trade words are data (data/lexicon/triggers.json, "trade").
 */
export const bilateralTrade: RelationRule = {
  name: "bilateral-trade",
  types: ["COOPERATES_WITH"],
  find(rc) {
    const { norm, pool, push } = rc;
    const sides = pool.filter((m) => SIDE.test(typeOf(m.id)));
    const re = new RegExp(T_TRADE.source, "g");
    for (let t = re.exec(norm); t; t = re.exec(norm)) {
      const at = t.index;
      const tail = (x: Mention) => norm.slice(x.ce, at);
      const last = sides
        .filter((x) => x.ce <= at && LIST_TAIL.test(tail(x)) && !TOWARD_PARTNER.test(tail(x)))
        .pop();
      if (!last) continue;
      const list = listEndingWith(sides, norm, last);
      const home = homeOf(rc, sides, list);
      if (!home) continue;
      const ids = list.map((x) => x.id);
      pushPartners(push, home, ids, (list[0] as Mention).cs, at + t[0].length, (id) => !isHomeId(id));
    }
  },
};
