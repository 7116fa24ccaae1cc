import { clauseEnd, clauseStart } from "../clauses";
import type { Mention } from "../entities/types";
import {
  COMPANY_END,
  COMPANY_HEADS,
  CONJUNCTION_CHARS,
  HEAD_TITLES,
  MEETING_WORDS,
  NAME_FUNCTION_CHARS,
  PLACE_HEAD_TITLES,
  relationAlt,
  trigger,
  triggerWords,
} from "../lexicon";
import { type RelationContext, typeOf } from "./context";
import { T_JOINT, T_PUBLIC_BODY, T_SIGNED } from "./triggers";

/** A condition word (triggers.json "serviceRunConditions": 如果, 若…): what follows is only supposed. */
export const CONDITION_WORD = trigger("serviceRunConditions");

/** What may stand in a list of places a line or route names: places and ports (call-order, port-sailing, dash-lines). */
export const LINE_PLACE = /^(City|Province|Country|Port)$/;

/** A zero-width mention at `at`: where a rule asks the shared subject choice for the subject before it. */
export function pointAt(at: number): Mention {
  return { id: "", cs: at, ce: at, method: "pattern", parts: [] };
}

/**
 * COOPERATES_WITH from `home` to each partner id other than its own that `keep` accepts (all, by
 * default), by pattern, spanning from `home` (or `from`, when earlier) to `ce`.
 */
export function pushPartners(
  push: RelationContext["push"],
  home: Mention,
  partners: readonly string[],
  from: number,
  ce: number,
  keep: (id: string) => boolean = () => true,
): void {
  for (const p of partners)
    if (p !== home.id && keep(p))
      push({
        type: "COOPERATES_WITH",
        subj: home,
        source: home.id,
        target: p,
        method: "pattern",
        confidence: 0.7,
        cs: Math.min(home.cs, from),
        ce,
      });
}

/**
 * Whether the country `x` only says where the company `y` written right after it is from (与瑞典某某集团: the
 * country is a mention of its own, entities/foreign-firm-countries.ts): the company is the side, not the country.
 */
export const firmOfCountry = (x: Mention, y: Mention, de = 0): boolean =>
  typeOf(x.id) === "Country" &&
  y.cs === x.ce + de &&
  typeOf(y.id) === "Organization" &&
  COMPANY_END.test(y.id);

/**
 * A place right after its province or country (与云南昭通, 与某国某市), an area right after its zone, a company right
 * after the country it is from (firmOfCountry): the second name `y` is the partner, the first `x` only locates it.
 * Read by joint-with.ts and cooperation.ts.
 */
export const locatesNext = (x: Mention, y: Mention, de = 0): boolean =>
  (/^(Province|Country)$/.test(typeOf(x.id)) && /^(City|Port|DevZone)$/.test(typeOf(y.id))) ||
  (typeOf(x.id) === "FreeTradeZone" && typeOf(y.id) === "Area") ||
  firmOfCountry(x, y, de);

/** The function characters (function-words.json inName) but 的 (德国的汽车企业): none stands inside a company's phrase. */
const INNER_FUNCTION = NAME_FUNCTION_CHARS.replace("的", "");
/** The characters joining two names (triggers.json "companyPhraseJoins": 与, 和, 及, 同). */
const PHRASE_JOINS = triggerWords("companyPhraseJoins").join("");
/**
 * A company's phrase: at most eight characters of one phrase (no 与/和/及/同, no function character but 的, no mark),
 * then a noun of a kind of company (triggers.json "companyKinds" and the company heads: 汽车制造商某某, 一家物流公司).
 * Read by joint-with.ts (FIRM_KIND after a country) and by firmAfterDe.
 */
export const FIRM_PHRASE = `(?:(?![${PHRASE_JOINS}${INNER_FUNCTION}])[\u4e00-\u9fff]){0,8}?(${trigger("companyKinds").source}|${COMPANY_HEADS})`;
const FIRM_AFTER_DE = new RegExp(`^的${FIRM_PHRASE}`);
/**
 * The clause closes with an agreement signed (签订了6个项目合作协议, 签署战略合作备忘录, 签约): a verb of "signed"
 * needs a document after it (triggers.json "signedDocuments"); a verb of "signedSelfNamed" (签约, to sign a contract)
 * names it itself. Read by joint-with.ts too.
 */
