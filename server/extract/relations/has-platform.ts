import { type Catalog, nodeId } from "../catalog";
import { clauseOf, sentenceEnd, sentenceStart } from "../clauses";
import type { Mention } from "../entities/types";
import { relationAlt, trigger } from "../lexicon";
import { pointAt } from "./cooperate";
import { T_LOCATED_AT, T_PLATFORM } from "./triggers";
import type { RelationRule } from "./types";

/**
 * HAS_PLATFORM: a named development zone of a passage whose text has a platform word (triggers.json
 * "platform") belongs to the subject by the shared choice. When a platform word stands before the
 * development zone in its clause, the subject is the one before that word (郑州片区包括郑州航空港
 * 区块、郑州经济技术开发区: 郑州片区, not the 郑州 of an item listed after 包括).
 */
const SUBJECT = ["FreeTradeZone", "Area", "Province", "City"];
/** After the zone in its clause: it is called a platform, or is being set up (…等平台建设, …获批设立). */
const PLATFORM_AFTER = new RegExp(relationAlt("platformAfterWords"));

/**
 * A zone named only to modify what follows it (天府新区政务服务中心, 滨海新区负责人, 浦东新区人民政府): the
 * venue, body or person, not the zone, is what the clause speaks of.
 */
const MODIFIES = new RegExp(`^(相关)?(${relationAlt("platformModifiedNouns")})`);
/**
 * The zone is where the subject lies (大兴机场片区位于…临空经济区范围内), not a platform it has: a locative
 * word before it in its clause with no platform word between (not 位于泸州的片区依托X综合保税区).
 */
function placedIn(clauseHead: string): boolean {
  const at = [...clauseHead.matchAll(new RegExp(T_LOCATED_AT.source, "g"))].pop();
  return !!at && !T_PLATFORM.test(clauseHead.slice((at.index ?? 0) + at[0].length));
}

/**
 * The zone is named after a province or city other than the subject and outside it (a province's title
 * topic and 北京天竺综合保税区 listed as an earlier zone elsewhere): the name places it, so it is no
 * platform of that subject.
 */
function namedElsewhere(cat: Catalog, parts: readonly { id: string }[], subject: string): boolean {
  return parts.some((p) => {
    if (p.id === subject) return false;
    const e = cat.get(p.id);
    if (e?.type === "Province") return true;
    if (e?.type !== "City") return false;
    if (subject.startsWith("City:")) return true;
    return !e.parent || nodeId("Province", e.parent) !== subject;
  });
}

/**
 * A verb of proposing in the zone's clause, read as a verb: triggers.json "proposalVerbs" (建议, 提议,
 * 倡议, 呼吁) followed by what is proposed ("proposalObjects": 在, 设立, 建设…: 甲省建议在乙港区设立丙开发区),
 * or 提出 with the place a zone should be set up in (提出在乙港区设立…); not the noun of “一带一路”倡议
 * (after a closing quote), nor 提出依托X综保区建设平台 (the subject's own plan).
 */
const PROPOSES = new RegExp(
  `(?<![”"》])(${trigger("proposalVerbs").source})[:：，,]?(${trigger("proposalObjects").source})|提出[^，,；;。]*在`,
);

/** Between the items of one list: separators and a count of areas (福州、厦门、平潭三个片区，福州高新区). */
const LIST_GAP = /^([、，,和及与\s]|[一二三四五六七八九十两\d]+个片区)*$/;

/**
 * The zone is an item of the same list as the subject (A片区、B片区，C高新区和D投资区分别介绍…): a fellow
 * item, not a platform the subject has.
 */
function listedWith(norm: string, ms: Mention[], s: Mention, d: Mention): boolean {
  if (s.ce > d.cs) return false;
  let gap = "";
  let k = s.ce;
  for (const m of ms) {
    if (m.cs < k || m.ce > d.cs) continue;
    gap += norm.slice(k, m.cs);
    k = m.ce;
  }
  gap += norm.slice(k, d.cs);
  return gap.length > 0 && LIST_GAP.test(gap);
}

/**
 * A clause with no subject of its own: a copula opens it (…获批设立，成为甲省…平台); never a bare 为 or 将为,
 * a preposition there (为甲省电商平台带来机遇).
 */
const COPULA_OPENS = new RegExp(
  `^\\s*(${relationAlt("platformCopulaLeads")})?(${relationAlt("platformCopulas")})$`,
);
/** What closes that clause: the platform word itself (…的重要平台, …的载体之一), not 平台 inside a phrase. */
const PLATFORM_CLOSES = new RegExp(`(${relationAlt("platformCloseNouns")})(之一)?\\s*$`);

/**
 * The same place named again in a later clause of the zone's sentence that opens with a copula and calls the
 * zone its platform (甲省乙新区获批设立，成为甲省对外合作的重要平台): that mention, else undefined.
 */
