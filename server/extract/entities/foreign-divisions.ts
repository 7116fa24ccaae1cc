import type { Catalog } from "../catalog";
import {
  ADMIN_HEAD_WORDS,
  charClass,
  FOREIGN_CITIES,
  FOREIGN_MINISTRY_HEADS,
  NAME_FUNCTION_CHARS,
  readLexicon,
} from "../lexicon";
import { type CountyAfter, countyAfter } from "./counties";
import type { Span } from "./names";
import type { EntityRule, Mention } from "./types";

const lex = readLexicon<{
  anyCountry: string[];
  byCountry: Record<string, string[]>;
  lower: string[];
  firstLevelLower: Record<string, string[]>;
  listHeads: string[];
  badStarts: string[];
  commonWords: string[];
}>("foreign-divisions.json");

const HEADS = [...lex.anyCountry, ...Object.keys(lex.byCountry)].sort((a, b) => b.length - a.length);
const HEAD_ALT = HEADS.join("|");
/** A division's name right after its country (or 的): the shortest run of 2 to 6 Han characters that a head
 * closes, the longest head tried first (HEADS are sorted longest first). */
const DIVISION = new RegExp(`^(的?)((?:[\\u4e00-\\u9fff]{2,6}?)(?:${HEAD_ALT}))(?![长份会级内委界])`);
/** A unit inside the division written right after it (忠清北道忠州市): 2 to 4 characters and a head, not
 * opening a word (市场, 县域: data/lexicon/admin-head-words.json, shared with county-gazetteer) nor 市区, 市长, 市委. */
const LOWER = new RegExp(
  `^(?:首府)?([\\u4e00-\\u9fff]{2,4}?)(?:${lex.lower.join("|")})(?![${[...new Set(ADMIN_HEAD_WORDS.map((w) => w.slice(1)))].join("")}区长委])`,
);
/** Characters of a clause, never inside a place name: the shared function characters, conjunctions, list
 * ends, adverbs and traditional forms. */
const CLAUSE = charClass(NAME_FUNCTION_CHARS, "与和及等到至已也都被與對為從將");
const BAD_START = new RegExp(`^(?:${lex.badStarts.join("|")})`);
/** Heads limited to some countries: the head, then the countries. */
const LIMITED = new Map(Object.entries(lex.byCountry));

const lists = readLexicon<{ listJoints: string[]; listEnds: string[] }>("foreign-cities.json");
/** The next item of a list after a foreign place: a joint (foreign-cities.json listJoints: 、), then 2 to 4
 * characters closed by a list head (listHeads: 省, 州, 市), then a joint, a comma, a list end or the end. */
const ITEM = new RegExp(
  `^(?:${lists.listJoints.join("|")})([\\u4e00-\\u9fff]{2,4}?)(${lex.listHeads.join("|")})(?=${[...lists.listJoints, "，", ",", ...lists.listEnds].join("|")}|$)`,
);

/**
 * Items of a list that goes on after a foreign place (河内市、兴安省、海阳省): each item closed by 省,
 * 州 or 市 right after a foreign place or an item read before it is a City too; one closed by 省 or 州 is a
 * first-level division, marked for dropForeignDivisions as one written after its country is (越南某某省).
 */
function listItems(
  norm: string,
  from: Pick<Span, "cs" | "ce">,
  ctx: Parameters<EntityRule["find"]>[0],
): void {
  let at = from.ce + (norm[from.ce] === "市" ? 1 : 0);
  for (let m = ITEM.exec(norm.slice(at, at + 8)); m; m = ITEM.exec(norm.slice(at, at + 8))) {
    const base = m[1] ?? "";
    const name = m[2] === "市" ? base : base + m[2];
    const joint = m[0].length - base.length - (m[2]?.length ?? 0);
    if (CLAUSE.test(base) || BAD_START.test(base)) return;
    // an item opened by a country's name (芒街市、日本奈良市) is that country's city, read after it
    if (ctx.cands.some((c) => c.cs === at + joint && c.id.startsWith("Country:"))) return;
    const resolved = ctx.n.cat.resolve(name, ["City"]);
    if (resolved && (!resolved.startsWith("City:") || ctx.n.cat.get(resolved)?.parent)) return;
    const id = resolved ?? ctx.n.ensure("City", name);
    const made = ctx.n.cat.get(id);
    if (!resolved && m[2] !== "市" && made && !made.inCatalog) made.properties.kind = DIVISION_KIND;
    ctx.add({
      id,
      cs: at + joint,
      ce: at + m[0].length,
      method: "pattern",
    });
    at += m[0].length;
  }
}

/**
 * The city or county written right after a division ending at `at` (忠清北道忠州市, 万象省万荣县, after
 * 首府 too). A county is read as counties.ts reads one after any place (`countyAfter`, the one owner of
 * that shape), with this rule's clause and opening guards on top. LOWER stays for what that shape does not
 * take: units closed by 市 (the name without 市), 縣, and four-character county names.
 */
function lowerUnit(norm: string, at: number): CountyAfter | undefined {
  const start = at + (norm.startsWith("首府", at) ? 2 : 0);
  const county = countyAfter(norm, start);
  if (county && !CLAUSE.test(county.name) && !BAD_START.test(county.name)) return county;
  const lower = LOWER.exec(norm.slice(at, at + 8));
  const unit = lower?.[0];
  if (!lower || !unit || CLAUSE.test(unit) || BAD_START.test(lower[1] ?? "")) return;
  const name = unit.endsWith("市") ? (lower[1] ?? "") : norm.slice(start, at + unit.length);
  return { cs: start, ce: at + unit.length, name };
}

