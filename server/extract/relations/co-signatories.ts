import type { Catalog } from "../catalog";
import { clauseOf, QUESTION_REST } from "../clauses";
import type { Mention } from "../entities/types";
import {
  CLAUSE_LINKS,
  COMPANY_HEADS,
  DATE_LEAD,
  NEGATED,
  OFFICER_TITLES,
  PARTY_TITLES,
  relationAlt,
  trigger,
  triggerWords,
} from "../lexicon";
import { OFFICER_NAME, officerGap, typeOf } from "./context";
import { firmAfterDe, firmOfCountry, pushPartners } from "./cooperate";
import { locatedAfter } from "./modifier-country";
import { T_SIGNED, T_SPEECH } from "./triggers";
import type { RelationRule } from "./types";

/** Who may sign together: places, zones, countries and blocs, ports, development zones and organisations. */
const PARTY = /^(Country|Province|City|FreeTradeZone|Area|Port|DevZone|Organization)$/;
/** What may open the clause before the list: dates, 日前/近日, connectives. */
const LEAD = new RegExp(
  String.raw`^[\s“"]*(${DATE_LEAD}(${relationAlt("clauseLeadDayParts")})?|${relationAlt("clauseLeadTimeWords")}|${CLAUSE_LINKS}|${relationAlt("clauseLeadFollowing")})[\s“"]*$`,
);
const JOIN = new RegExp(`^(${relationAlt("listJoins")})$`);
/**
 * An officer written after a body's name (titles.json "officers" and "partyTitles": 部长, 局长, 主席, 委员…, after the
 * board or committee of the body at most, relation-words.json "officerBoards": 行政委员会委员) and the officer's
 * personal name (two to four characters, a transliterated one joined by ·, or one in Latin letters):
 * A部部长某某与B部部长某某签署…, the officers sign for their bodies (set 21 (15), set 22 (5)).
 */
const OFFICER = String.raw`(?:[\u4e00-\u9fff]{1,6}(?:${relationAlt("officerBoards")}))?(?:${OFFICER_TITLES}|${PARTY_TITLES})${OFFICER_NAME}?`;
/**
 * The gap between a body and the next body: the first one's officer, then a join (A部部长某某与B部…); not a title
 * then a verb of speech read as a name (A负责人介绍与B…: triggers.json "speech").
 */
const OFFICER_JOIN = new RegExp(`^${OFFICER}(${relationAlt("listJoins")})$`);
const officerJoin = (gap: string) => (T_SPEECH.test(gap) ? null : OFFICER_JOIN.exec(gap));
/**
 * The body a country opens when the country is written right before it (中国+海关总署, 中国+商务部): the Organization
 * starting where the country ends, or undefined.
 */
function bodyOpened(x: Mention, parties: readonly Mention[]): Mention | undefined {
  if (typeOf(x.id) !== "Country") return undefined;
  return parties.find((y) => y.cs === x.ce && typeOf(y.id) === "Organization");
}
/**
 * The last body's officer right after its name, then (after an adverb of relation-words.json "officerAdverbs") 共同, a
 * place or time phrase of 在/于 or the signing verb itself, signing within the clause (…B部部长某某在北京签署…).
 */
const OFFICER_AFTER = new RegExp(
  `^${OFFICER}(?=(${relationAlt("officerAdverbs")})?(共同|在|于|${T_SIGNED.source}))(?=[^，,；;。！？!?]{0,12}?(${T_SIGNED.source}))`,
);
/** After the list: the two/three of them, their governments, then an act of signing together. */
const TOGETHER = new RegExp(
  `^(${relationAlt("sidesCount")})?(政府)?(?<gap>[^，,；;。！？!?]{0,30}?)(共同)?(${T_SIGNED.source})(?!的)([^，,；;。！？!?]{0,24}?(${relationAlt("signedDocuments")})|了?《)`,
);
/** Words of only watching, attending, meeting or wishing before the verb (relation-words.json "signingOnlySeen"). */
const ONLY_SEEN = new RegExp(relationAlt("signingOnlySeen"));
/**
 * Signing together (TOGETHER), not when the sides only witness, attend, meet or wish before the verb (见证两国企业签署,
 * 出席签署仪式, 会见时表示将签署, 拟于明年签署) nor when the verb is negated (尚未签署, 未能签署: function-words.json).
 */
