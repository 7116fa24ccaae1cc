import type { Catalog } from "../catalog";
import { CLAUSE_MARKS, clauseOf, HAN, LIST_MARKS, titleOpenAt } from "../clauses";
import { tagWords } from "../entities/segmenter";
import type { Mention } from "../entities/types";
import { COUNT_NUMERAL, relationAlt, trigger } from "../lexicon";
import { CLAUSE_LEAD, typeOf } from "./context";
import { sectorTopics } from "./fields-before-places";
import { has, T_FOCUS, T_FOCUS_BRACKET, T_FOCUS_CTX, T_FOCUS_OTHER_TOPIC } from "./triggers";
import type { RelationRule } from "./types";

/** 与/同 and a word of cooperation or exchange in one clause (深化与A在…领域的合作). */
const COOPERATION_IN_CLAUSE = new RegExp(`(与|同)[^${CLAUSE_MARKS}]*(合作|交流)`);

/** Punctuation between clauses (line breaks of a PDF extraction do not end a clause here). */
const PUNCT = /[，；;,：:。！？!?]/;
/** A pivot verb whose object does what follows (支持/鼓励/推动 X 建设…), then the list it opens. */
const PIVOT = new RegExp(String.raw`(${relationAlt("focusPivotVerbs")})[\u4e00-\u9fff、\s]*$`);

/**
 * Whether a province named before the sector is the subject developing it: named in the sector's
 * clause, or opening an earlier clause of the sentence (山西已形成…，…，力图将绿色电力…纳入…). A province
 * inside an earlier clause (为满足甘肃、宁夏两省区经济社会发展需要，深入推进现代物流) is a setting, unless
 * it is the object of a pivot verb (大力支持北京、浙江…等地区建设…，在完善数字贸易新基建…).
 */
function provinceSubject(norm: string, s: Mention, ind: Mention): boolean {
  if (!PUNCT.test(norm.slice(s.ce, ind.cs))) return true;
  let a = s.cs;
  while (a > 0 && !PUNCT.test(norm[a - 1] ?? "")) a--;
  const lead = norm.slice(a, s.cs);
  // (支持北京、浙江…等地区建设数字贸易…: the object of a pivot verb is the agent of what follows)
  return CLAUSE_LEAD.test(lead) || PIVOT.test(lead);
}

/** A part after a semicolon that opens with a connective, adverb or verb: it shares the subject before. */
const SHARED_PART = new RegExp(String.raw`^[\s“"]*(${relationAlt("focusSharedOpeners")})`);

/**
 * Whether the part of the sentence holding the sector shares the subject named in an earlier part:
 * 昆明片区重点发展…；同时依托…，大力发展保税维修 shares it; in 平潭综合实验区计划…；海峡物流产业园将建成
 * 以电子资讯…为主的…, the later part has a subject of its own.
 */
function sharesSubject(norm: string, s: Mention, ind: Mention): boolean {
  const semi = Math.max(norm.lastIndexOf("；", ind.cs), norm.lastIndexOf(";", ind.cs));
  return semi < s.ce || SHARED_PART.test(norm.slice(semi + 1));
}

/** A body, port or development zone named in the sector's clause before it. */
function ownTopic(norm: string, ms: Mention[], ind: Mention): boolean {
  const [a] = clauseOf(norm, ind.cs);
  return ms.some((x) => x.cs >= a && x.ce <= ind.cs && /^(Organization|Port|DevZone):/.test(x.id));
}

/** Words of time and adverbs that may open a clause before 在 with no subject of their own (今年在A…). */
export const TIME_LEAD = new RegExp(
  `^(${relationAlt("focusLeadTimes")})?(以来)?(${relationAlt("focusLeadAdverbs")})*$`,
);

/**
 * The place follows 在 and the clause names a subject of its own before it (多家企业也在A布局…): a
 * location, not the subject. A leading time word or adverb (今年在A重点发展…) is no subject.
 */
