import { CLAUSE_MARKS, clauseOf, clauseStart } from "../clauses";
import type { Mention } from "../entities/types";
import { COMPANY_END, LEGAL_FORMS, OFFICER_TITLES, relationAlt } from "../lexicon";

const LEGAL_FORM = new RegExp(`(?:${LEGAL_FORMS})$`);

import { channelPartners, copulaSubject } from "./channel-subject";
import { type RelationContext, typeOf } from "./context";
import { bodyOfPlace, firmAfterDe, metTitled, unnamedSideAt } from "./cooperate";
import { locatedAfter } from "./modifier-country";
import { peopleOf } from "./people-of";
import { deniedLater } from "./stage";
import { T_COOP, T_LOCATED_AT } from "./triggers";
import type { RelationRule } from "./types";

/** The partner countries of a passage and list helpers over them. */
interface Partners {
  rc: RelationContext;
  countries: Mention[];
  /** Text between two offsets is only a list of countries (、和与及 between names). */
  onlyList(from: number, to: number): boolean;
  /** Text after the list of countries that `c` belongs to, up to `b`. */
  tailAfterList(c: Mention, b: number): string;
}

function partners(rc: RelationContext): Partners {
  const { norm, of, abbr } = rc;
  // (a country opening a firm kept whole, 某国铁路公司, only says where the firm is from: the firm is the side;
  // not a registered name in its legal form, 某国某某有限公司, whose country stays a partner)
  const firms = of("Organization").filter((o) => COMPANY_END.test(o.id) && !LEGAL_FORM.test(o.id));
  const countries = [...of("Country"), ...abbr.filter((m) => typeOf(m.id) === "Country")]
    .filter((c) => c.id !== "Country:中国" && !firms.some((o) => o.cs === c.cs && o.ce > c.ce))
    .sort((x, y) => x.cs - y.cs);
  // (every character outside the countries is a joint: tested one by one, the first other one ends it)
  const onlyList = (from: number, to: number) => {
    for (let i = from; i < to; i++)
      if (!countries.some((c) => c.cs <= i && i < c.ce) && !/^[、和与及\s]$/.test(norm[i] ?? ""))
        return false;
    return true;
  };
  const tailAfterList = (c: Mention, b: number) => {
    let e = c.ce;
    for (const x of countries) if (x.cs >= e && x.cs < b && onlyList(e, x.cs)) e = x.ce;
    return norm.slice(e, b);
  };
  return { rc, countries, onlyList, tailAfterList };
}

/** Words of dealings after 中 and the abbreviations (中俄蒙合作, 中非经贸): relation-words.json coopChinaDealings. */
const CHINA_DEALING = new RegExp(`^(?:${relationAlt("coopChinaDealings")})`);
/** Up to two characters before such a word (中非全面合作). */
const CHINA_DEALING_GAP = new RegExp(
  String.raw`^[\u4e00-\u9fff]{0,2}?(?=${relationAlt("coopChinaDealings")})`,
);

/** The word that makes `c` a partner (面向, 与, 同, 吸引, 向, 中国和, or 中 before abbreviations) and where it is. */
function partnerTrigger(p: Partners, c: Mention, a: number): { trig: number; kind: string } | null {
  const { norm, abbr } = p.rc;
  const { countries, onlyList } = p;
  const head = norm.slice(a, c.cs);
  let trig = -1;
  let kind = "";
  // (not the 与/同 of a word: 参与, 给与, 共同, 不同, 相同, 如同)
  for (const m of head.matchAll(/面向|(?<![参给])与|(?<![共不相如])同|吸引|向|中国和/g)) {
    const at = a + (m.index ?? 0);
    if (onlyList(at + m[0].length, c.cs)) {
      trig = at;
      kind = m[0];
      break;
    }
  }
  // 中俄蒙合作: the 中 right before the abbreviations
  if (trig < 0 && abbr.includes(c)) {
    let k = c.cs - 1;
    while (k >= a && countries.some((x) => x.cs <= k && k < x.ce)) k--;
    if (norm[k] === "中" && CHINA_DEALING.test(norm.slice(c.ce).replace(CHINA_DEALING_GAP, ""))) {
      trig = k;
      kind = "中";
    }
  }
  return trig < 0 ? null : { trig, kind };
}

/** A route noun after 的 in the clause (面向A的陆路通道, …的新航线). */
const ROUTE_NOUN = new RegExp(`^的[^${CLAUSE_MARKS}]{0,6}(${relationAlt("coopRouteNouns")})`);

/** Words of geographic position (东邻, 南濒, 西接, 与…接壤, 毗邻, 背靠): a sentence describing where a place lies. */
const POSITION = new RegExp(
  `[东南西北](${relationAlt("coopPositionVerbs")})|${relationAlt("coopPositionWords")}|隔[^，,；;。]{0,6}相望`,
);