function together(rest: string) {
  const m = TOGETHER.exec(rest);
  const gap = m?.groups?.gap ?? "";
  return m && !ONLY_SEEN.test(gap) && !NEGATED.test(gap) ? m : null;
}
/**
 * After the list: acting together on one thing (三方共同成立, 共同开发运营, 联合主办; triggers.json
 * "jointAct"), the sides right before 共同/联合/携手.
 */
const JOINT_ACT = new RegExp(
  `^(${relationAlt("sidesCount")}|[一二三四五六七八九十\\d]+国)?(政府)?(${relationAlt("jointTenseAdverbs")})?(${relationAlt("jointMarks")})(${trigger("jointAct").source})`,
);
/** The two or three of them right after a list (两国, 两省, 两岸, 双方, 三方). */
const TWO_OF_THEM = "(两[国地市省区城岸港]{1,2}|双方|三方)";
/**
 * After the list: building or cooperating with each other (中国和马来西亚共建的…, A和B加强经贸合作, A和B结为
 * 友好城市; triggers.json "pairAct"), right after the sides (and the two of them, an adverb).
 */
const PAIR_ACT = new RegExp(
  `^${TWO_OF_THEM}?(政府)?(${relationAlt("jointTenseAdverbs")}|${relationAlt("pairActAdverbsMore")})*(${trigger("pairAct").source})(?!伙)`,
);
/**
 * After the list: hosting or holding something in turns (缅甸和中国轮流在两地举行交易会, 由甲市与乙市自2010年起轮流
 * 举办; triggers.json "turnsAct"), after the two of them, their governments, a time (每年, 每隔一年, 自2010年起) or an
 * adverb, and a place phrase of 在/到 at most: the sides share one event that moves between them (see turnsAct).
 */
const TURNS_ACT = new RegExp(
  `^${TWO_OF_THEM}?(政府)?(${relationAlt("turnsTimes")})*(${trigger("turnsAct").source})([在到][^，,；;。！？!?]{1,20}?)?(${relationAlt("holdVerbs")})`,
);
/** A gathering (triggers.json "turnsEvent": 会, 论坛, 博览…), not a press conference nor 社会, 机会 ("turnsEventNot"). */
const TURNS_EVENT = trigger("turnsEvent");
const TURNS_EVENT_NOT = new RegExp(trigger("turnsEventNot").source, "g");
const hasEvent = (text: string) => TURNS_EVENT.test(text.replace(TURNS_EVENT_NOT, ""));
/** Each side's own gathering (轮流举办各自的国庆节, 分别的, 自己的): no shared event. */
const OWN_EACH = new RegExp(`^[了过]?(${relationAlt("ownEach")})的`);
/** A gathering that only heads a plan (轮流举办会展的提议, …的计划: triggers.json "turnsPlanNouns"): nothing held yet. */
const TURNS_PLAN = new RegExp(`^[^，,；;。！？!?]*?的(${trigger("turnsPlanNouns").source})`);

/**
 * Hosting in turns (TURNS_ACT) only of a gathering: one named in the clause after the host verb (轮流举办博览会), or
 * after 由 a clause that ends at the verb with the gathering named before 由 (该论坛由甲市与乙市轮流主办). Rivals
 * taking turns at a press conference, a drill or a test (轮流召开记者会, 交替举行军事演习) share nothing, nor sides
 * holding each their own (轮流举办各自的节日), a plan of it (轮流举办会展的提议) or a question (…轮流举办会议吗？).
 */