function locativeOnly(norm: string, s: Mention): boolean {
  if (norm[s.cs - 1] !== "在") return false;
  const lead = norm.slice(clauseOf(norm, s.cs)[0], s.cs - 1);
  return /[\u4e00-\u9fff]/.test(lead) && !CLAUSE_LEAD.test(lead) && !TIME_LEAD.test(lead.trim());
}

/** Between a place and the sector it modifies: a few name characters (汽车及), no 的, copula or mark. */
const COMPOUND_GAP = /^[^是为的，,。；;、：:！？!?]{0,4}$/;

/**
 * The place only modifies a sector name written right after it (甲市汽车及零部件产业的几家工厂,
 * 哈尔滨冷链物流中心): the clause's only focus words are inside sector names (产业, 基地), so nothing
 * says the place develops the sector.
 */
function compoundOnly(norm: string, outsideSectors: () => string, s: Mention, ind: Mention): boolean {
  if (s.ce > ind.cs || !COMPOUND_GAP.test(norm.slice(s.ce, ind.cs))) return false;
  return !has(outsideSectors(), T_FOCUS, s.cs, clauseOf(norm, ind.cs)[1]);
}

/**
 * Verbs of support or investment whose object a place and its sectors are (支持, 投向, 看好, 加大对:
 * triggers.json focusObjectGovernors), right before the place.
 */
const OBJECT_GOVERNOR = new RegExp(
  `(${trigger("focusObjectGovernors").source})\\s*(?:[\u4e00-\u9fff]{2,7}(?:省|自治区))?\\s*$`,
);
/** Between place and sector: only blanked sector names, their 业/产业/行业 and list marks (甲省乙业、丙产业). */
const LIST_GAP = new RegExp(`^(?:\\s+业|\\s|[${LIST_MARKS}]|产业|行业)*$`);
/** Verbs that make the gap a predicate of the place, not part of a name (支持甲市打造…, 促进乙市发展…;
 * triggers.json focusGapVerbs). */
const GAP_VERB = new RegExp(`${T_FOCUS.source}|${trigger("focusGapVerbs").source}`);
/** Tags of the words a sector name's rest holds: nouns, distinguishers, adjectives, time nouns (商贸, 新兴, 现代). */
const NAME_REST_TAG = /^(n|b|a|t|j)/;
/** 产业/行业/业 closing a sector's name. */
/** The words an industry's own name ends with (甲产业, 乙行业), not the name of a goal it is a kind of. */
const INDUSTRY_WORD = "产业|行业";
const SECTOR_CLOSE = new RegExp(`^(?:${INDUSTRY_WORD}|业)`);

/**
 * The gap between place and sector is the rest of one sector's name (促进甲省商贸旅游业发展): a short Han run
 * with no verb of the list whose words the segmenter tags as nouns or modifiers (not 升级, 延伸, 拓展), or
 * which with the sector and its 业 forms a catalogued industry name.
 */
function nameRest(norm: string, outside: string, s: Mention, ind: Mention, cat: Catalog): boolean {
  const gap = outside.slice(s.ce, ind.cs);
  const close = norm.slice(ind.ce).match(SECTOR_CLOSE);
  if (outside[s.ce] === " " || !close || !/^[\u4e00-\u9fff]{1,3}$/.test(gap) || GAP_VERB.test(gap))
    return false;
  if (cat.resolve(norm.slice(s.ce, ind.ce) + close[0])?.startsWith("Industry:")) return true;
  return tagWords(gap, cat).every((w) => NAME_REST_TAG.test(w.tag));
}

