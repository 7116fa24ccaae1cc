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

/** Removes (in place) category zones named as the class of an ordinal or a superlative. */
export function dropClassifyingCategories(norm: string, out: Mention[], cat: Catalog): void {
  for (let k = out.length - 1; k >= 0; k--) {
    const m = out[k];
    if (!m?.id.startsWith("DevZone:") || cat.get(m.id)?.properties.kind !== "category") continue;
    if (CLASSIFYING.test(norm.slice(Math.max(0, m.cs - 24), m.cs))) out.splice(k, 1);
  }
}