function turnsAct(rest: string, lead: string, agent: boolean, tail: string) {
  const m = TURNS_ACT.exec(rest);
  if (!m || QUESTION_REST.test(tail)) return null;
  const after = rest.slice(m[0].length);
  if (OWN_EACH.test(after) || TURNS_PLAN.test(after)) return null;
  if (hasEvent(after)) return m;
  return agent && /^[了过]?[\s。！!；;，,]*$/.test(after) && hasEvent(lead) ? m : null;
}

/**
 * A bare act of hosting (主办, 承办: triggers.json "hostAct"; 共同主办 is a joint act), read only for a list of bodies
 * (由A和B主办, A、B承办): places that host (北京和上海主办的展会) may each host their own. Not a host verb that is part
 * of a noun or habitual (triggers.json "hostActNotBefore": 主办方, 承办单位, 主办城市, 主办行, 承办能力, 主办过), nor one
 * that only qualifies a noun (A、B承办的项目) outside 由, nor with a count or "each" in the clause
 * (triggers.json "hostEachOrCount": …承办的活动分别…, 共有, 总数, 均; or 达 + a number): each may host its own.
 */
const HOST_ACT = new RegExp(`^(${trigger("hostAct").source})(?!${trigger("hostActNotBefore").source})(的)?`);
const EACH_OR_COUNT = new RegExp(`${trigger("hostEachOrCount").source}|达到?\\d`);

/** A bare act of hosting in `rest` (see HOST_ACT), or nothing. */
function hostAct(rest: string, agent: boolean) {
  const m = HOST_ACT.exec(rest);
  return m && (agent || !m[2]) && !EACH_OR_COUNT.test(rest) ? m : null;
}
/** A document signed (relation-words.json "signedDocuments": 协议, 备忘录…) named before 由 in the clause's lead. */
const DOCUMENT_BEFORE = new RegExp(`(${relationAlt("signedDocuments")})[^，,；;。！？!?]{0,4}由$`);
/** A signing verb alone right after the list, with 共同 before it at most, closing the clause (…共同签署。). */
const SIGNED_ALONE = new RegExp(`^(共同)?(${T_SIGNED.source})(了)?[”"」]?$`);
/**
 * 协议由A和B共同签署: the signing verb alone after the list, the document signed named before 由 (not negated before
 * 由: 该协议尚未由A和B共同签署).
 */
const signedAlone = (rest: string, agent: boolean, lead: string) =>
  agent && DOCUMENT_BEFORE.test(lead) && !NEGATED.test(lead.slice(0, -1)) ? SIGNED_ALONE.exec(rest) : null;
/**
 * The next clause, with no subject of its own, opening with a word of acting together and a joint act (…，共同宣布完成谈判;
 * relation-words.json "jointMarks", triggers.json "jointAct" and relation-words.json "carriedJointActs"): the sides
 * of the clause before act together. The end of that act, or undefined.
 */
const CARRIED = new RegExp(
  `^[，,](${relationAlt("jointTenseAdverbs")})?(${relationAlt("jointMarks")})(${trigger("jointAct").source}|${relationAlt("carriedJointActs")})`,
);
function carriedAct(norm: string, b: number): number | undefined {
  const m = CARRIED.exec(norm.slice(b));
  return m ? b + m[0].length : undefined;
}
/** An open list (A、B等): its sides may be some of many. */
const OPEN_LIST = /^等/;

/**
 * The act after the list, or nothing: signing together, a joint act, a pair act, hosting in turns, or for a list of
 * bodies a bare act of hosting (`tail`: the sentence from the list's end on, asked about or not). A list joined by 、 alone counts after 由 when it acts together by its own word, or when every side
 * is a body and the list is not open, and then only for signing together or hosting (A、B签署…协议, A、B承办; not
 * A、B等单位签署…, nor a pair act that may only qualify a noun: A、B开展合作的企业).
 */
