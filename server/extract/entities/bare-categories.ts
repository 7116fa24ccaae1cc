/**
 * A development-zone category written alone (catalog kind "category") that names no zone of its own:
 * - the short reference of a zone the document names, as the object of a verb or preposition (河湾综合保税区 …
 *   货物运进综保区): that zone, already counted, not the category (a clause's subject, 综保区进出口…, may be
 *   the zones of a region);
 * - a common noun of parks (产业园区建设提速, 忙碌的产业园区);
 * - a city's short form for its own zone (项目落户高新区) in a document that never writes it as the class
 *   (国家高新区, 27家高新区, 这些高新区);
 * - a kind being built, as an object (将保税区的建设…, 码头建设和保税区建设), unless built into a result
 *   (将综合保税区建设成为…: the city's own zone);
 * - a place shortened from a zone of its kind or a longer kind the document names (阿拉山口综合保税区 … 保税区内,
 *   河湾综合保税区 … 综保区内).
 * It stays when counted (两个综合保税区, 12个省级工业园区), listed (空港和综保区, 出口加工区、产业园区和创新中心; a
 * short form only beside a category that is none: 经开区、高新区、综保区等), named as a term (通常使用工业园区), after
 * a copula (大多数是工业区, 整合为综合保税区: category-zones.ts reads it) or followed by a bracketed Latin
 * abbreviation (工业园区（IP）). A named zone refers to its own category only (河湾综合保税区: not 保税区), save
 * where the shorter category is written as a place (保税区内).
 * Words: data/lexicon/bare-categories.json.
 */
import { CATEGORY_COPULAS, COUNT_NUMERAL, readLexicon } from "../lexicon";
import type { Names } from "./names";
import type { Mention } from "./types";

