import { clauseStart, sentenceStart } from "../clauses";
import type { Mention } from "../entities/types";
import { relationAlt } from "../lexicon";
import { type RelationContext, typeOf } from "./context";
import { pointAt, pushPartners } from "./cooperate";
import { T_TRADE } from "./triggers";
import type { RelationRule } from "./types";

/** Export and import as trade words of their own (广西对越南出口, 其中对东盟进口). */
const EXPORT_IMPORT = "出口|进口";
/** The home side: China or a Chinese place or zone. */
const HOME = /^(Province|City|FreeTradeZone|Area)$/;
const isHome = (m: Mention) => m.id === "Country:中国" || HOME.test(typeOf(m.id));
/** Adverbs and time words between the home side and 对 (广西今年前三季度对东盟…, 上海全年对…). */
const BETWEEN = new RegExp(
  String.raw`^(${relationAlt("tradeBetweenTimes")}|前[一二三四五六七八九十\d]+(个月|季度)|[一二三四五六七八九十\d]+月(份)?|${relationAlt("tradeBetweenAdverbs")})*$`,
);
/** What follows the partners: (的)(货物)?trade word, or 出口/进口 (上海对秘鲁的外贸, 广西对越南进出口). */
const TRADE_AFTER = new RegExp(
  `^(等?(国家|地区|市场)|等国)?(的)?(${relationAlt("tradeGoodsNouns")})?(${T_TRADE.source}|${EXPORT_IMPORT})`,
);
const SEP = /^(、|和|及|与)$/;
/** A clause that opens with 其中 (…进出口5000亿元，其中对东盟进出口…): a part of the whole said before. */
const PART_OF_WHOLE = /^\s*其中[，,]?\s*$/;
/** The whole the clauses before state: a trade figure (进出口, 货值, 外贸…). */
const WHOLE = new RegExp(`${T_TRADE.source}|${relationAlt("tradeWholeWords")}|${EXPORT_IMPORT}`);

/**
 * The home side of 其中对… (广西进出口总值5000亿元，其中对东盟进出口…): the subject of the clauses before,
 * when they state a trade figure.
 */
function wholeOwner(rc: RelationContext, at: number): Mention | undefined {
  const a = clauseStart(rc.norm, at);
  if (!PART_OF_WHOLE.test(rc.norm.slice(a, at))) return undefined;
  if (!WHOLE.test(rc.norm.slice(sentenceStart(rc.norm, at), a))) return undefined;
  const s = rc.subjectBefore(pointAt(a), ["Province", "City", "FreeTradeZone", "Area"]);
  return s && rc.ms.includes(s) ? s : undefined;
}

/** The countries listed from `at` on, joined by 、和及与, and where the list ends. */
function partnersFrom(norm: string, countries: Mention[], at: number): { list: Mention[]; end: number } {
  const list: Mention[] = [];
  let pos = at;
  for (const c of countries) {
    if (c.cs < pos) continue;
    const gap = norm.slice(pos, c.cs);
    if (list.length === 0 ? gap !== "" : !SEP.test(gap)) break;
    list.push(c);
    pos = c.ce;
  }
  return { list, end: pos };
}

/**
 * Cooperation through trade stated as one side's trade with another: 上海对秘鲁的外贸进出口值增长,
 * 广西对越南、泰国进出口增长, 我国对东盟出口 → COOPERATES_WITH from the home side (China, a Chinese place or
 * zone right before 对, after time words; or, for a clause opened by 其中, the subject of the clauses before
 * when they state a trade figure) to each country listed right after 对, when a trade word
 * (triggers.json "trade", or 出口/进口) follows the list. 对 + a country + anything else (对越南的投资,
 * 对东盟开放) is not trade.
 */
export const tradeToward: RelationRule = {
  name: "trade-toward",
  types: ["COOPERATES_WITH"],
  find(rc) {
    const { norm, ms, push } = rc;
    const sorted = [...ms].sort((x, y) => x.cs - y.cs);
    const countries = sorted.filter((m) => typeOf(m.id) === "Country" && m.id !== "Country:中国");
    for (const t of norm.matchAll(/对/g)) {
      const at = t.index ?? 0;
      const home =
        sorted.filter((x) => x.ce <= at && BETWEEN.test(norm.slice(x.ce, at))).pop() ?? wholeOwner(rc, at);
      if (!home || !isHome(home)) continue;
      const { list, end } = partnersFrom(norm, countries, at + 1);
      const trade = TRADE_AFTER.exec(norm.slice(end));
      if (list.length === 0 || !trade) continue;
      pushPartners(
        push,
        home,
        list.map((c) => c.id),
        home.cs,
        end + trade[0].length,
      );
    }
  },
};
