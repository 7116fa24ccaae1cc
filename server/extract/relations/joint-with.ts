import type { Catalog } from "../catalog";
import { clauseEnd, clauseOf, sentenceStart } from "../clauses";
import type { Mention } from "../entities/types";
import { COMPANY_HEADS, NEGATED, OFFICER_TITLES, relationAlt, trigger } from "../lexicon";
import { forCommittee } from "./co-signatories";
import { OFFICER_NAME, officerGap, typeOf } from "./context";
import {
  bodyOfPlace,
  FIRM_PHRASE,
  firmAfterDe,
  locatesNext,
  metTitled,
  pointAt,
  pushPartners,
  SIGNED_CLAUSE,
  unnamedSideAt,
} from "./cooperate";
import { inOrBefore, pairLists } from "./pair-lists";
import { peopleOf } from "./people-of";
import { deniedLater, WITH_PARTNER } from "./stage";
import { T_JOINT, T_PUBLIC_BODY, T_SIGNED, T_SPEECH } from "./triggers";
import type { RelationRule } from "./types";

/**
 * Who may cooperate: places, zones, countries and blocs, ports, development zones. Public bodies
 * (triggers.json "publicBody") only as partners of such a side (片区与A市商务局签订合作协议): as the
 * home side, who a body acts for is not said here (a management committee signs for its area).
 */
const SIDE = /^(Country|Province|City|FreeTradeZone|Area|Port|DevZone)$/;
const PUBLIC_BODY = new RegExp(`(${T_PUBLIC_BODY.source})$`);
const isPartner = (m: Mention) =>
  SIDE.test(typeOf(m.id)) || (typeOf(m.id) === "Organization" && PUBLIC_BODY.test(m.id));
/**
 * The clause's subject may be a country too (某国…，在深化与甲国、乙国等国合作的同时), a port or a development zone
 * (某港加快布局，先后与…签署友好港协议; 某综合保税区…，积极与某国开展合作).
 */
const SUBJECT = ["FreeTradeZone", "Area", "Province", "City", "Country", "Port", "DevZone"];
/** After a country: a part of it or the bracket of a name (中国西部, 中东欧(沧州)…合作区): not the state acting. */
const COUNTRY_PART = new RegExp(`^(${trigger("regionPart").source}|[（(])`);
/** Adverbs between the home side and 与 (哈尔滨片区将与…, 厦门港也与…). */
const ADVERBS = new RegExp(`^(${relationAlt("jointWithAdverbs")})?$`);
/**
 * After a country, in the same phrase, a noun of a kind of company (cooperate.ts FIRM_PHRASE: 越南汽车制造商某某, 中国企业):
 * the country only says whose the companies are. Not 越南将为外国企业…: there the country acts and the companies are its
 * object.
 */
const FIRM_KIND = new RegExp(`^${FIRM_PHRASE}`);
/**
 * A country that only qualifies companies (see FIRM_KIND) acting in the clause of 与 at `at`: no side of their act.
 * Not a country whose own clause ends before 与 (柬埔寨欢迎更多中国企业赴柬投资，愿与中国…: the state acts).
 */
const firmsOf = (norm: string, m: Mention, at: number) =>
  typeOf(m.id) === "Country" &&
  !/[，,；;。：:！？!?]/.test(norm.slice(m.ce, at)) &&
  FIRM_KIND.test(norm.slice(m.ce, at));
/** An officer's title (titles.json "officers"). */
const TITLE = new RegExp(`^(${OFFICER_TITLES})`);
/**
 * Between an organisation and 与: its head or officer's title and a personal name (context.ts OFFICER_NAME, shared
 * with co-signatories.ts), then adverbs (A部部长某某与…, A公司董事长某某将与…):
 * the officer acts for the organisation. Titles are titles.json "officers". Not when a speech verb
 * (triggers.json "speech") or another name stands there: A部部长表示B国将与… is B's act, reported.
 */
const OFFICER = new RegExp(`^(${OFFICER_TITLES})(${OFFICER_NAME})?(${relationAlt("officerAdverbs")})?$`);
/** The officer of organisation `org` stands between it and 与 at `at`, and nothing else does. */
const officerOf = (norm: string, sorted: Mention[], org: Mention, at: number): boolean => {
  const gap = norm.slice(org.ce, at);
  return (
    OFFICER.test(officerGap(norm, org.ce, gap)) &&
    !T_SPEECH.test(gap) &&
    !sorted.some((x) => x.cs >= org.ce && x.ce <= at)
  );
};

