/** Trigger words of the relation rules, read from data/lexicon/triggers.json. */
import { clauseOf, SENTENCE_END } from "../clauses";
import { CLAUSE_TIMES, COPULA_ADVERBS, trigger, triggerWords } from "../lexicon";

export const T_BORDER = trigger("border");
/** What closes 与 + neighbours (与越南接壤, 与朝鲜隔图们江相望). */
export const T_BORDER_WITH = trigger("borderWith");
export const T_CONNECT = trigger("connect");
/** Coverage verbs (覆盖, 联通, 连通, 通向, 直通): read only with the corridor as subject and a list right after. */
export const T_CONNECT_COVER = trigger("connectCover");
/** What may stand between a corridor and its coverage verb (已, 将, 线路, 网络, 货物运输…). */
export const T_CONNECT_COVER_GAP = trigger("connectCoverGap");
/** Verbs that open a line or service (开通, 开行, 打通…): a corridor after one in its clause is an object. */
export const T_ROUTE_OPEN = trigger("routeOpen");
/**
 * Verbs of running a service: of opening one ("routeOpen": 开行, 开通…), of dispatching ("routeDispatch": 发运…),
 * of leaving ("routeOriginAfter": 始发, 首发…) and "serviceRunVerbs" (运营); on-corridor.ts and place-service.ts.
 */
export const T_SERVICE_RUN = new RegExp(
  ["routeOpen", "routeDispatch", "routeOriginAfter", "serviceRunVerbs"]
    .map((n) => trigger(n).source)
    .join("|"),
);
export const T_CORRIDOR = trigger("corridor");
/** Verbs taking a corridor as their object (作为, 位于, 处于, 地处, 完善, 让, 使; not 即使, 大使, 行使, 促使):
 * the corridor is not its clause's subject. */
export const T_CORRIDOR_AS_OBJECT = trigger("corridorAsObject");
export const T_ALIGN = trigger("align");
/** What a party does with an agreement (another country is a subject of ALIGNS_WITH only with these). */
export const T_PARTY = trigger("party");
/** What the two parties of a bilateral agreement do with it: sign, ratify, bring into force, negotiate. */
export const T_BILATERAL_PARTY = trigger("bilateralParty");
export const T_COOP = trigger("cooperation");
export const T_FOCUS = trigger("focus");
/** With a subject carried from the context, "在X、Y等领域进行探索" also names fields of focus. */
export const T_FOCUS_CTX = new RegExp(`${T_FOCUS.source}|领域`);
/** Deals and events whose fields a clause after them lists (11项协议签订，涉及…领域; 博览会将围绕…板块): not the subject's focus. */
export const T_FOCUS_OTHER_TOPIC = trigger("focusOtherTopic");
/** Words of a bracketed focus item (世界生物医药科技集聚区建设（上海自贸试验区）). */
export const T_FOCUS_BRACKET = trigger("focusBracket");
export const T_APPLY = trigger("apply");
export const T_PLATFORM = trigger("platform");
export const T_LINK = trigger("link");

/** True when text[from, to) matches. */
export function has(text: string, re: RegExp, from = 0, to = text.length): boolean {
  return re.test(text.slice(from, to));
}
/** A list of an agreement's members follows (其成员国包括…, 缔约方为…). */
export const T_MEMBERS = trigger("members");
/** Leaving an agreement: no ALIGNS_WITH from what is said around it (宣布退出TPP). */
export const T_WITHDRAW = trigger("withdraw");
/**
 * The clauses in which a withdrawal verb (T_WITHDRAW) stands, from `from` to the end of its sentence (美国曾签署TPP，
 * 后又退出 → the clause 后又退出): read by aligns-with.ts (any withdrawal) and initiators.ts (whose withdrawal).
 */
export function withdrawalClauses(norm: string, from: number): [number, number][] {
  const rest = norm.slice(from).split(SENTENCE_END)[0] ?? "";
  const re = new RegExp(T_WITHDRAW.source, "g");
  return [...rest.matchAll(re)].map((w) => clauseOf(norm, from + (w.index ?? 0)));
}
/** A party's act of joining an agreement not named in its clause (…已正式提交核准书, 完成国内核准程序, 申请加入). */
export const T_ACCESSION = trigger("accession");
/** Trade between two sides (与…的贸易, …和中国水果贸易). */
export const T_TRADE = trigger("trade");
/** Reaching out to partners named right after (联通中亚、南亚等市场, 对接上海、江苏自贸试验区). */
export const T_OUTREACH = trigger("outreach");
/** Corridors meeting at a place (…在果园港贯通, 在X交汇). */
export const T_MEET = trigger("meet");
/** Speech verbs: after 「X表示，…」 the speaker is the subject of what is said, not a name before it. */
export const T_SPEECH = trigger("speech");
/** An agreement made up of the parties listed before it (由A、B组成, 由A和B共同发起). */
export const T_COMPOSED = trigger("composed");
/** Words of two sides acting together, after 与A、B (合作, 互补, 协调发展, 签约, 的关系). */
export const T_JOINT = trigger("joint");
/** Verbs of signing an agreement (签署, 签订, 签约, 缔结): read by co-signatories, joint-with and aligns-with. */
export const T_SIGNED = trigger("signed");
/**
 * What states named together do as one (中哈两国共同提出, 中柬双方有望签约, 中吉乌三国政府间协定, 中蒙俄三国
 * 铁路…国际联运): "statesJoint" (not the talks or relations of "joint": 中老双方举行会谈 states no joint act).
 */