export const SIGNED_CLAUSE = new RegExp(
  `^[^，,；;。！？!?]*(${trigger("signedSelfNamed").source}|(${T_SIGNED.source})[^，,；;。！？!?]{0,16}(${trigger("signedDocuments").source}))`,
);
/**
 * The length of the company phrase after the country `c`'s 的 when the company signs (与某国的一家物流公司签订…协议,
 * 与某国的某某公司签约): the country only says whose the partner is. 0 when no company signs there: a noun and a verb
 * before a company word (与某国的物流通道吸引企业…), or a joint act inside the phrase (与某国的合作企业: joint-with's).
 */
export function firmAfterDe(norm: string, c: Mention): number {
  if (typeOf(c.id) !== "Country") return 0;
  const rest = norm.slice(c.ce, clauseEnd(norm, c.ce));
  const m = FIRM_AFTER_DE.exec(rest);
  if (!m || T_JOINT.test(m[0]) || !SIGNED_CLAUSE.test(rest.slice(m[0].length))) return 0;
  return m[0].length;
}

/** A conjunction or the list comma alone (lexicon.ts CONJUNCTION_CHARS: 、和与及). */
const ONE_JOINT = new RegExp(`^[${CONJUNCTION_CHARS}]$`);
/** A joint of a wide list (relation-words.json "channelListJoints": 和, 以及, 乃至…), or none. */
const WIDE_JOINT = new RegExp(`^(、|${relationAlt("channelListJoints")})?$`);

/**
 * The partners listed right after `at` (joined by 、和与及; `wide`: also by the words of "channelListJoints",
 * 以及, 乃至, or written together, 南亚东南亚), and where the list ends.
 */
export function listAfter(
  norm: string,
  cands: Mention[],
  at: number,
  wide = false,
): { list: Mention[]; end: number } {
  const list: Mention[] = [];
  let end = at;
  const joint = wide ? WIDE_JOINT : ONE_JOINT;
  for (const x of cands) {
    if (x.cs < end) continue;
    if (!(list.length === 0 ? x.cs === end : joint.test(norm.slice(end, x.cs)))) break;
    list.push(x);
    end = x.ce;
  }
  return { list, end };
}

/**
 * A region or group named by a common noun (西部地区, 沿线国家, 企业; the parts of a region: triggers.json
 * "regionPart"): a side with no name.
 */
const UNNAMED_SIDE = new RegExp(`(${trigger("regionPart").source}|沿线国家|企业)$`);

/**
 * Whether an unnamed region or group stands right before 与/同 at `at` (带动川渝地区与东盟…合作): that
 * is the side that cooperates, and no name before it stands for it. A name that ends at 与 (中亚地区,
 * 中国) is a side of its own.
 */
export function unnamedSideAt(norm: string, ms: readonly Mention[], at: number): boolean {
  if (ms.some((m) => m.ce === at)) return false;
  return UNNAMED_SIDE.test(norm.slice(Math.max(0, at - 4), at)) || causedSideAt(norm, ms, at);
}

/**
 * A common noun of two to ten characters between a verb that brings others to cooperate (relation-words.json
 * "coopOthersCause": 支持, 促进, 推动…) and 与/同 at `at`, with no name in it (支持大湾区兄弟城市与乙国…, 促进泛珠区域与
 * 乙国…合作): those others are the side. 推动与乙国合作 (nothing between) keeps the subject as the side.
 */
const CAUSED_SIDE = new RegExp(`(${relationAlt("coopOthersCause")})([\u4e00-\u9fff]{2,10})$`);
/** The subject itself named again (triggers.json "placeAnaphor": 我省, 本市, 全省) closing the noun. */
const SUBJECT_AGAIN = new RegExp(`(?:${trigger("placeAnaphor").source})$`);
/** A word linking the subject's own 与/同 to an earlier predicate (relation-words.json "coopCausedSideLinks"). */
const SUBJECT_LINK = new RegExp(`(?:${relationAlt("coopCausedSideLinks")})$`);