function actOf(rest: string, list: Mention[], agent: boolean, lastJoin: string, lead: string, tail: string) {
  const signedBy = signedAlone(rest, agent, lead);
  if (signedBy) return signedBy;
  const joint = JOINT_ACT.exec(rest);
  const bodies = list.every((m) => typeOf(m.id) === "Organization");
  const host = bodies ? hostAct(rest, agent) : null;
  if (lastJoin === "、") {
    if (agent && joint) return together(rest) ?? joint;
    if (!bodies || OPEN_LIST.test(rest)) return undefined;
    return together(rest) ?? host ?? undefined;
  }
  return (
    together(rest) ?? joint ?? PAIR_ACT.exec(rest) ?? turnsAct(rest, lead, agent, tail) ?? host ?? undefined
  );
}

/**
 * The act of the list ending at `end` in the clause ending at `b` (actOf), or, for a list joined by a conjunction, a
 * joint act carried into the next clause (A部部长某某与B部部长某某举行会谈，共同宣布…: carriedAct): where the text
 * read for signing apart starts and ends (past the 共同 of 协议由A和B共同签署, which signs together), and the
 * evidence's end.
 */
function listAct(
  norm: string,
  end: number,
  b: number,
  { list, agent, lastJoin, lead }: { list: Mention[]; agent: boolean; lastJoin: string; lead: string },
): { from: number; to: number; evidenceEnd: number } | undefined {
  const rest = norm.slice(end, b);
  const own = actOf(rest, list, agent, lastJoin, lead, norm.slice(end));
  if (own) {
    const from = signedAlone(rest, agent, lead) ? end + (own[1]?.length ?? 0) : end;
    return { from, to: end + own.index + own[0].length, evidenceEnd: end + own[0].length };
  }
  // (A与B的差距…，共同…: a list before 的 only modifies a noun, it is not the subject that acts)
  const carried = lastJoin === "、" || rest.startsWith("的") ? undefined : carriedAct(norm, b);
  return carried ? { from: end, to: carried, evidenceEnd: carried } : undefined;
}

/** A place that only opens a company's or group's name no name covers (上海+复星高科技(集团)有限公司). */
const PLACE = /^(Country|Province|City)$/;
const NAME_GOES_ON = new RegExp(`^[\\u4e00-\\u9fff()（）·]{1,10}?(${COMPANY_HEADS})`);

/** The agent mark 由 at the end of the lead, not the 由 of 自由, 经由, 理由, 缘由. */
const AGENT = /(?<![自经理缘])由$/;
/** A bracketed agreement's title (《…协定》, 《…协议》). */
const AGREEMENT_TITLE = /《[^》]*(协定|协议)》/;

/** Signing apart (triggers.json "coSignApartWords": 分别, 各自, 先后, 相继), or a list that goes on to a third side (…和客户). */
const APART_WORD = new RegExp(`${trigger("coSignApartWords").source}|^(和|及)`);
/**
 * Each signs (都, 均): right after the list and its "both" words (A和B都签署…, 两国政府均与…), or later right before
 * the act or its partner (A和B在会上都签署…, 均已签署).
 */
const EACH_WORD = trigger("coSignEach").source;
const EACH = new RegExp(
  `^(${trigger("coSignEachLead").source})*(${EACH_WORD})|(${EACH_WORD})(${relationAlt("eachBeforeAct")})`,
);
/** 与/同/跟/向 as a preposition: not inside 参与, 与会, 给与, 同意 (triggers.json "coSignWith…"). */
const WITH = new RegExp(
  `(?<![${triggerWords("coSignWithNotAfter").join("")}])[与同跟向](?![${triggerWords("coSignWithNotBefore").join("")}])`,
  "g",
);
/** A third party by a common noun (triggers.json "coSignThirdParty": 该企业, 多家客户, 其…). */
const THIRD = new RegExp(`^(${trigger("coSignThirdParty").source})`);