/** A name that goes on after a place: the place only starts an unrecognised body's name (A市工商局). */
const LONGER_NAME = new RegExp(
  `^([^\\s的和与及、，,；;。]{0,8}?(${T_PUBLIC_BODY.source}|${COMPANY_HEADS})|市?[^\\s的和与及、，,；;。]{1,4}?[区县])`,
);

/**
 * 共同/一起 before a verb of attending or witnessing (triggers.json "jointAttendance": 在A与B的共同见证下,
 * A与B一起出席, 共同参加…仪式): the two are present together, they do not act together; a later word of joint
 * action in the clause still counts (jointAct).
 */
const ATTENDANCE = new RegExp(`^(${trigger("jointAttendance").source})`);
/** 一起/共同 before a verb of ranking (triggers.json "jointRanking": 与B一起跻身全球前三): a rank shared, no joint act. */
const RANKING = new RegExp(`^(${trigger("jointRanking").source})`);
const JOINT_ALL = new RegExp(T_JOINT.source, "g");
/**
 * 的 and, within four characters, a noun of people (triggers.json "peopleGroups", "jointCarriedPeople": 的外籍船员, 的
 * 留学生): a subject carried across a comma that only owns them.
 */
const CARRIED_PEOPLE = new RegExp(
  `^的[^，,；;。]{0,4}?(${trigger("peopleGroups").source}|${trigger("jointCarriedPeople").source})`,
);
/**
 * A subject carried across a comma that only owns what follows it with 的 does not act: inside its clause
 * (用好甲市的平台功能，深化与…合作), or opening it before a group of people (上海港的外籍船员…，与…一起工作).
 * Opening its clause before anything else it still acts (云南省的代表团，与…; 重庆市的企业多，与…).
 */