/**
 * A province or city names the sectors written right after it (甲省先进制造业、现代服务业, 乙市汽车产业) as
 * the object of a verb of support, investment or promotion (加大对甲省先进制造业的投资, 全力支持乙市汽车产业
 * 发展, 带动甲省乙市电子信息产业发展): the place is where the sectors are, not who develops them (a zone's
 * sectors stay its focus: 支持甲片区生物医药产业发展). The rest of one sector's name may stand between them
 * when it holds no verb and 业/产业/行业 closes the name (促进甲省商贸旅游业发展; nameRest). After a focus verb (着力打造甲市
 * 软件产业; 支持甲市打造乙产业集群) or a time word (上半年甲市…) the place's own focus is stated. `outside` is the
 * passage with its sector names blanked.
 */
function objectCompound(norm: string, outside: string, s: Mention, ind: Mention, cat: Catalog): boolean {
  if (!/^(Province|City)$/.test(typeOf(s.id)) || s.ce > ind.cs) return false;
  if (!LIST_GAP.test(outside.slice(s.ce, ind.cs)) && !nameRest(norm, outside, s, ind, cat)) return false;
  return OBJECT_GOVERNOR.test(norm.slice(clauseOf(norm, s.cs)[0], s.cs));
}

/** A focus or building word closing the words before a place (加快发展甲市…, 加快建设乙市…: triggers.json focus, focusBuildVerbs). */
const FOCUS_VERB_LAST = new RegExp(`(?:${T_FOCUS.source}|${trigger("focusBuildVerbs").source})$`);

/**
 * A province or city written after a verb of its clause and right before the sectors it modifies (做大做强甲市
 * 乙产业集群, 扩大丙市农业集聚发展): the place is part of the verb's object, not the clause's subject. A clause
 * opened by the place, or by time words and connectives before it (今年甲市乙产业…), keeps it as the subject,
 * and so does a focus or building verb right before it (加快发展甲市…, 加快建设乙市…: the place's own focus, see
 * objectCompound); so does a time word or noun before it (上半年甲市…).
 */
function modifierAfterVerb(
  norm: string,
  outside: string,
  sectors: Mention[],
  s: Mention,
  ind: Mention,
  cat: Catalog,
): boolean {
  if (!/^(Province|City)$/.test(typeOf(s.id)) || s.ce > ind.cs) return false;
  // (the sector after the place heads a list of objects the sector of `ind` may come later in)
  const [a, b] = clauseOf(norm, s.cs);
  if (ind.ce > b || !sectors.some((x) => x.cs >= s.ce && LIST_GAP.test(outside.slice(s.ce, x.cs))))
    return false;
  const lead = norm.slice(a, s.cs);
  if (!HAN.test(lead.at(-1) ?? "") || CLAUSE_LEAD.test(lead) || TIME_LEAD.test(lead.trim())) return false;
  if (FOCUS_VERB_LAST.test(lead)) return false;
  // (a time word, numeral or noun right before the place, 上半年甲市…, keeps the place the subject)
  return !/^[tmqn]/.test(tagWords(lead, cat).at(-1)?.tag ?? "t");
}

/**
 * A demonstrative and an unnamed subject opening a clause (该园区已形成…, 这些企业…: relation-words.json
 * contextCarriedDemonstratives, contextUnnamedSubjects).
 */
const OWN_UNNAMED_SUBJECT = new RegExp(
  `^[\\s“"]*(${relationAlt("contextCarriedDemonstratives")})(${relationAlt("contextUnnamedSubjects")})`,
);

/**
 * The sector's clause opens with a subject of its own that names nothing (通过近年发展，该园区已形成甲、乙等
 * 产业): the park or body it points back to develops the sector, not the subject carried from the context.
 */
function unnamedOwnSubject(norm: string, ind: Mention): boolean {
  return OWN_UNNAMED_SUBJECT.test(norm.slice(clauseOf(norm, ind.cs)[0], ind.cs));
}

/** `norm` with the sector names blanked (same length): the words said outside them. */
function maskSectors(norm: string, sectors: Mention[]): string {
  let text = norm;
  for (const m of sectors) text = text.slice(0, m.cs) + " ".repeat(m.ce - m.cs) + text.slice(m.ce);
  return text;
}