export const T_STATES_JOINT = trigger("statesJoint");
/** Heads of public bodies' names (…管委会, …商务局, …海关, 商务部): bodies that sign for the public side. */
export const T_PUBLIC_BODY = trigger("publicBody");
/** Words of joint action right after a compound of members (闽台区域合作, 琼港联动). */
export const T_COMPOUND_JOINT = trigger("compoundJoint");
/** Verbs of reaching out to partners named by a compound of abbreviations right after (辐射滇黔, 服务川渝). */
export const T_REACH = trigger("reach");
/** Words placing a named place in another (X位于Y, X地处Y, X坐落于Y). */
export const T_LOCATED_AT = trigger("locatedAt");
/** Verbs of administrative belonging (隶属于): the place before is in the places right after. */
export const T_ADMIN_BELONG = trigger("adminBelong");
/** Ranks of a city in its province or prefecture (地级市, 县级市, 首府): X是Y省地级市 places X in Y. */
export const T_ADMIN_RANK = trigger("adminRank");
/** Verbs of administering a city on another's behalf after 由 (绥芬河市由牡丹江市代管): X lies in the places between. */
export const T_ADMIN_ENTRUSTED = trigger("adminEntrusted");
/** Copulas before a city's rank (黑河市，是黑龙江省地级市; 凭祥市，为广西壮族自治区县级市). */
export const T_ADMIN_COPULA = trigger("adminCopula");
/** What a city is for its province (门户, 枢纽, 节点城市): 甲市是乙省的…门户 places 甲市 in 乙省. */
export const T_CITY_ROLE = trigger("cityRole");
/**
 * Head words of a unit smaller than the place before them (…县, …旗, …镇, …乡, …口岸): after 的 or 境内, the
 * unit is the subject of a border, not the place (border-with.ts).
 */
export const T_BORDER_SUBUNIT = trigger("borderSubunitHeads");
/**
 * Words that count or gather such units (8个, 边境, 各, 部分, 许多, 大片, 乡镇): the units taken together leave the
 * place the side.
 */
export const T_BORDER_SUBUNIT_GROUP = trigger("borderSubunitGroup");
/** Words a head sits inside when it names no unit (城镇, 古镇, 之乡, 乡村, 县城, 县级, 口岸城市). */
export const BORDER_SUBUNIT_NOT_WORDS = triggerWords("borderSubunitNotWords");
/** Characters a unit's name does not hold (的, 是, 和, 、, 等, 有…): text with one describes, lists or states. */
export const BORDER_SUBUNIT_NAME_STOPS = triggerWords("borderSubunitNameStops");
/** What opens no unit's name (一个, 西部, 重要, 最, 这): a described unit, not a named one. */
export const T_BORDER_SUBUNIT_NOT_NAME = trigger("borderSubunitNotNames");
/** The ranks a place may carry before 的 or 境内 and a unit (甲地区的, 乙州境内的, 丙盟所辖). */
export const T_BORDER_PLACE_RANK = trigger("borderPlaceRanks");
/** Adverbs between a unit and 与 (乙县也与…, 乙县分别与…). */
export const T_BORDER_SUBUNIT_TAIL_ADVERB = trigger("borderSubunitTailAdverbs");
/** A direction between a unit and 与 (乙县北与…, 乙县西部与…). */
export const T_BORDER_SUBUNIT_TAIL_DIRECTION = trigger("borderSubunitTailDirections");
/** Predicates that count units (众多, 林立): 甲省的特色小镇众多，与… describes the units, the place is the side. */
export const T_BORDER_SUBUNIT_MANY = trigger("borderSubunitManyWords");

/**
 * A clause opened by a copula: adverbs before it (也, 已: function-words.json copulaAdverbs; 还, 更, 同时, 不仅:
 * triggers.json "zoneCopulaAdverbs"; no prospect: 将, 有望) or time words, then 是, 成为 or 作为 (a regex source;
 * read by on-corridor.ts and corridor-role-copula.ts, moved here from on-corridor.ts in mend25k).
 */
export const COPULA_OPEN = `^[\\s“"]*(${COPULA_ADVERBS}|${CLAUSE_TIMES}|${trigger("zoneCopulaAdverbs").source})*(是|成为|作为)`;
