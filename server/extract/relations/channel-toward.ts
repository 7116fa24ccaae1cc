import type { Mention } from "../entities/types";
import { COUNT_NUMERAL, relationAlt, trigger } from "../lexicon";
import { countryPartnerOf } from "./china-pair";
import { typeOf } from "./context";
import { pushPartners } from "./cooperate";
import type { RelationRule } from "./types";

/** The home side before 对: China or a Chinese place, zone or port (黑河口岸, 连云港港). */
const HOME = /^(Province|City|FreeTradeZone|Area|Port)$/;
const isHome = (m: Mention) => m.id === "Country:中国" || HOME.test(typeOf(m.id));
/**
 * What follows the partners: modifiers (triggers.json "channelDegree": 开放, 重要, 最大, 贸易…), 的,
 * then a channel word ("channelToward": 口岸, 铁路运输通道, 集装箱航线, 出海口) — 中国对俄罗斯重要的边境
 * 贸易口岸, 中国对俄铁路运输通道, 对日韩集装箱航线; no web portal (relation-words.json "channelNounNot": 门户网站).
 */
const CHANNEL_AFTER = new RegExp(
  `^(?:${trigger("channelDegree").source}|的)*(?:${trigger("channelToward").source})(?!${relationAlt("channelNounNot")})`,
);
/** The subject a channel sentence describes (黑河口岸是…): it leads to the partner too. */
const SUBJECT_IS = /^是$/;
/** Between the home side and 对: a count or the same modifiers (珲春市共有2个对朝口岸, 中国最大的对朝贸易口岸). */
const BEFORE_TOWARD = new RegExp(
  `^(?:(?:共)?有\\s*${COUNT_NUMERAL}+\\s*个|${trigger("channelDegree").source}|的)*$`,
);

/** The countries written right after 对: full names, or a run of one-character abbreviations (对日韩). */
function partnersAfter(rc: Parameters<RelationRule["find"]>[0], at: number): { ids: string[]; end: number } {
  const full = rc.of("Country").find((c) => c.cs === at && c.id !== "Country:中国");
  if (full) return { ids: [full.id], end: full.ce };
  const ids: string[] = [];
  let k = at;
  for (
    let p = countryPartnerOf(rc.cat, rc.norm[k] ?? "");
    p && k - at < 3;
    p = countryPartnerOf(rc.cat, rc.norm[++k] ?? "")
  )
    ids.push(p);
  return { ids, end: k };
}

/**
 * A channel toward another country (a port, route or corridor "对" it, as set 11 reads 通往/面向): 中国对
 * 俄罗斯重要的边境贸易口岸, 新增一条中国对俄铁路运输通道, 加密连云港港对日韩集装箱航线 → COOPERATES_WITH
 * from the home side right before 对 (and from the port or place the clause says it is: 黑河口岸是中国对
 * 俄…口岸) to each partner. 对 + a country + anything else (对俄投资, 对东盟开放政策) is not read here.
 */
export const channelToward: RelationRule = {
  name: "channel-toward",
  types: ["COOPERATES_WITH"],
  find(rc) {
    const { norm, ms, push } = rc;
    const sorted = [...ms].sort((x, y) => x.cs - y.cs);
    for (const t of norm.matchAll(/对/g)) {
      const at = t.index ?? 0;
      const home = sorted.filter((x) => x.ce <= at && BEFORE_TOWARD.test(norm.slice(x.ce, at))).pop();
      if (!home || !isHome(home)) continue;
      const { ids, end } = partnersAfter(rc, at + 1);
      const channel = ids.length > 0 ? CHANNEL_AFTER.exec(norm.slice(end)) : null;
      if (!channel) continue;
      const ce = end + channel[0].length;
      pushPartners(push, home, ids, home.cs, ce);
      const subject = sorted
        .filter((x) => x.ce < home.cs && SUBJECT_IS.test(norm.slice(x.ce, home.cs)))
        .pop();
      if (subject && /^(Port|City)$/.test(typeOf(subject.id)))
        pushPartners(push, subject, ids, subject.cs, ce);
    }
  },
};