/** A superlative right before 的 and a role toward the partners (最便捷的陆路通道, 最近的出海口, 最大的口岸). */
const SUPERLATIVE_ROLE = new RegExp(
  String.raw`^最[\u4e00-\u9fff]{1,3}?(?=的[^，,；;。]{0,6}?(${relationAlt("coopSuperlativeRoles")}))`,
);
/** What is attracted after 吸引 and the list (企业, 投资): relation-words.json coopAttractedNouns. */
const ATTRACTED = new RegExp(`^[、和与及\\s]*(等)?(国家|地区)?(的)?(${relationAlt("coopAttractedNouns")})`);
/** Verbs of spreading after 向 and the list (布局, 拓展): relation-words.json coopTowardVerbs. */
const TOWARD = new RegExp(`^[、和与及\\s]*(等)?(国家|地区|成员国)?(${relationAlt("coopTowardVerbs")})`);
/** Words after 面向 and the list (开放, 的, 门户): relation-words.json coopFacingTails. */
const FACING_TAIL = new RegExp(`^[、和与及\\s]*(${relationAlt("coopFacingTails")})`);

/**
 * A cooperation word that only opens an officer's title (中国与某国经贸部长出席…: titles.json "officers"): the ministers'
 * portfolio, no dealings between the sides.
 */
const TITLE_PORTFOLIO = new RegExp(`(${T_COOP.source})(?=${OFFICER_TITLES})`, "g");
/** Whether the clause from `from` to `to` names dealings (triggers.json "cooperation"), not only a title. */
const dealings = (norm: string, from: number, to: number) =>
  T_COOP.test(norm.slice(from, to).replace(TITLE_PORTFOLIO, ""));

/** Whether the words after the list fit the trigger; 面向…的通道 gives CONNECTS to the corridor instead. */
function fitsTrigger(p: Partners, c: Mention, trig: number, kind: string, b: number): boolean {
  const { norm, ms, push, sentStartOf } = p.rc;
  const { countries, onlyList, tailAfterList } = p;
  // (for 中俄蒙合作 / 中非经济关系 the cooperation word was checked with the abbreviations)
  if ((kind === "与" || kind === "同" || kind === "中国和") && !dealings(norm, c.ce, b)) return false;
  // (拟与某国签署协议，但目前仍未签署: a plan the sentence says is not carried out)
  if ((kind === "与" || kind === "同") && deniedLater(norm, c.ce)) return false;
  // 吸引东南亚和南亚地区企业: partners whose firms are attracted
  if (kind === "吸引" && !ATTRACTED.test(tailAfterList(c, b))) return false;
  // 向东盟等地区布局海外仓, 从马来西亚向新加坡、印尼、文莱等国家拓展
  if (kind === "向" && !TOWARD.test(tailAfterList(c, b))) return false;
  if (kind === "面向") {
    // (友谊关口岸是广西面向东盟最大的陆路口岸: the port the sentence describes is the side, channel-subject.ts)
    if (copulaSubject(p.rc, trig) && channelPartners(p.rc, trig)) return false;
    // skip the rest of the list, then expect 开放/的/等…; 面向东盟的<corridor> is CONNECTS, not cooperation
    let e = c.ce;
    for (const x of countries) if (x.cs >= e && onlyList(e, x.cs) && x.cs < b) e = x.ce;
    // (a superlative before 的 and a role qualifies the role: 面向东盟最便捷的陆路通道, 最近的出海口)
    const tail = norm.slice(e, b).replace(SUPERLATIVE_ROLE, "");
    // (…辐射中心, …门户, …桥头堡: a role toward the partners, 面向南亚和东南亚辐射中心)
    if (!FACING_TAIL.test(tail) && tail.trim() !== "") return false;
    // a bare 面向X among clauses of position (东邻…，西与…接壤，南濒…，面向东南亚) places, it does not cooperate
    if (tail.trim() === "" && POSITION.test(norm.slice(sentStartOf(trig), trig))) return false;
    if (/^的/.test(tail) && ms.some((x) => typeOf(x.id) === "Corridor" && x.cs >= e && x.cs <= e + 3))
      return false;
    // 中老跨境公路班车的开通，更打通了面向东盟的陆路通道: the corridor connects, nobody cooperates
    const corrBefore = ms.filter(
      (x) => typeOf(x.id) === "Corridor" && x.ce <= trig && x.cs >= sentStartOf(trig),
    );
    const lastCorr = corrBefore[corrBefore.length - 1];
    if (ROUTE_NOUN.test(tail) && lastCorr) {
      push({
        type: "CONNECTS",
        source: lastCorr.id,
        target: c.id,
        method: "pattern",
        confidence: 0.7,
        cs: lastCorr.cs,
        ce: c.ce,
      });
      return false;
    }
  }
  return true;
}

/**
 * The name whose location a place only states: in 吉隆口岸位于西藏日喀则市吉隆县，是我国面向南亚开放的口岸
 * the places after 位于 (triggers.json "locatedAt") place the port, and the port is what the sentence
 * is about. The owner is the name right before the trigger, in the same sentence, with the place in
 * the trigger's clause.
 */
