/**
 * A development-zone category written alone (catalog kind "category") that names no zone of its own:
 * - the short reference of a zone the document names, as the object of a verb or preposition (西宁综合保税区 …
 *   货物进入综保区集拼): that zone, already counted, not the category (a clause's subject, 综保区进出口…, may be
 *   the zones of a region);
 * - a common noun of parks (产业园区建设是亮点, 忙碌的产业园区);
 * - a city's short form for its own zone (项目落户高新区) in a document that never writes it as the class
 *   (国家高新区, 27家高新区, 这些高新区).
 * It stays when counted (两个综合保税区, 12个工业园区), listed (空港和综保区, 出口加工区、产业园区和创新中心; not a
 * short form), named as a term (通常使用工业园区), after a copula (大多数是工业区: category-zones.ts reads it) or
 * followed by a bracketed Latin abbreviation (工业园区（IP）).
 * Words: data/lexicon/bare-categories.json.
 */
import { COUNT_NUMERAL, readLexicon } from "../lexicon";
import type { Names } from "./names";
import type { Mention } from "./types";

const LEX = readLexicon<{
  genericParks: string[];
  localShortForms: string[];
  termVerbs: string[];
  classifiers: string[];
  classLeads: string[];
  shortFormClassLeads: string[];
}>("bare-categories.json");
const GENERIC = new Set(LEX.genericParks);
const LOCAL = new Set(LEX.localShortForms);
/** A count right before the category (两个, 12家, 第28个; 多个 and 几个 are no count). */
const COUNTED = new RegExp(
  `(?![多几])${COUNT_NUMERAL}\\s*(?:${LEX.classifiers.join("|")})[^，,。；;！？\\n]{0,6}$`,
);
const TERM = new RegExp(`(?:${LEX.termVerbs.join("|")})$`);
/** A bracketed Latin abbreviation right after (工业园区（IP）, 综合保税区(CBZ)). */
const ABBREVIATED = /^[（(][A-Za-zＡ-Ｚ]{2,6}[）)]/;
const LIST = /[、和及与]/;
/** Quoted: the word itself (简称“高新区”). */
const QUOTED = /[“"‘「『]$/;
/** The start of a clause (a quotation opening one): a subject, not an object. */
const SUBJECT_SLOT = /(?:^|[，,。；;：:！？!?\n“"「])$/;
/** The work on a zone written right after the category (产业园区建设、…). */
const WORK = /^(?:建设|开发|发展)/;
/** A copula right before: the category is a predicate, read by category-zones.ts. */
const AFTER_COPULA = /是$/;

function isCategory(m: Mention, n: Names): boolean {
  return m.id.startsWith("DevZone:") && n.cat.get(m.id)?.properties.kind === "category";
}

/** Counted, named as a term, quoted, after a copula or abbreviated: the category itself. */
function categoryItself(norm: string, m: Mention): boolean {
  const before = norm.slice(Math.max(0, m.cs - 12), m.cs);
  return (
    COUNTED.test(before) ||
    TERM.test(before) ||
    AFTER_COPULA.test(before) ||
    QUOTED.test(before) ||
    ABBREVIATED.test(norm.slice(m.ce))
  );
}

/**
 * An item of an enumeration (空港和综保区, 出口加工区、产业园区和…, 涉及产业园区建设、…): a list word right before it,
 * or right after it or after the work on it (建设, 开发). The category names a kind there.
 */
function listed(norm: string, m: Mention): boolean {
  const after = norm.slice(m.ce).replace(WORK, "");
  return LIST.test(norm[m.cs - 1] ?? "") || LIST.test(after[0] ?? "");
}

/** The category's own names (综合保税区, 综保区), Han only. */
function namesOf(id: string, n: Names): string[] {
  const e = n.cat.get(id);
  return e ? [e.name, ...e.aliases].filter((a) => /^[\u4e00-\u9fff]{2,}$/.test(a)) : [];
}

/** A zone named in the document whose name ends in one of the category's names (西宁综保区 for 综保区). */
function zoneOfKindNamed(id: string, n: Names): boolean {
  const heads = namesOf(id, n);
  for (const z of n.doc.namedZones())
    if (heads.some((h) => z.length > h.length && z.endsWith(h))) return true;
  return false;
}

/** The short form written as the class somewhere in the document (国家高新区, 27家高新区, 这些高新区). */
function classInDocument(surface: string, n: Names): boolean {
  return new RegExp(
    `(?:${[...LEX.classLeads, ...LEX.shortFormClassLeads].join("|")}|${COUNT_NUMERAL}\\s*(?:${LEX.classifiers.join("|")}))${surface}`,
  ).test(n.doc.text());
}

/** Removes (in place) bare categories that name no zone (see the file comment). */
export function dropBareCategories(norm: string, out: Mention[], n: Names): void {
  for (let k = out.length - 1; k >= 0; k--) {
    const m = out[k];
    if (!m || !isCategory(m, n) || categoryItself(norm, m)) continue;
    const surface = norm.slice(m.cs, m.ce);
    const name = m.id.slice("DevZone:".length);
    if (LOCAL.has(surface)) {
      if (!classInDocument(surface, n)) out.splice(k, 1);
    } else if (listed(norm, m)) continue;
    else if (GENERIC.has(name)) out.splice(k, 1);
    else if (!SUBJECT_SLOT.test(norm.slice(0, m.cs)) && zoneOfKindNamed(m.id, n)) out.splice(k, 1);
  }
}