/**
 * Whether a noun caused to cooperate stands before 与/同 at `at` (CAUSED_SIDE), no name inside it, and it is not the
 * subject itself (推动我省与乙国…) nor a predicate of the subject linked to its own 与 (推动产业升级并与乙国…).
 */
function causedSideAt(norm: string, ms: readonly Mention[], at: number): boolean {
  const m = CAUSED_SIDE.exec(norm.slice(Math.max(0, at - 14), at));
  if (!m || SUBJECT_AGAIN.test(m[2] ?? "") || SUBJECT_LINK.test(m[2] ?? "")) return false;
  const from = at - (m[2] ?? "").length;
  return !ms.some((x) => x.ce > from && x.cs < at);
}

/**
 * A place or country right before the title of a head of state, an envoy or a place's head (titles.json "heads"
 * and "placeHeads": 俄罗斯总统某某, 越南驻华大使, with 驻 and a place before the title; 大阪市长): it only
 * qualifies the person. Not 总理府, 大使馆, 省长期.
 */
const PERSON_TITLE = new RegExp(`^(驻[\u4e00-\u9fff]{1,4}?)?(${HEAD_TITLES}|${PLACE_HEAD_TITLES})`);
export const titled = (norm: string, m: Mention): boolean =>
  /^(Country|Province|City)$/.test(typeOf(m.id)) && PERSON_TITLE.test(norm.slice(m.ce, m.ce + 6));

/** The acts in which a person is met (titles.json "meetings": 会谈, 会见, 会晤, 通电话). */
const MEETING = new RegExp(MEETING_WORDS);
/**
 * A titled place or country (titled) in a clause, from `from` to `to`, that is a meeting (与越南总理某某会谈): the
 * person is met, not the side. A leader who signs or acts for the side (与俄罗斯总统某某共同签署…) keeps it.
 */
export const metTitled = (norm: string, m: Mention, from: number, to: number): boolean =>
  titled(norm, m) && meetingIn(norm, from, to);

/** The marks that end a sentence. */
const SENTENCE_END = "。！？!?；;";
/**
 * Whether the text from `from` to `to` is a meeting (titles.json "meetings"): a titled person there is met,
 * unless its sentence also signs (triggers.json "signed": 举行会谈并共同签署…, 签署…，此前双方举行了会谈).
 */
export function meetingIn(norm: string, from: number, to: number): boolean {
  if (!MEETING.test(norm.slice(from, to))) return false;
  const a = Math.max(...[...SENTENCE_END].map((c) => norm.lastIndexOf(c, from - 1))) + 1;
  const ends = [...SENTENCE_END].map((c) => norm.indexOf(c, to)).filter((i) => i >= 0);
  return !T_SIGNED.test(norm.slice(a, ends.length > 0 ? Math.min(...ends) : norm.length));
}

/** A body's name a place opens (广西铁路部门, 四川文旅部门, 江西省体育局): it ends as a public body or a company does. */
const BODY_NAME = new RegExp(`^[^\\s的和与及、，,；;。]{0,8}?(${T_PUBLIC_BODY.source}|${COMPANY_HEADS})`);
/** Between the body's name and 与/同: only a few characters of adverbs or a verb (积极, 加强, 不断深化), no clause break. */
const LEADS_TO_WITH = /^[^\s的和与及、，,；;。：:！？!?]{0,6}$/;

/**
 * The clause's subject only starts an unrecognised body's name that acts right before 与/同 at `at`, in the
 * same clause (广西铁路部门加强与…合作, A市商务局与…): the body is the side, and who it acts for is not said.
 * Not a place whose own clause goes on otherwise (广西充分发挥区位优势，与东盟…; 广西全区不断深化与…).
 */
export function bodyOfPlace(norm: string, home: Mention, at: number): boolean {
  if (home.ce > at || !/^(Province|City)$/.test(typeOf(home.id)) || clauseStart(norm, at) > home.cs)
    return false;
  const m = BODY_NAME.exec(norm.slice(home.ce, at));
  return !!m && LEADS_TO_WITH.test(norm.slice(home.ce + m[0].length, at));
}
