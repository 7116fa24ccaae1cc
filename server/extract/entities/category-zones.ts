/**
 * A category of zones (国家级新区, 综合保税区: catalog entries of kind "category") after an ordinal or a
 * superlative classifies the zone the sentence is about (兰州新区是第五个国家级新区, 唯一以对俄合作为主题的
 * 国家级新区, 最北部的国家级新区): a predicate, not a mention of the category.
 */
import type { Catalog } from "../catalog";
import type { Mention } from "./types";

/** A copula before an ordinal (是第五个…, 成为了中国唯一…) or a superlative (最北部的) ending at the category;
 * after a verb of setting up (设立全国首个…, 建成首个…) the category names the new zone and stays. */
const CLASSIFYING =
  /(?:是|成为了?|作为|系)[^，,。；;！？\n]{0,10}(?:第[一二三四五六七八九十百\d]+[个家批]|首个|首家|唯一)[^，,。；;！？\n]{0,16}$|最[^，,。；;！？\n]{1,6}的$/;

/**
 * The category as a predicate or a description of some zone rather than a zone the text is about: after an
 * attribute ending in 的 (以海洋为主题的国家级新区, 忙碌的产业园区) or 型 (内陆型综保区; not B型…), after 为 (升级为…,
 * 均为工业区), or as the subject of a definition (综合保税区是…). Counted (三个综合保税区), governed by a verb
 * (推进综保区转型) or owned by a named place (青岛的综合保税区: a mention ends at 的) it stays;
 * so does a described zone used as a place or listed with other kinds (see KEPT_AFTER).
 */
const DESCRIBING = /(?:的|型|为)$/;
/** After 的 the zone stays when it is a place (…经营的边民互市贸易区内) or one of listed kinds (…的保税区和…). */
const KEPT_AFTER = /[内里和及与、]/;
const LETTER = /[A-Za-zＡ-Ｚａ-ｚ]/;
const CLAUSE_START = /(?:^|[，,。；;：:！？\n])$/;

function describesCategory(norm: string, m: Mention, out: readonly Mention[]): boolean {
  const before = norm.slice(Math.max(0, m.cs - 1), m.cs);
  // a lettered type (B型保税物流中心) is a kind of the category, not a description
  if (before === "型" && LETTER.test(norm[m.cs - 2] ?? "")) return false;
  if (before === "的") return !KEPT_AFTER.test(norm[m.ce] ?? "") && !out.some((o) => o.ce === m.cs - 1);
  if (DESCRIBING.test(before)) return true;
  return norm[m.ce] === "是" && CLAUSE_START.test(norm.slice(Math.max(0, m.cs - 1), m.cs));
}

/** A province named in full (…省, …自治区), then the rest of a zone's name. */
const PROVINCE_LEAD = /^(.{2,8}?(?:省|自治区))(.+)$/;

/**
 * Whether a zone's name is a province named in full and a category (广东省综保区各项业务…): the province's
 * zones of that kind together, not one zone (a zone's name puts a city or a place before the category).
 */
function provinceCategory(id: string, cat: Catalog): boolean {
  const m = PROVINCE_LEAD.exec(id.slice("DevZone:".length));
  if (!m || !cat.resolve(m[1] ?? "", ["Province"])?.startsWith("Province:")) return false;
  const kind = cat.resolve(m[2] ?? "", ["DevZone"]);
  return kind !== undefined && cat.get(kind)?.properties.kind === "category";
}

/** Removes (in place) category zones named as the class of an ordinal, a superlative or a description,
 * and a province's zones of one category named together. */
export function dropClassifyingCategories(norm: string, out: Mention[], cat: Catalog): void {
  for (let k = out.length - 1; k >= 0; k--) {
    const m = out[k];
    if (!m?.id.startsWith("DevZone:")) continue;
    if (cat.get(m.id)?.properties.kind !== "category") {
      if (provinceCategory(m.id, cat)) out.splice(k, 1);
      continue;
    }
    if (CLASSIFYING.test(norm.slice(Math.max(0, m.cs - 24), m.cs)) || describesCategory(norm, m, out))
      out.splice(k, 1);
  }
}
