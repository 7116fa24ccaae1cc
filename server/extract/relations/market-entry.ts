import { clauseOf } from "../clauses";
import type { Mention } from "../entities/types";
import { trigger } from "../lexicon";
import { CLAUSE_LEAD, typeOf } from "./context";
import { listAfter, pointAt, pushPartners } from "./cooperate";
import { peopleOf } from "./people-of";
import type { RelationRule } from "./types";

/** Verbs of entering a market (triggers.json "marketEntry": 开拓, 拓展, 进军, 打开, 抢占…). */
const ENTER = new RegExp(trigger("marketEntry").source, "g");
/** What closes the partners: (等)(国家/地区)(的)市场 (开拓东南亚市场, 进军中东、非洲等新兴市场). */
const MARKET = /^(等)?[^，,；;。！？!?、]{0,6}?市场/;
const PARTNER = /^(Country|Province)$/;
/** Sides acting together right before the verb (共同拓展, 携手开拓). */
const JOINTLY = /(共同|携手|联合|一起|一道)$/;
const SUBJECT = ["FreeTradeZone", "Area", "Province", "City", "DevZone", "Port"];

/** The origin of a line that heads its clause (这条从甲市出发的线路，将拓宽乙洲市场): the line is the place's. */
const LINE_ORIGIN = new RegExp(
  `^(${trigger("routeOriginAfter").source}|${trigger("routeLeaveAfter").source})的[^，,；;。！？!?]{0,8}?` +
    `(${trigger("unnamedRouteNoun").source}|${trigger("routeTrainNouns").source})`,
);
/** A body's act of organising before its own noun (由甲省主办的展会; triggers.json "organizedBy"). */
const ORGANIZED = new RegExp(`^(${trigger("organizedBy").source})`);
/**
 * A short modifier ending in 的 before the subject (我国西部的, 地处西北的, 与乙省相邻的, 作为农业大省的): at most
 * 12 characters, no clause mark, no second 的, and no word of a locative or a way (在, 从, 由, 经 but 经济, 往, 至:
 * 在甲市举行的…, 途经甲市的班列, 运往甲港的货物 put the place inside another noun's modifier).
 */
const MODIFIER = /(?:[^，,；;。！？!?在从由经往至的]|经济){1,12}的$/;

/**
 * Modifiers written before a subject that opens its clause, with what must follow the place: 来自甲省的企业…,
 * 我国西部的甲省…, 地处西北的甲省…, 由甲省主办的展会…; returns the lead without them (empty for the origin of
 * a line after 从/由/自, which heads its clause).
 */
function modifiedOpener(lead: string, after: string): string | undefined {
  if (/来自$/.test(lead) && after.startsWith("的")) return lead.slice(0, -2);
  const where = MODIFIER.exec(lead);
  if (where) return lead.slice(0, where.index);
  if (/由$/.test(lead) && ORGANIZED.test(after)) return lead.slice(0, -1);
  // (the line heads the clause, whatever counts or points at it: 这趟从甲市始发的列车, 一条由乙市开出的航线)
  if (/[从由自]$/.test(lead) && LINE_ORIGIN.test(after)) return "";
  return undefined;
}

/**
 * Whether a place of an earlier clause is that clause's subject, and so the sentence's (甲市出台措施，支持企业
 * 开拓乙国市场), read as subjectBefore reads a clause's lead: only a time word or a connective before it (names
 * right before it, 甲自贸试验区乙片区, go with it), or 在 when the place closes its clause (在甲片区，…: the
 * topic; not 货物在甲港装船, a locative); or a modifier of the subject (modifiedOpener) before the place.
 */
function opensClause(norm: string, ms: readonly Mention[], s: Mention): boolean {
  const [a, b] = clauseOf(norm, s.cs);
  let cs = s.cs;
  for (let p = s as Mention | undefined; p; p = ms.find((m) => m.ce === cs && m.cs >= a && m.cs < cs))
    cs = p.cs;
  const lead = norm.slice(a, cs);
  const after = norm.slice(s.ce, b);
  const bare = modifiedOpener(lead, after);
  if (bare !== undefined) return bare === "" || CLAUSE_LEAD.test(bare);
  return CLAUSE_LEAD.test(lead) && (!/在[\s“"]*$/.test(lead) || after.trim() === "");
}

/**
 * Trade stated as entering a partner's market: 为陕西企业开拓东南亚市场, 帮助本地企业进军中东、非洲等
 * 市场 → COOPERATES_WITH from the subject (the shared choice: the place before the verb) to each
 * country or region listed right after the verb, when 市场 closes the list. A market named without
 * a partner (开拓国际市场), a partner without 市场 (开拓东南亚的合作空间), China's own market (the home
 * side), sides that expand markets together (共同拓展中国和阿联酋市场), a place that only says where people
 * come from (福建籍侨商…, 上海游客…), or a verb with no subject before it give nothing. The subject stands in the verb's own clause or opens an earlier clause as its subject
 * (甲市出台措施，支持企业开拓乙国市场; 来自甲省的企业签约，…; 由甲省主办的展会，…; 在甲片区，…) or is the origin
 * of the line that does (这条从甲市出发的线路，将拓宽乙洲市场); a place inside an earlier clause (货物在甲港上船
 * 出口，便利公司拓展乙国市场; 连接甲省的新通道，为企业拓展乙国市场; 帮助甲市和乙市企业的产品注册，产品已进入丙国
 * 市场) or the carried subject with no words in the sentence only sends or hosts what enters the market (an
 * anaphor written here, 该片区, 本区, stands for it).
 */
export const marketEntry: RelationRule = {
  name: "market-entry",
  types: ["COOPERATES_WITH"],
  find({ norm, ms, push, subjectBefore, fromCtx }) {
    const cands = ms
      .filter((m) => PARTNER.test(typeOf(m.id)) && m.id !== "Country:中国")
      .sort((x, y) => x.cs - y.cs);
    for (const v of norm.matchAll(ENTER)) {
      const at = (v.index ?? 0) + v[0].length;
      const { list, end } = listAfter(norm, cands, at);
      const market = MARKET.exec(norm.slice(end));
      // (共同拓展A和B市场: the sides expand their own markets together, no side enters another's)
      if (list.length === 0 || !market || JOINTLY.test(norm.slice(0, v.index ?? 0))) continue;
      const s = subjectBefore(pointAt(v.index ?? 0), SUBJECT);
      // (the carried subject with no words here, 甲省\n据了解，将组织企业开拓乙国市场: what it stands for may
      // only send or host who enters; an anaphor written here, 该片区/本区…, names it)
      if (!s || (fromCtx.has(s) && s.cs === s.ce)) continue;
      // (福建籍侨商…, 上海游客…: the place only says where people come from or are registered)
      if (norm[s.ce] === "籍" || peopleOf(norm, s)) continue;
      if (s.cs < clauseOf(norm, v.index ?? 0)[0] && !opensClause(norm, ms, s)) continue;
      pushPartners(
        push,
        s,
        list.map((p) => p.id),
        v.index ?? 0,
        end + market[0].length,
      );
    }
  },
};