/** The sub-kind given to a first-level division this rule registers (properties.kind). */
const DIVISION_KIND = "foreign-division";

/** Whether `name` closes with a unit inside a division (老挝某某县), not with a first-level head (日本某某县). */
const lowerHead = (name: string, country: string): boolean =>
  lex.lower.some((h) => name.endsWith(h) && !lex.firstLevelLower[h]?.includes(country));

/** Whether `name` is a division name for `country` (its head allowed there, no clause inside). */
function divisionName(name: string, country: string): boolean {
  const head = HEADS.find((h) => name.endsWith(h)) ?? "";
  const only = LIMITED.get(head);
  // a foreign government's ministry (日本外务省: foreign-ministry-heads.json) is the foreign-ministries rule's
  if ((only && !only.includes(country)) || FOREIGN_MINISTRY_HEADS.some((h) => name.endsWith(h))) return false;
  // a common word ending with the head (经济新闻报道, 地方政府: foreign-divisions.json commonWords) closes none
  if (lex.commonWords.some((w) => name.endsWith(w))) return false;
  const base = name.slice(0, name.length - head.length);
  return base.length >= 2 && !CLAUSE.test(base) && !BAD_START.test(base);
}

/**
 * First-level divisions of foreign countries written right after their country (俄罗斯滨海边疆区,
 * 美国俄勒冈州, 蒙古国东方省), heads in data/lexicon/foreign-divisions.json, and a city or county
 * written right after such a division (忠清北道忠州市). Both are Cities without a province, as foreign
 * cities are; a name the catalog gives another type is left alone. Countries only, not world regions.
 */
export const foreignDivisions: EntityRule = {
  name: "foreign-divisions",
  type: "City",
  priority: 2,
  find(ctx) {
    const { norm, n, add, cands } = ctx;
    // lists that go on after a foreign city of the catalog or of an earlier rule (no province)
    for (const c of cands) if (c.id.startsWith("City:") && !n.cat.get(c.id)?.parent) listItems(norm, c, ctx);
    for (const c of cands) {
      if (!c.id.startsWith("Country:") || c.id === "Country:中国") continue;
      const kind = String(n.cat.get(c.id)?.properties.kind ?? "country");
      if (kind !== "country") continue;
      const country = c.id.slice("Country:".length);
      const m = DIVISION.exec(norm.slice(c.ce, c.ce + 13));
      const name = m?.[2];
      if (!m || !name || !divisionName(name, country)) continue;
      const cs = c.ce + (m[1]?.length ?? 0);
      if (cands.some((o) => o.cs === cs && o.ce >= cs + name.length && o.id !== c.id)) continue;
      // 越南同登县: a district named after a gazetteer city of the country is that city (one entity, not two)
      const base = name.endsWith("县") ? name.slice(0, -1) : "";
      const gazetteer = base && FOREIGN_CITIES.get(country)?.includes(base) ? base : name;
      const resolved = n.cat.resolve(gazetteer, ["City"]);
      if (resolved && !resolved.startsWith("City:")) continue;
      const id = resolved ?? n.ensure("City", gazetteer);
      const made = n.cat.get(id);
      // a first-level division (not a district closed by 县, nor a gazetteer city) is marked for dropForeignDivisions
      if (!resolved && !lowerHead(name, country) && made && !made.inCatalog)
        made.properties.kind = DIVISION_KIND;
      add({ id, cs, ce: cs + name.length, method: "pattern" });
      const at = cs + name.length;
      listItems(norm, { cs, ce: at }, ctx);
      const unit = lowerUnit(norm, at);
      if (!unit) continue;
      const ures = n.cat.resolve(unit.name, ["City"]);
      if (ures && !ures.startsWith("City:")) continue;
      add({ id: ures ?? n.ensure("City", unit.name), cs: unit.cs, ce: unit.ce, method: "pattern" });
    }
  },
};

/**
 * Removes (in place) the mentions of the first-level divisions foreignDivisions registered (俄罗斯滨海边疆区,
 * 蒙古国东方省, 韩国忠清北道), also where the name comes back bare later in the text: the sets annotate no
 * foreign region that is not a city (sets 14-22), only the cities and counties written in it (忠清北道忠州市 keeps
 * 忠州). The division's span still keeps the cities of its name (万象 of 万象省) from being read inside it. A
 * division written right after its country widens the country's mention over it: the country stands for the
 * whole phrase, as a list's item (与甲国某省、乙国某道签署: both countries are the partners).
 */
export function dropForeignDivisions(out: Mention[], cat: Catalog): void {
  for (let k = out.length - 1; k >= 0; k--) {
    const m = out[k];
    if (!m?.id.startsWith("City:") || cat.get(m.id)?.properties.kind !== DIVISION_KIND) continue;
    out.splice(k, 1);
    const c = out.findIndex((o) => o.ce === m.cs && o.id.startsWith("Country:") && o.id !== "Country:中国");
    const country = out[c];
    if (country) out[c] = { ...country, ce: m.ce };
  }
}

/** The end of a first-level division written at `at` right after `country` (蒙古国东方省), or `at` when none. */
export function divisionEnd(norm: string, at: number, country: string): number {
  const m = DIVISION.exec(norm.slice(at, at + 13));
  const name = m?.[2];
  if (!m || !name || !divisionName(name, country) || lowerHead(name, country)) return at;
  return at + (m[1]?.length ?? 0) + name.length;
}