function locativeOwner(rc: RelationContext, s: Mention): Mention | undefined {
  const { norm, ms, sentStartOf } = rc;
  const from = Math.max(sentStartOf(s.cs), clauseStart(norm, s.cs));
  for (const t of norm.slice(from, s.cs).matchAll(new RegExp(T_LOCATED_AT.source, "g"))) {
    const at = from + (t.index ?? 0);
    const owner = ms.find((x) => x.ce === at && x.cs >= sentStartOf(s.cs));
    if (owner) return owner;
  }
  return undefined;
}

/**
 * Whether the place `id` is Chinese by the catalog: a zone, area or province, or a city or port the catalog
 * gives a parent (foreign cities have none: 万象, 曼谷).
 */
function chineseSide(rc: RelationContext, id: string): boolean {
  if (!/^(City|Port):/.test(id)) return true;
  return !!rc.cat.get(id)?.parent;
}

/** Who may be the cooperating subject: a zone, area, province, city or port. */
const SUBJECT_TYPES = ["FreeTradeZone", "Area", "Province", "City", "Port"];

/** The subject: nearest zone/area/province/city before the trigger in the sentence, else earlier, else carried. */
function partnerSubject(rc: RelationContext, c: Mention, trig: number, kind: string): Mention | undefined {
  const { ms, pool, subjectBefore, ctxSubject, sentStartOf } = rc;
  const sentStart = sentStartOf(trig);
  const eligible = (x: Mention) => x.ce <= trig && SUBJECT_TYPES.includes(typeOf(x.id));
  const inSent = pool.filter((x) => eligible(x) && x.cs >= sentStart);
  // (the same subject choice as the other relations when the sentence names one: objects of 依托,
  // places bracketed inside names and serial clauses are handled there)
  let s =
    inSent.length > 0
      ? (subjectBefore({ ...c, cs: trig, ce: trig }, SUBJECT_TYPES) ?? inSent[inSent.length - 1])
      : undefined;
  // 中国与欧亚经济联盟: China right before 与
  const cn = ms.find((x) => x.id === "Country:中国" && x.ce === trig);
  if (cn && (kind === "与" || kind === "同")) s = cn;
  // 带动中国西部地区与东盟…合作: an unnamed region right before 与 is the side, no name before it
  if ((kind === "与" || kind === "同") && unnamedSideAt(rc.norm, ms, trig)) return undefined;
  // 中乌合作 names both sides itself: a place of an earlier sentence is no side of it
  if (!s && kind === "中") return undefined;
  if (!s) {
    const earlier = pool.filter(eligible);
    s = earlier[earlier.length - 1];
  }
  if (s) s = locativeOwner(rc, s) ?? s;
  // (…南至老挝首都万象，是中老合作…: the place standing for 中 must be Chinese by the catalog)
  if (s && kind === "中" && !chineseSide(rc, s.id)) return undefined;
  return s ?? ctxSubject({ ...c, cs: trig }, ["FreeTradeZone", "Area", "Province", "City"]);
}

/** 与/同 before the partner (与某国合作, 同某国开展…). */
const WITH_KIND = /^(与|同)$/;

/** COOPERATES_WITH: 面向俄罗斯和蒙古国(开放), 深化与俄蒙互联互通, 依托中俄蒙合作, 中国与欧亚经济联盟的经贸合作. */
export const cooperation: RelationRule = {
  name: "cooperation",
  types: ["COOPERATES_WITH", "CONNECTS"],
  find(rc) {
    const { norm, push, coordinated } = rc;
    const p = partners(rc);
    for (const c of p.countries) {
      const [a, b] = clauseOf(norm, c.cs);
      const t = partnerTrigger(p, c, a);
      if (!t || !fitsTrigger(p, c, t.trig, t.kind, b)) continue;
      // (同巴西总统某某举行会谈: the country only qualifies the person met; a leader who signs keeps the side)
      if (metTitled(norm, c, a, b)) continue;
      // (与某国某市签署, 与某国某集团签署, 与某国的一家公司签署: the country only locates or owns the partner after it)
      if (WITH_KIND.test(t.kind) && (locatedAfter(norm, rc.ms, c) || firmAfterDe(norm, c))) continue;
      const { trig } = t;
      const s = partnerSubject(rc, c, trig, t.kind);
      // (四川文旅部门积极与泰国合作: the place only starts the body acting, joint-with.ts reads the same)
      if (!s || (WITH_KIND.test(t.kind) && bodyOfPlace(norm, s, trig))) continue;
      // (甲省与乙国友人合作…, 乙国农民与中国专家合作…: people of the places act, not the places; joint-with.ts too)
      if (WITH_KIND.test(t.kind) && (peopleOf(norm, c) || peopleOf(norm, s))) continue;
      for (const g of coordinated(s))
        push({
          type: "COOPERATES_WITH",
          subj: g,
          source: g.id,
          target: c.id,
          method: "pattern",
          confidence: 0.7,
          cs: Math.min(g.cs, trig),
          ce: c.ce,
        });
    }
  },
};