function calledPlatformOf(norm: string, ms: Mention[], s: Mention, d: Mention): Mention | undefined {
  const end = sentenceEnd(norm, d.ce);
  return ms.find((m) => {
    if (m.id !== s.id || m.cs < d.ce || m.ce > end) return false;
    const [a, b] = clauseOf(norm, m.cs);
    return COPULA_OPENS.test(norm.slice(a, m.cs)) && PLATFORM_CLOSES.test(norm.slice(m.ce, b));
  });
}

/** A 的-modifier opened by a word of adjacency (紧邻口岸的, 毗邻机场的: relation-words.json platformAdjacencyModifiers). */
const ADJACENT_OPENS = new RegExp(`^(${relationAlt("platformAdjacencyModifiers")})[^，,；;：:]*的$`);

/**
 * The zone opens its sentence after a 的-modifier of adjacency with no platform word (紧邻口岸的乙合作区，是…),
 * and the subject lies before that sentence; not a modifier referring back to the subject's area (片区内的, 其所辖的).
 */
function opensSentence(norm: string, s: Mention, d: Mention): boolean {
  const start = sentenceStart(norm, d.cs);
  const head = norm.slice(start, d.cs);
  return s.ce <= start && ADJACENT_OPENS.test(head) && !T_PLATFORM.test(head);
}

/** The HAS_PLATFORM of subject `s` and zone `d`, read from `s` to `d`. */
function platformOf(s: Mention, d: Mention) {
  return {
    type: "HAS_PLATFORM",
    subj: s,
    source: s.id,
    target: d.id,
    method: "pattern",
    confidence: 0.75,
    cs: s.cs,
    ce: d.ce,
  } as const;
}

export const hasPlatform: RelationRule = {
  name: "has-platform",
  types: ["HAS_PLATFORM"],
  find({ norm, ms, cat, trigText, fromCtx, push, of, subjectBefore }) {
    if (T_PLATFORM.test(trigText)) {
      for (const d of of("DevZone")) {
        if (cat.get(d.id)?.properties.kind === "category") continue;
        const [from] = clauseOf(norm, d.cs);
        if (MODIFIES.test(norm.slice(d.ce)) || placedIn(norm.slice(from, d.cs))) continue;
        const words = [...norm.slice(from, d.cs).matchAll(new RegExp(T_PLATFORM.source, "g"))];
        const last = words[words.length - 1];
        const at = last ? pointAt(from + (last.index ?? 0)) : d;
        const s = subjectBefore(at, SUBJECT) ?? (at === d ? undefined : subjectBefore(d, SUBJECT));
        if (!s) continue;
        // the zone opens its own sentence after a 的-modifier of adjacency (紧邻口岸的乙合作区，是…): that sentence
        // speaks of the zone, and a subject named in an earlier sentence holds nothing in it
        if (opensSentence(norm, s, d)) continue;
        // a province or city carried from a heading or an earlier sentence (甲省再添一座综保区 as the
        // title, then 获批建设的乙综保区…接受检查) is a setting: holding a zone is said of a place named
        // in the zone's own sentence
        if (fromCtx.has(s) && /^(Province|City):/.test(s.id)) continue;
        if (d.parts.some((p) => p.id === s.id) || listedWith(norm, ms, s, d)) continue;
        // a province or city written right before the zone's name (甲省乙新区) says where it lies, not what it
        // has — unless a later clause calls the zone that place's platform (…获批设立，成为甲省…平台)
        if (/^(Province|City):/.test(s.id) && /^的?$/.test(norm.slice(s.ce, d.cs))) {
          const later = calledPlatformOf(norm, ms, s, d);
          if (later) push({ ...platformOf(later, d), cs: d.cs, ce: clauseOf(norm, later.cs)[1] });
          continue;
        }
        // the subject proposes the zone in its clause (甲省建议在乙港区设立丙开发区): a proposal, not a
        // platform it has
        if (PROPOSES.test(norm.slice(Math.max(s.ce, clauseOf(norm, d.cs)[0]), d.cs))) continue;
        if (/^(Province|City):/.test(s.id) && namedElsewhere(cat, d.parts, s.id)) continue;
        // a province or city holds the zone only when a platform word says so between them in the
        // zone's clause, or that clause calls it a platform being built (推动X等平台建设); a platform
        // word elsewhere in the passage (or 有 inside 有色金属), or in an earlier clause (X省搭建…平台，
        // …；巩固提升Y产业园), says nothing of a zone it merely names
        const [dFrom, to] = clauseOf(norm, d.cs);
        if (
          /^(Province|City):/.test(s.id) &&
          !T_PLATFORM.test(norm.slice(Math.max(s.ce, dFrom), d.cs)) &&
          !PLATFORM_AFTER.test(norm.slice(d.ce, to))
        )
          continue;
        push(platformOf(s, d));
      }
    }
  },
};