/** What follows a sector in a list of fields closed by 领域 or 方面 and a word of cooperation or exchange. */
const FIELD_OF_COOPERATION = new RegExp(
  `^[^${CLAUSE_MARKS}在]{0,40}?(等)?(领域|方面)(的|开展|深化|加强)?[\u4e00-\u9fff]{0,4}?(合作|交流)`,
);

/**
 * The sector is one of the fields named for cooperation or exchange among the parties (加强沿线城市间在
 * A、B等领域的交流合作, 就开展A、B等领域合作, 挖掘A、B等领域的合作潜力): shared fields, no focus of one
 * of them. A subject cooperating with a partner it names in the clause before 在 (甲区与乙国在A、B等领域
 * 深化合作) is left to the rules below.
 */
function cooperationField(norm: string, s: Mention, ind: Mention): boolean {
  const [a] = clauseOf(norm, ind.cs);
  const at = Math.max(norm.lastIndexOf("在", ind.cs), a);
  if (!FIELD_OF_COOPERATION.test(norm.slice(ind.ce, ind.ce + 60))) return false;
  return !/[与同]/.test(norm.slice(Math.max(s.ce, a), at));
}

/** A name run from a place to the word 项目, with no mark and no verb that would make the place act. */
const PROJECT_NAME = /^[^，,。；;、：:！？!?“”"()]{1,30}?项目/;
/** Verbs that make the place act on projects (甲区引进…项目): triggers.json projectActing. */
const ACTING_VERB = trigger("projectActing");
/** Only time, count and kind words before 项目 (年度项目, 今年新开工项目, 10个项目): triggers.json projectQualifiers. */
const QUALIFIERS_ONLY = new RegExp(`^(?:${trigger("projectQualifiers").source}|${COUNT_NUMERAL}+)+$`);

/** The place opens the name of a project (甲区乙产业园项目, 甲市丙中心一期项目): the project is what acts. */
function projectName(norm: string, s: Mention): boolean {
  const body = PROJECT_NAME.exec(norm.slice(s.ce, s.ce + 32))?.[0].slice(0, -2);
  return body !== undefined && !ACTING_VERB.test(body) && !QUALIFIERS_ONLY.test(body);
}

/**
 * A goal's head after a sector (triggers.json focusGoalHeads: 中心, 基地), at most six name characters between
 * (no list mark, no copula 为/是: 以甲业为中心 makes the sector the centre) and no 产业/行业 opening them (an
 * industry base, 甲产业基地, is the sector's own), closing its list item or followed by 的 (甲业中心、, 乙业加工基地的).
 */
const GOAL_HEAD_AFTER = new RegExp(
  `^(?!${INDUSTRY_WORD})(?:(?![${LIST_MARKS}为是])[\u4e00-\u9fff]){0,6}?(?:${trigger("focusGoalHeads").source})(?=[、的${LIST_MARKS}${CLAUSE_MARKS}]|$)`,
);
/**
 * A verb of building a goal (triggers.json focusGoalVerbs: 打造, 建设, 建成, 成为), then modifiers of the goal
 * before the sector (世界级, 内陆地区高端, 某某中游综合性): the last item of a list in the clause, no line break.
 */
const GOAL_MODIFIED = new RegExp(
  `(?:${trigger("focusGoalVerbs").source})(?:[^${CLAUSE_MARKS}\n]*、)?[^${CLAUSE_MARKS}、\n]*[^${CLAUSE_MARKS}${LIST_MARKS}、\n]$`,
);
const GOAL_VERB = new RegExp(trigger("focusGoalVerbs").source, "g");
/** A verb of focus proper after the verb of building (打造甲门户并重点发展乙业中心): the sector is its object. */
const GOAL_FOCUS_VERB = trigger("focusGoalInterrupt");
/** Words ranking a goal (triggers.json focusGoalRanks: 世界级, 一流, 重要, 全国, 地区, 中游…). */
const GOAL_RANK = trigger("focusGoalRanks");
const PLACE_ID = /^(Country|Province|City|Area|FreeTradeZone|DevZone|Port):/;

/**
 * The sector only modifies the head of a goal that a verb of building in its clause names, with words ranking the
 * goal before the sector in its list item (a word of focusGoalRanks, a place, or 的: 打造世界级甲业中心,
 * 建设某某中游综合性航运物流中心, 打造某地区重要的乙业加工基地): the subject builds a ranked hub or base, which
 * states no sector it develops. A sector right after the verb or a list mark, or after an unranking modifier
 * (打造国际旅游消费中心), or the object of a verb of focus after the last verb of building, keeps its focus.
 */
function goalHead(norm: string, ms: Mention[], ind: Mention): boolean {
  if (!GOAL_HEAD_AFTER.test(norm.slice(ind.ce, ind.ce + 16))) return false;
  const from = clauseOf(norm, ind.cs)[0];
  const lead = norm.slice(from, ind.cs);
  if (!GOAL_MODIFIED.test(lead)) return false;
  let verbEnd = 0;
  for (const m of lead.matchAll(GOAL_VERB)) verbEnd = m.index + m[0].length;
  const stretch = lead.slice(verbEnd);
  if (GOAL_FOCUS_VERB.test(stretch)) return false;
  const item = from + verbEnd + stretch.lastIndexOf("、") + 1;
  const modifiers = norm.slice(item, ind.cs);
  if (modifiers.includes("的") || GOAL_RANK.test(modifiers)) return true;
  return ms.some((m) => m.cs >= item && m.ce <= ind.cs && PLACE_ID.test(m.id));
}

/** The place and the sector are both inside one document title (《关于支持甲区油气产业发展的若干措施》). */
function inOneTitle(norm: string, s: Mention, ind: Mention): boolean {
  const open = titleOpenAt(norm, s.cs);
  if (open < 0) return false;
  const close = norm.indexOf("》", s.ce);
  return close >= ind.ce && ind.cs > open;
}

/**
 * The zones (FreeTradeZone, Area) inside a bracket closing the sector's list element (世界生物医药科技集聚区建设
 * （上海自贸试验区）), with the bracket's opening and closing offsets.
 */
function bracketZones(
  norm: string,
  ms: Mention[],
  ind: Mention,
): { zones: Mention[]; open: number; close: number } {
  let e = ind.ce;
  while (e < norm.length && !/[、，；;,。！？!?(]/.test(norm[e] ?? "") && e - ind.ce <= 12) e++;
  if (norm[e] !== "(") return { zones: [], open: e, close: e };
  const close = norm.indexOf(")", e);
  const zones =
    close > e ? ms.filter((x) => x.cs > e && x.ce <= close && /^(FreeTradeZone|Area):/.test(x.id)) : [];
  return { zones, open: e, close };
}

/**
 * FOCUSES_ON (table rows have their own, line-based rule)
 */
export const focus: RelationRule = {
  name: "focus",
  types: ["FOCUSES_ON"],
  find({ norm, ms, cat, inTable, fromCtx, push, of, subjectBefore, coordinated }) {
    // (在生物医药产业方面，合肥片区…: fields-before-places gives the sectors of such a topic)
    const topics = sectorTopics(norm, ms).flatMap((t) => t.fields);
    // (the passage with its sector names blanked, built once when compoundOnly first asks for it)
    let masked: string | undefined;
    const outsideSectors = () => {
      masked ??= maskSectors(norm, of("Industry"));
      return masked;
    };
    for (const ind of inTable ? [] : of("Industry")) {
      if (topics.includes(ind)) continue;
      // 世界生物医药科技集聚区建设（上海自贸试验区）: the zones in brackets are its subjects
      const br = bracketZones(norm, ms, ind);
      if (br.zones.length > 0) {
        if (has(norm, T_FOCUS_BRACKET, clauseOf(norm, ind.cs)[0], br.open))
          for (const z of br.zones)
            push({
              type: "FOCUSES_ON",
              source: z.id,
              target: ind.id,
              method: "pattern",
              confidence: 0.7,
              cs: ind.cs,
              ce: br.close + 1,
            });
        continue;
      }
      const s = subjectBefore(ind, ["FreeTradeZone", "Area", "Province", "City", "DevZone"]);
      if (!s) continue;
      // 也是某某铁路局集团公司发展现代物流…, 依托甲港和乙港重点发展冷链物流: a body, port or
      // development zone named in the clause before the sector is its own topic, not the carried subject
      if (fromCtx.has(s) && ownTopic(norm, ms, ind)) continue;
      if (fromCtx.has(s) && unnamedOwnSubject(norm, ind)) continue;
      // 大型物流企业也在银川布局…: a place after 在 with a subject of its own before it is where, not who
      if (!fromCtx.has(s) && locativeOnly(norm, s)) continue;
      if (typeOf(s.id) === "Province" && !fromCtx.has(s) && !provinceSubject(norm, s, ind)) continue;
      if (!fromCtx.has(s) && !sharesSubject(norm, s, ind)) continue;
      // 涉及产业园区建设、数字经济…: a kind of development zone being built is an object, not a subject
      if (cat.get(s.id)?.properties.kind === "category" && /^(建设|开发)/.test(norm.slice(s.ce))) continue;
      if (!has(norm, fromCtx.has(s) ? T_FOCUS_CTX : T_FOCUS, s.cs, clauseOf(norm, ind.cs)[1])) continue;
      if (!fromCtx.has(s) && compoundOnly(norm, outsideSectors, s, ind)) continue;
      if (!fromCtx.has(s) && objectCompound(norm, outsideSectors(), s, ind, cat)) continue;
      if (!fromCtx.has(s) && modifierAfterVerb(norm, outsideSectors(), of("Industry"), s, ind, cat)) continue;
      // 园区授牌，11项协议签订，涉及物流、能源等领域: the fields of deals or events named in between
      if (has(norm, T_FOCUS_OTHER_TOPIC, s.ce, ind.cs)) continue;
      // 深化与俄蒙在教育、科技、旅游等领域的文化交流: fields of cooperation, not of focus
      const [ia, ib] = clauseOf(norm, ind.cs);
      if (fromCtx.has(s) && COOPERATION_IN_CLAUSE.test(norm.slice(ia, ib))) continue;
      // 《关于支持甲自贸试验区油气全产业链开放发展的若干措施》: the words of a document's title state nothing
      if (!fromCtx.has(s) && inOneTitle(norm, s, ind)) continue;
      // 甲区乙产业园项目投资15亿元，将瞄准A、B等新赛道: the place only names the project, the subject
      if (!fromCtx.has(s) && projectName(norm, s)) continue;
      // 乙片区打造世界级甲业中心、乙物流枢纽区: the sector names a hub's kind, not the subject's focus
      if (goalHead(norm, ms, ind)) continue;
      // 加强沿线城市间在贸易物流、数字经济等领域的交流合作: the fields of cooperation, whoever the subject
      if (cooperationField(norm, s, ind)) continue;
      // 农业合作, 旅游交流: a field of cooperation, not of focus
      // (also 能源资源战略合作, 旅游务实合作)
      if (/^[\u4e00-\u9fff]{0,2}?(合作|交流)/.test(norm.slice(ind.ce))) continue;
      // 上海、青岛、大连等也都出台…促进新型离岸贸易发展: every member of a coordinated subject
      for (const x of coordinated(s, true))
        push({
          type: "FOCUSES_ON",
          subj: x,
          source: x.id,
          target: ind.id,
          method: "pattern",
          confidence: 0.7,
          cs: Math.min(x.cs, s.cs),
          ce: ind.ce,
        });
    }
  },
};