/**
 * Signing apart or each, or with or for someone else before the act (A、B与多家客户签署…, A、B向该企业签署…, A、B和
 * 客户签订…, A、B为该企业签署…): not with each other. 与/同/跟/向 count only outside names and only with a
 * partner right after (a name or a third-party noun), so 在都柏林, 在嘉宾与媒体见证下, 面向未来 do not (the 同 of
 * 共同 still counts, as before); 都/均 count only right after the list or before the act (see EACH).
 */
function apart(norm: string, from: number, to: number, ms: readonly Mention[]): boolean {
  const rest = norm.slice(from, to);
  if (APART_WORD.test(rest) || EACH.test(rest)) return true;
  const inName = (i: number) => ms.some((m) => m.cs <= i && i < m.ce);
  for (const w of rest.matchAll(WITH)) {
    const i = from + (w.index ?? 0);
    if (inName(i) || !/^[^，,；;。]{0,12}签/.test(norm.slice(i + 1, to))) continue;
    const next = norm.slice(i + 1);
    if (ms.some((m) => m.cs === i + 1) || THIRD.test(next) || norm[i - 1] === "共") return true;
  }
  return [...rest.matchAll(/为/g)].some((w) => THIRD.test(rest.slice((w.index ?? 0) + 1)));
}

/**
 * The name of a free trade zone's or area's management committee (四川自贸试验区成都管委会, 黑河片区管理
 * 委员会; a development zone's committee, 洋浦经济开发区管理委员会, stays a party of its own).
 */
const COMMITTEE = /^Organization:(.*?(自贸|自由贸易|片区).*?)(管委会|管理委员会)$/;

/**
 * Who a party stands for: itself, or for a zone's or area's management committee the zone or area its name holds (the
 * area written last, 中国（黑龙江）自由贸易试验区哈尔滨片区管委会 → 哈尔滨片区; else the zone it opens with,
 * 四川自贸试验区成都管委会 → the Sichuan zone). A committee whose zone or area no name resolves is no
 * party: committees are not entities of their own.
 */
export function forCommittee(m: Mention, cat: Catalog): string | undefined {
  const base = COMMITTEE.exec(m.id)?.[1];
  if (!base) return m.id;
  for (let k = 0; k + 2 <= base.length; k++) {
    const id = cat.resolve(base.slice(k), ["Area"]);
    if (id?.startsWith("Area:")) return id;
  }
  for (let k = base.length; k >= 3; k--) {
    const id = cat.resolve(base.slice(0, k), ["FreeTradeZone"]);
    if (id?.startsWith("FreeTradeZone:")) return id;
  }
  return undefined;
}

/**
 * Parties that sign together, listed as the subject of a clause: A、B、C和D于近日在X签署谅解备忘录, 中国和
 * 新加坡两国政府签署了合作协议, or that act together on one thing (澳门、横琴和珠海三方共同成立…, 由A和B
 * 共同开发运营) → COOPERATES_WITH from the first party to each other. The list opens the clause (after a
 * date) or follows the agent mark 由 (…博览会由中国和东盟十国政府共同主办; not 自由, 经由, 理由, 缘由), its items are
 * joined by 、和与及 and its last join is a conjunction (和/与/及: not a list closed by 等), or after 由 a 、 too when
 * the list acts together by its own word (由A、B、C共同主办); signing apart (分别, 先后, 相继) or with someone else
 * (与/同 + a partner, which joint-with reads) gives nothing, nor does an agreement the parties make after 由, named
 * before the list or after its act (DEPA则由A、B和C共同发起, 由A、B、C共同发起的《…协定》: its members align with it,
 * composed-of). A management committee signs for its zone or area (forCommittee). Bodies (Organizations only) also
 * host together with a bare host verb (由A和B主办, A、B承办: actOf).
 */