function ownerOnly(norm: string, home: Mention): boolean {
  if (norm[home.ce] !== "的") return false;
  const opens = /^[\s“"]*$/.test(norm.slice(clauseOf(norm, home.cs)[0], home.cs));
  return !opens || CARRIED_PEOPLE.test(norm.slice(home.ce));
}

/** Words of only watching, attending, meeting or wishing before the act (relation-words.json "signingOnlySeen"). */
const ONLY_SEEN = new RegExp(relationAlt("signingOnlySeen"));
/**
 * The text between the partners and a joint word that only witnesses, attends or plans it (见证了两国企业签署,
 * 拟于明年签署) or denies it (未能签署, 尚未签署: function-words.json negators): the sides do not act together.
 * Sides that attend together first still act (共同出席仪式并签署…: see jointAct).
 */
const onlySeenOrDenied = (before: string) =>
  (ONLY_SEEN.test(before) && !/^(共同|一起)/.test(before)) || NEGATED.test(before);

/** Every 与/同 that names a partner (stage.ts WITH_PARTNER). */
const WITH_WORD = new RegExp(WITH_PARTNER.source, "g");

/**
 * The first word of joint action between `k` and `end` that is no 共同/一起 of attending or ranking (湖北省与江西省共同
 * 出席仪式并签署协议: the signing after the attendance), with its offset in the passage.
 */
function jointAct(norm: string, k: number, end: number): { at: number; ce: number } | undefined {
  for (const j of norm.slice(k, end).matchAll(JOINT_ALL)) {
    const at = k + (j.index ?? 0);
    if (onlySeenOrDenied(norm.slice(k, at))) continue;
    const after = norm.slice(at + j[0].length);
    if (/^(共同|一起)$/.test(j[0]) && (ATTENDANCE.test(after) || RANKING.test(after))) continue;
    return deniedLater(norm, at + j[0].length) ? undefined : { at, ce: at + j[0].length };
  }
  return undefined;
}

/** The customs of the partners listed before (新加坡、韩国等海关). */
const CUSTOMS_OF = /^(等)?(国家|国)?(的)?海关/;

/** The country whose customs an organisation is (中国海关 → 中国), as a side of its own. */
function customsState(org: Mention, cat: Catalog): Mention | undefined {
  const name = /^Organization:(.+)海关$/.exec(org.id)?.[1];
  const id = name ? cat.resolve(name, ["Country"]) : undefined;
  return id?.startsWith("Country:") ? { ...org, id } : undefined;
}

/** A verb of signing right after the last partner (triggers.json "signed": 签署, 签订…): no body's name goes on there. */
const SIGNING = new RegExp(`^(已|已经|正式|共同)?(${T_SIGNED.source})`);

/** An item that ends as a body's name does (…工商局, …招商办, …集团) and is no recognised name. */
const BODY_END = new RegExp(`(${T_PUBLIC_BODY.source}|办|${COMPANY_HEADS})$`);

/**
 * The names right after 与/同 at `at`, joined by 、和及, and the offset where the list ends. An item
 * before a separator gives the name that ends it (its head: 山东港口青岛港 → 青岛港), or nothing
 * when no name ends it (an unrecognised body: A市工商局); the last item gives the name it opens,
 * unless that name only starts a longer one.
 */
function partnersAfter(norm: string, cands: Mention[], at: number): { partners: Mention[]; k: number } {
  const partners: Mention[] = [];
  let k = at;
  for (;;) {
    const sep = /^([^、和及，,；;。！？\s]{1,14}?)(以及|[、和及])/.exec(norm.slice(k));
    const item = sep?.[1] ?? "";
    const end = k + item.length;
    const head = sep && !T_JOINT.test(item) ? cands.find((z) => z.cs >= k && z.ce === end) : undefined;
    if (sep && (head || BODY_END.test(item))) {
      if (head) partners.push(head);
      k = end + (sep[2] as string).length;
      continue;
    }
    // (the longest name that opens the item: 东莞市人民政府, not 东莞)
    let x = cands.filter((z) => z.cs === k).sort((p, q) => q.ce - p.ce)[0];
    if (!x) break;
    // (与巴基斯坦的瓜达尔港: a country and 的 before a place, port or zone only locate it, as when adjacent)
    const de = typeOf(x.id) === "Country" && norm[x.ce] === "的" ? 1 : 0;
    const y = cands.find((z) => z.cs === (x?.ce ?? 0) + de);
    if (y && locatesNext(x, y, de)) x = y;
    const rest = norm.slice(x.ce, clauseEnd(norm, x.ce));
    // (…韩国签署了…: the 署 of the verb 签署 ends no body's name)
    // (…、澳大利亚等海关签署: the customs of the countries listed are the countries' side)
    // (…商务部部长某某: an officer's title after the name goes on with no body's name)
    const after =
      SIGNING.test(rest) || CUSTOMS_OF.test(rest) || TITLE.test(rest) ? null : LONGER_NAME.exec(rest);
    const joint = T_JOINT.exec(rest);
    // (与某国的一家物流公司签订: a country, 的 and a company that signs, no name of it, only say whose the partner is)
    if (firmAfterDe(norm, x)) break;
    if (!after || (joint && joint.index < after[0].length)) partners.push(x);
    k = x.ce;
    break;
  }
  return { partners, k };
}

/** What may name the partners' group before them (与DEPA成员国新西兰、智利…; 同RCEP其他成员国日本…). */
const MEMBER_NOUN = new RegExp(`^(的)?(其他|其余|创始|现有)?(${trigger("memberNounsCore").source})`);

/**
 * Whether an organisation stands between a place found further back (or the carried subject, which is no
 * mention of the passage) and 与 in the same sentence (某港集团随后与某市签署…, 某港股份董事…代表股份公司
 * 与…签订): the organisation is the side, and no place before it signs for it.
 */
function orgBetween(norm: string, ms: readonly Mention[], home: Mention, at: number): boolean {
  const start = sentenceStart(norm, at);
  const from = ms.includes(home) ? Math.max(home.ce, start) : start;
  return ms.some((x) => x.cs >= from && x.ce <= at && typeOf(x.id) === "Organization");
}

/**
 * A government written by name opening the clause of 与 (日本政府宣布已与印度签署…, entities/government-bodies.ts):
 * the body is the side, as a body right before 与 is (set 20's and 21's notes: 银川市政府 -> 天津港集团), when no
 * name and no clause break stand between it and 与.
 */
function governmentSubject(norm: string, ms: readonly Mention[], at: number): Mention | undefined {
  const start = sentenceStart(norm, at);
  const gov = ms.filter((x) => x.cs >= start && x.ce <= at && /^Organization:.+政府$/.test(x.id)).pop();
  if (!gov || /[，,；;：:]/.test(norm.slice(gov.ce, at))) return undefined;
  return ms.some((x) => x.cs >= gov.ce && x.ce <= at) ? undefined : gov;
}

/** Where the partners after 与/同 at `at` start: after an agreement's member noun written first. */
function partnersStart(norm: string, ms: Mention[], at: number): number {
  const ag = ms.find((m) => m.cs === at + 1 && typeOf(m.id) === "Agreement");
  const noun = ag && MEMBER_NOUN.exec(norm.slice(ag.ce));
  return ag && noun ? ag.ce + noun[0].length : at + 1;
}

/**
 * Two sides that act together: A与B、C…合作/互补/签约/的关系/的协调发展 (哈尔滨片区将与绥芬河片区
 * 和黑河片区优势互补, 中国与越南、老挝等国的协调发展, 香港致力强化与东盟和中东的关系) →
 * COOPERATES_WITH from A to each partner. A is the name right before 与/同 (after an adverb), else the
 * clause's subject by the shared choice. The partners are the names right after 与/同 joined by
 * 、和及, also after an agreement's member noun (与DEPA成员国新西兰、智利开展对话); a word of joint
 * action (triggers.json "joint") must close the same clause.
 */
export const jointWith: RelationRule = {
  name: "joint-with",
  types: ["COOPERATES_WITH"],
  find({ norm, ms, cat, push, subjectBefore }) {
    const sorted = [...ms].sort((x, y) => x.cs - y.cs);
    const sides = sorted.filter((m) => SIDE.test(typeOf(m.id)));
    const cands = sorted.filter(isPartner);
    // (an organisation's partners may be any organisation: 中铁集装箱公司与中国外运公司通力协作)
    const orgCands = sorted.filter((m) => isPartner(m) || typeOf(m.id) === "Organization");
    const withAt = new Map<Mention, number>();
    const pairs = pairLists(norm, sorted);
    for (const t of norm.matchAll(WITH_WORD)) {
      const at = t.index ?? 0;
      // (A与B、C与D, pair-lists.ts: the later pairs of a list are not partners of the first side)
      if (pairs.some((run) => inOrBefore(norm, run, at))) continue;
      const before = (x: Mention) => x.ce <= at && ADVERBS.test(norm.slice(x.ce, at));
      // (an organisation right before 与, or its officer, is the home side, and no place stands for it,
      // but a country's customs acts for the country: 中国海关已同新加坡…等海关签署…)
      const org =
        sorted
          .filter((x) => typeOf(x.id) === "Organization" && (before(x) || officerOf(norm, sorted, x, at)))
          .pop() ?? governmentSubject(norm, sorted, at);
      const state = org && customsState(org, cat);
      const orgHome = org && !state ? org : undefined;
      const start = partnersStart(norm, sorted, at);
      const end = clauseEnd(norm, at);
      // (a place may sign with companies too: 片区与A公司、B公司等企业签订合作协议)
      const signs = SIGNED_CLAUSE.test(norm.slice(at, end));
      const found = partnersAfter(norm, orgHome || signs ? orgCands : cands, start);
      const k = found.k;
      // (与越南总理某某会谈: the person is met, not the country; 与某国总统某某共同签署: the leader signs for it)
      // (与某国学生共同…: the students, not their country, are the partners)
      const partners = found.partners.filter((p) => !metTitled(norm, p, at, end) && !peopleOf(norm, p));
      for (const p of partners) withAt.set(p, at);
      const joint = jointAct(norm, k, end);
      if (partners.length === 0 || !joint) continue;
      if (orgHome) {
        // (a zone's or area's management committee acts for the zone or area its name holds)
        const home = forCommittee(orgHome, cat);
        const ids = partners.map((p) => forCommittee(p, cat)).filter((id): id is string => !!id);
        if (home) pushPartners(push, { ...orgHome, id: home }, ids, at, joint.ce);
        continue;
      }
      const near = state ?? sides.filter(before).pop();
      // (带动川渝地区与东盟深化合作: the unnamed region is the side, not the clause's subject)
      if (!near && unnamedSideAt(norm, sorted, at)) continue;
      let home = near ?? subjectBefore(pointAt(at), SUBJECT);
      // (a partner of an earlier 与 is no home side: 与A签订…，与B签订… has the home of the first)
      for (let i = 0; home && withAt.has(home) && i < 3; i++)
        home = subjectBefore(pointAt(withAt.get(home) as number), SUBJECT);
      if (!home || withAt.has(home) || (!near && orgBetween(norm, sorted, home, at))) continue;
      if (!near && ownerOnly(norm, home)) continue;
      if (!near && bodyOfPlace(norm, home, at)) continue;
      // (a country as the clause's subject, not named right before 与: the country itself, not a part of it
      // or of a name, and its partners are states or bodies, not a city that stands for a government)
      const farCountry = !near && typeOf(home.id) === "Country";
      if (farCountry && COUNTRY_PART.test(norm.slice(home.ce))) continue;
      // (越南汽车制造商某某与…签署: the companies act, not their country)
      if (firmsOf(norm, home, at) || peopleOf(norm, home)) continue;
      pushPartners(
        push,
        home,
        partners.filter((p) => !farCountry || /^(Country|Organization)$/.test(typeOf(p.id))).map((p) => p.id),
        at,
        joint.ce,
      );
    }
  },
};
