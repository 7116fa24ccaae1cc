/**
 * The document's referent: the one province or city a deictic place word (我省, 本市, 我区…) stands
 * for — the subject of the document's title (its first line past navigation lines, when a heading whose
 * subject is a province or city), and nothing else. The word stays unresolved when its passage or the
 * passage before names another place of the word's level (a speaker of another province: 广东省…说，我省…).
 */
import { idType as typeOf } from "../../contracts/graph";
import type { Catalog } from "./catalog";
import { clauseStart } from "./clauses";
import type { CtxSubject } from "./discourse";
import type { Mention } from "./entities/types";
import { CLAUSE_TIMES, triggerWords } from "./lexicon";
import { CLAUSE_LEAD, placeOfLevel as ofLevel } from "./relations/context";
import { TIME_LEAD } from "./relations/focus";

/** What a document's deictic place words may stand for. */
export interface DocReferents {
  /** The province or city of the title (undefined: none), once the title line was seen. */
  title: CtxSubject | undefined;
  /** The norm of the title line. */
  titleNorm: string;
  /** Whether the title line was seen (the first line past navigation lines). */
  titleSeen: boolean;
  /** The provinces and cities the previous passage named (with those inside names). */
  prev: string[];
}

export const newReferents = (): DocReferents => ({
  title: undefined,
  titleNorm: "",
  titleSeen: false,
  prev: [],
});

/** A navigation or breadcrumb line before the title (首页 > 新闻, 当前位置：…: triggers.json referentNavigation). */
const NAVIGATION = new RegExp(triggerWords("referentNavigation").join("|"));

/**
 * A deictic place word (triggers.json placeAnaphor: the 我/本/全 + 省/市/区 entries) and the level it
 * names, not part of a longer word (placeAnaphorNotBefore: 全市场, 全区域, 全省份, 本市级, 全省内, 省外…).
 */
const DEICTIC = new RegExp(
  `(${triggerWords("placeAnaphor")
    .filter((w) => /^[我本全][省市区]$/.test(w))
    .join("|")})(?!${triggerWords("placeAnaphorNotBefore").join("|")})`,
  "g",
);

/** Time words alone before the word (今年我省…, 近日我市…). */
const TIMES_ONLY = new RegExp(`^((${CLAUSE_TIMES})(以来)?)+$`);

/** Records the title: the first passage that is no navigation line; its subject when it is a heading. */
export function noteTitle(r: DocReferents, own: CtxSubject | null, norm: string, heading: boolean): void {
  if (r.titleSeen || NAVIGATION.test(norm)) return;
  r.titleSeen = true;
  const level = own ? typeOf(own.id) : "";
  if (!own || !heading || (level !== "Province" && level !== "City")) return;
  r.title = own;
  r.titleNorm = norm;
}

/** The provinces and cities a passage names, with those inside names (广东省商务厅). */
export function placesIn(ms: readonly Mention[]): string[] {
  return ms.flatMap((m) => [m.id, ...m.parts.map((p) => p.id)]).filter((id) => /^(Province|City):/.test(id));
}

/** 区 words that name no district: 我区, 自治区, 地区, 区域, 社区 (triggers.json referentNotDistrict). */
const NOT_DISTRICT = new RegExp(triggerWords("referentNotDistrict").join("|"), "g");
/** A district, zone or area (…区) other than the autonomous region and general 地区/区域. */
const namesDistrict = (text: string) => /区/.test(text.replace(NOT_DISTRICT, ""));

/** The place the word (省, 市 or 区) stands for in this passage, if any. */
function resolve(
  r: DocReferents,
  word: string,
  norm: string,
  here: string[],
  cat: Catalog,
): CtxSubject | undefined {
  const t = r.title;
  if (!t || !ofLevel(word, t.id, cat)) return undefined;
  // another place of the level named here or just before: its own 我省 (广东省…说，我省…)
  if ([...here, ...r.prev].some((id) => id !== t.id && ofLevel(word, id, cat))) return undefined;
  // 我区 of a district or a zone (南宁市青秀区：…, 自贸试验区…) is not the region's
  if (word === "区" && (namesDistrict(r.titleNorm) || namesDistrict(norm))) return undefined;
  return t;
}

/** The deictic words of a passage that resolve, each with its referent (not inside a name). */
export function referentSpans(
  r: DocReferents,
  norm: string,
  ms: readonly Mention[],
  cat: Catalog,
): { ref: CtxSubject; cs: number; ce: number }[] {
  const out: { ref: CtxSubject; cs: number; ce: number }[] = [];
  if (!r.title || !/[我本全][省市区]/.test(norm)) return out;
  const here = placesIn(ms);
  for (const m of norm.matchAll(DEICTIC)) {
    const cs = m.index ?? 0;
    const ce = cs + m[0].length;
    if (ms.some((x) => x.cs < ce && cs < x.ce)) continue;
    // the word is the actor only when it opens its clause (近期，我市开通…, 今年我省…; not 实现全省自贸区…)
    const lead = norm.slice(clauseStart(norm, cs), cs).trim();
    if (lead !== "" && !CLAUSE_LEAD.test(lead) && !TIME_LEAD.test(lead) && !TIMES_ONLY.test(lead)) continue;
    const ref = resolve(r, m[0].slice(1), norm, here, cat);
    if (ref) out.push({ ref, cs, ce });
  }
  return out;
}