export const coSignatories: RelationRule = {
  name: "co-signatories",
  types: ["COOPERATES_WITH"],
  find({ norm, ms, cat, push }) {
    // (the longest name first where two start together: 俄罗斯经济发展部 before 俄罗斯)
    const parties = [...ms]
      .filter((m) => PARTY.test(typeOf(m.id)))
      .sort((x, y) => x.cs - y.cs || y.ce - x.ce);
    // (a list of co-signatories has two parties at least)
    if (parties.length < 2) return;
    for (const first of parties) {
      const [a, b] = clauseOf(norm, first.cs);
      // (or the agent mark 由 anywhere before it: 博览会由A和B共同主办)
      const lead = norm.slice(a, first.cs);
      const agent = AGENT.test(lead);
      if (!LEAD.test(lead) && !agent) continue;
      // (an agreement made by them makes them its members, not partners: DEPA则由A、B和C共同发起 → composed-of)
      if (ms.some((m) => typeOf(m.id) === "Agreement" && m.cs >= a && m.ce <= first.cs)) continue;
      const list: Mention[] = [first];
      let lastJoin = "";
      for (const x of parties) {
        const prev = list[list.length - 1] as Mention;
        if (x.cs < prev.ce || x === first) continue;
        const gap = norm.slice(prev.ce, x.cs);
        // (A与瑞典某某集团, A与德国某市, A与泰国的某某公司: the city, port, zone or company the listed country only
        // locates or owns is the party, modifier-country.ts locatedAfter, cooperate.ts firmOfCountry)
        if (
          list.length > 1 &&
          (x === locatedAfter(norm, parties, prev) || firmOfCountry(prev, x, gap === "的" ? 1 : 0))
        ) {
          list[list.length - 1] = x;
          continue;
        }
        // (A部部长某某与B部…: the officer of the body before signs for it; A部部长某某和中国B署…: the country opens B署)
        const body = typeOf(prev.id) === "Organization" ? bodyOpened(x, parties) : undefined;
        const bodies = typeOf(prev.id) === "Organization" && typeOf((body ?? x).id) === "Organization";
        const officer = bodies ? officerJoin(officerGap(norm, prev.ce, gap)) : null;
        if (!JOIN.test(gap) && !officer) break;
        list.push(officer && body ? body : x);
        lastJoin = officer ? (officer[1] as string) : gap;
      }
      const last = list[list.length - 1] as Mention;
      // (A与某国的一家物流公司签署…: the partner is a company no name gives, the country only says whose it is)
      if (firmAfterDe(norm, last)) continue;
      // (…B部部长某某在北京签署: the officer of the last body, then the act)
      const after = norm.slice(last.ce, b);
      const restored = officerGap(norm, last.ce, after);
      const lastOfficer = typeOf(last.id) === "Organization" ? OFFICER_AFTER.exec(restored) : null;
      const end = last.ce + (lastOfficer ? lastOfficer[0].length - (restored.length - after.length) : 0);
      const rest = norm.slice(end, b);
      // (the last "party" only opens an unrecognised company's name: who signs is not known)
      if (PLACE.test(typeOf(last.id)) && NAME_GOES_ON.test(rest)) continue;
      const act = listAct(norm, end, b, { list, agent, lastJoin, lead });
      // (由A、B、C共同发起的《…协定》: an agreement they make after 由 makes them its members, not partners)
      const madeAgreement =
        agent &&
        (AGREEMENT_TITLE.test(rest) ||
          ms.some((m) => typeOf(m.id) === "Agreement" && m.cs >= end && m.ce <= b));
      if (list.length < 2 || madeAgreement || !act || apart(norm, act.from, act.to, ms)) continue;
      // (a zone's or area's management committee signs for the zone or area its name holds)
      const sides = list.map((m) => forCommittee(m, cat));
      const home = sides[0];
      if (!home) continue;
      pushPartners(
        push,
        { ...first, id: home },
        sides.slice(1).filter((id): id is string => id !== undefined),
        first.cs,
        act.evidenceEnd,
      );
    }
  },
};
