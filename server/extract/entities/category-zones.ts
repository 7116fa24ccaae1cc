/**
 * A category of zones (国家级新区, 综合保税区: catalog entries of kind "category") after an ordinal or a
 * superlative classifies the zone the sentence is about (兰州新区是第五个国家级新区, 唯一以对俄合作为主题的
 * 国家级新区, 最北部的国家级新区): a predicate, not a mention of the category.
 */
import type { Catalog } from "../catalog";
import { CATEGORY_COPULAS, CATEGORY_DEFINITIONS, entityAlt, escapeRe } from "../lexicon";
import type { Mention } from "./types";

/** A copula before an ordinal (是第五个…, 成为了中国唯一…) or a superlative (最北部的) ending at the category;
 * after a verb of setting up (设立全国首个…, 建成首个…) the category names the new zone and stays. */
const CLASSIFYING = new RegExp(
  `(?:${entityAlt("categoryClassifyingCopulas")})[^，,。；;！？\\n]{0,10}(?:${entityAlt("categoryOrdinals")})[^，,。；;！？\\n]{0,16}$|最[^，,。；;！？\\n]{1,6}的$`,
);

/**
 * The category as a predicate or a description of some zone rather than a zone the text is about: after a
 * copula (升级为…, 均为工业区, 成为…; not the preposition 为 of 海关为综合保税区企业…, nor 因为), after an attribute
 * ending in 的 or 型 in a clause a copula opens (那里是以海洋为主题的国家级新区, 这是内陆型综保区; not 新设立的
 * 综合保税区…, 新型综合保税区; also after a theme 以…为主题的, an ordinal 首个…型, or as the set 在…的综保区中),
 * or as the subject of a definition (综合保税区是一种…; not 是否). Counted (三个综合保税区),
 * governed by a verb (推进综保区转型) or owned by a named place (青岛的综合保税区: a mention ends at 的) it stays;
 * so does a described zone used as a place or listed with other kinds (see KEPT_AFTER).
 */
/** A copula that is no part of a word (但是, 于是, 还是) and no question (是否, 是不是). */
const COPULA = new RegExp(
  `(?<![但于还别其或凡总要只可就不])(?:${CATEGORY_COPULAS.map(escapeRe).join("|")})(?!否|不是)`,
);
/** The words after 是 that define its subject: 是一种…, 是指…, 是…的特殊区域. */
const DEFINITION = new RegExp(
  `^是(?:${CATEGORY_DEFINITIONS.map(escapeRe).join("|")}|[^，,。；;！？\n]{0,30}的[^，,。；;！？\n]{0,8}(?:${entityAlt("categoryDefinitionHeads")}))`,
);
/** After 的 the zone stays when it is a place (…经营的边民互市贸易区内) or one of listed kinds (…的保税区和…). */
const KEPT_AFTER = /[内里和及与、]/;
/** An attribute that states a zone's theme (以海洋经济为主题的…): it describes one zone. */
const THEMED = /以[^，,。；;！？\n]{1,12}为[^，,。；;！？\n]{0,4}的$/;
/** An ordinal before a graded category (首个内陆型综保区): it describes one zone, as a copula does. */
const ORDINAL = new RegExp(entityAlt("categoryOrdinals"));
/** The category as the set a zone is ranked in (在…有统计数据的综保区中): no zone. */
const AMONG = /^中(?![心国])/;
const LETTER = /[A-Za-zＡ-Ｚａ-ｚ]/;
const CLAUSE_END = /[，,。；;：:！？\n]/;

/** The text from the start of the clause to `at`. */
function clauseBefore(norm: string, at: number): string {
  let i = at;
  while (i > 0 && !CLAUSE_END.test(norm[i - 1] ?? "")) i--;
  return norm.slice(i, at);
}

function describesCategory(norm: string, m: Mention, out: readonly Mention[], cat: Catalog): boolean {
  const before = norm.slice(Math.max(0, m.cs - 1), m.cs);
  // a listed item shares the first item's reading (分别为保税区和出口加工区)
  const first = /[和及与、]/.test(before) ? out.find((o) => o.ce === m.cs - 1) : undefined;
  if (first?.id.startsWith("DevZone:") && cat.get(first.id)?.properties.kind === "category")
    return describesCategory(norm, first, out, cat);
  const clause = clauseBefore(norm, m.cs);
  // a place word after the category makes it a place, after a copula too (成为综合保税区内首家…)
  if (/[内里]/.test(norm[m.ce] ?? "")) return false;
  if (before === "为") return CATEGORY_COPULAS.some((c) => c.endsWith("为") && clause.endsWith(c));
  // a lettered type (B型保税物流中心) is a kind of the category, not a description
  if (before === "型" && LETTER.test(norm[m.cs - 2] ?? "")) return false;
  if (before === "型") return COPULA.test(clause) || ORDINAL.test(clause);
  if (before === "的") {
    if (KEPT_AFTER.test(norm[m.ce] ?? "") || out.some((o) => o.ce === m.cs - 1)) return false;
    return COPULA.test(clause) || THEMED.test(clause) || AMONG.test(norm.slice(m.ce));
  }
  return clause === "" && DEFINITION.test(norm.slice(m.ce));
}

/** A province named in full (…省, …自治区), then the rest of a zone's name. */
const PROVINCE_LEAD = /^(.{2,8}?(?:省|自治区))(.+)$/;

/**
 * The province of a zone's name that is a province named in full and a category (广东省综保区各项业务…) or a
 * level of zones (浙江省级新区): the
 * province's zones of that kind together, not one zone (a zone's name puts a city or a place before the
 * category). Undefined for any other name.
 */
function provinceOfCategory(id: string, cat: Catalog): { id: string; name: string } | undefined {
  const m = PROVINCE_LEAD.exec(id.slice("DevZone:".length));
  const province = cat.resolve(m?.[1] ?? "", ["Province"]);
  if (!m || !province?.startsWith("Province:")) return undefined;
  // 浙江省级新区: the province's zones of one level
  if (m[2]?.startsWith("级")) return { id: province, name: m[1] ?? "" };
  const kind = cat.resolve(m[2] ?? "", ["DevZone"]);
  if (kind === undefined || cat.get(kind)?.properties.kind !== "category") return undefined;
  return { id: province, name: m[1] ?? "" };
}

/** Removes (in place) category zones named as the class of an ordinal, a superlative or a description;
 * a province's zones of one category named together leave the province's mention. */
export function dropClassifyingCategories(norm: string, out: Mention[], cat: Catalog): void {
  const dropped = new Set<Mention>();
  for (let k = out.length - 1; k >= 0; k--) {
    const m = out[k];
    if (!m?.id.startsWith("DevZone:")) continue;
    if (cat.get(m.id)?.properties.kind !== "category") {
      const p = provinceOfCategory(m.id, cat);
      if (!p) continue;
      const ce = m.cs + p.name.length;
      if (norm.slice(m.cs, ce) === p.name) out[k] = { id: p.id, cs: m.cs, ce, method: "catalog", parts: [] };
      else out.splice(k, 1);
      continue;
    }
    if (CLASSIFYING.test(norm.slice(Math.max(0, m.cs - 24), m.cs)) || describesCategory(norm, m, out, cat))
      dropped.add(m);
  }
  // removed after all are read, so that a listed item still finds the first one
  for (let k = out.length - 1; k >= 0; k--) if (dropped.has(out[k] as Mention)) out.splice(k, 1);
}