const LEX = readLexicon<{
  genericParks: string[];
  localShortForms: string[];
  termVerbs: string[];
  classifiers: string[];
  classLeads: string[];
  shortFormClassLeads: string[];
  countModifiers: string[];
  verbsBecoming: string[];
  builtWords: string[];
  builtNotAfter: string[];
  builtObjectLeads: string[];
  zoneLocatives: string[];
}>("bare-categories.json");
const GENERIC = new Set(LEX.genericParks);
const LOCAL = new Set(LEX.localShortForms);
/** A count right before the category, a modifier between (两个, 12家, 3个省级; 多个 and 几个 are no count). */
const COUNTED = new RegExp(
  `(?![多几])${COUNT_NUMERAL}\\s*(?:${LEX.classifiers.join("|")})(?:${LEX.countModifiers.join("|")})?$`,
);
const TERM = new RegExp(`(?:${LEX.termVerbs.join("|")})$`);
/** A bracketed Latin abbreviation right after (工业园区（IP）, 综合保税区(CBZ)). */
const ABBREVIATED = /^[（(][A-Za-zＡ-Ｚ]{2,6}[）)]/;
const LIST = /[、和及与]/;
/** The gap between two items of one list. */
const LIST_GAP = /^\s*(?:[、和及与]|以及)\s*$/;
/** Quoted: the word itself (简称“高新区”). */
const QUOTED = /[“"‘「『]$/;
/** The start of a clause (a quotation opening one): a subject, not an object. */
const SUBJECT_SLOT = /(?:^|[，,。；;：:！？!?\n“"「])$/;
/** Inside a bracketed title or headline (《综保区发展报告》): a work's or a column's title, not an object. */
const IN_TITLE = /[【《][^】》\n]{0,12}$/;
/** The work on a zone written right after the category (产业园区建设、…). */
const WORK = /^(?:建设|开发|发展)/;
/** The building of the kind written right after the category (保税区的建设, 保税区建设): a kind of zone, no zone. */
const BUILT = new RegExp(`^的?(?:${LEX.builtWords.join("|")})(?!${LEX.builtNotAfter.join("|")})`);
/** The work on another thing right before a list word (物流建设和保税区建设): a list of works, not of categories. */
const WORK_BEFORE = new RegExp(`(?:${LEX.builtWords.join("|")})${LIST.source}$`);
/** A locative right after the category (保税区内): a place, one zone. */
const LOCATIVE = new RegExp(`^(?:${LEX.zoneLocatives.join("|")})`);
/**
 * A copula right before (category-heads.json copulas, bare-categories.json verbsBecoming: 整合为, 转型为): the
 * category is a predicate, read by category-zones.ts. Never a bare 为, a preposition there (为综合保税区企业提供…).
 */
const AFTER_COPULA = new RegExp(`(?:${[...CATEGORY_COPULAS, ...LEX.verbsBecoming].join("|")})$`);

function isCategory(m: Mention, n: Names): boolean {
  return m.id.startsWith("DevZone:") && n.cat.get(m.id)?.properties.kind === "category";
}

/** Counted, named as a term, quoted, in a title, after a copula or abbreviated: the category itself. */
function categoryItself(norm: string, m: Mention): boolean {
  const before = norm.slice(Math.max(0, m.cs - 12), m.cs);
  return (
    COUNTED.test(before) ||
    TERM.test(before) ||
    AFTER_COPULA.test(before) ||
    QUOTED.test(before) ||
    IN_TITLE.test(before) ||
    ABBREVIATED.test(norm.slice(m.ce))
  );
}

/**
 * An item of an enumeration (空港和综保区, 出口加工区、产业园区和…, 涉及产业园区建设、…): a list word right before it,
 * or right after it or after the work on it (建设, 开发). The category names a kind there.
 */
function listed(norm: string, m: Mention, out: Mention[]): boolean {
  const after = norm.slice(m.ce).replace(WORK, "");
  const mark = norm[m.cs - 1] ?? "";
  // (与 after a subject is a preposition, 该村与工业园区…: a list only after a name)
  if (mark === "与" && !out.some((o) => o.ce === m.cs - 1)) return LIST.test(after[0] ?? "");
  return LIST.test(mark) || LIST.test(after[0] ?? "");
}

/** The category a zone's name ends in, the longest one (河湾综合保税区 → 综合保税区, not 保税区). */
function ownCategory(z: string, n: Names): string | undefined {
  for (let i = 1; i < z.length - 1; i++) {
    const id = n.cat.resolve(z.slice(i), ["DevZone"]);
    if (id && n.cat.get(id)?.properties.kind === "category") return id;
  }
  return undefined;
}

/** A zone named in the document whose own category is this one (河湾综保区 for 综保区; not 河湾综合保税区 for 保税区). */
function zoneOfKindNamed(id: string, n: Names): boolean {
  for (const z of n.doc.namedZones()) if (ownCategory(z, n) === id) return true;
  return false;
}

/**
 * A zone named in the document whose own category is this one or a longer one ending in its name (河湾综合保税区
 * for 综合保税区 or 综保区; 阿拉山口综合保税区 for 保税区): the bare word written as a place (保税区内) is that
 * zone's shortened name, whatever its slot.
 */
function zoneOfKindOrLongerNamed(name: string, n: Names): boolean {
  for (const z of n.doc.namedZones()) {
    const own = ownCategory(z, n)?.slice("DevZone:".length);
    if (own?.endsWith(name)) return true;
  }
  return false;
}

/** The class reading of each short form, for the document last read (its text scanned once per form). */
const classCache = { text: "", forms: new Map<string, boolean>() };

/** The short form written as the class somewhere in the document (国家高新区, 27家高新区, 这些高新区; not 多个). */
function classInDocument(surface: string, n: Names): boolean {
  const text = n.doc.text();
  if (classCache.text !== text) classCache.forms.clear();
  classCache.text = text;
  const known = classCache.forms.get(surface);
  if (known !== undefined) return known;
  const found = new RegExp(
    `(?:${[...LEX.classLeads, ...LEX.shortFormClassLeads].join("|")}|(?![多几])${COUNT_NUMERAL}\\s*(?:${LEX.classifiers.join("|")}))${surface}`,
  ).test(text);
  classCache.forms.set(surface, found);
  return found;
}

/** The building of the kind as an object (将保税区的建设…, 物流建设和保税区建设), not listed beside another category. */
function builtKind(norm: string, m: Mention): boolean {
  if (!BUILT.test(norm.slice(m.ce))) return false;
  const mark = norm[m.cs - 1] ?? "";
  return LEX.builtObjectLeads.includes(mark) || WORK_BEFORE.test(norm.slice(Math.max(0, m.cs - 3), m.cs));
}

/** Listed beside a category other than a city's short form (经开区、高新区、综保区等): the kinds themselves. */
function listedWithCategories(norm: string, m: Mention, out: Mention[], n: Names): boolean {
  const sorted = out.filter((o) => isCategory(o, n)).sort((a, b) => a.cs - b.cs);
  let i = sorted.indexOf(m);
  let j = i;
  while (i > 0 && LIST_GAP.test(norm.slice(sorted[i - 1]?.ce ?? 0, sorted[i]?.cs ?? 0))) i--;
  while (j < sorted.length - 1 && LIST_GAP.test(norm.slice(sorted[j]?.ce ?? 0, sorted[j + 1]?.cs ?? 0))) j++;
  return sorted.slice(i, j + 1).some((o) => o !== m && !LOCAL.has(norm.slice(o.cs, o.ce)));
}

/** Removes (in place) bare categories that name no zone (see the file comment). */
export function dropBareCategories(norm: string, out: Mention[], n: Names): void {
  for (let k = out.length - 1; k >= 0; k--) {
    const m = out[k];
    if (!m || !isCategory(m, n) || categoryItself(norm, m)) continue;
    const surface = norm.slice(m.cs, m.ce);
    const name = m.id.slice("DevZone:".length);
    if (LOCAL.has(surface)) {
      if (!classInDocument(surface, n) && !listedWithCategories(norm, m, out, n)) out.splice(k, 1);
    } else if (builtKind(norm, m)) out.splice(k, 1);
    else if (listed(norm, m, out)) continue;
    else if (GENERIC.has(name) || (LOCATIVE.test(norm.slice(m.ce)) && zoneOfKindOrLongerNamed(name, n)))
      out.splice(k, 1);
    else if (!SUBJECT_SLOT.test(norm.slice(0, m.cs)) && zoneOfKindNamed(m.id, n)) out.splice(k, 1);
  }
}
