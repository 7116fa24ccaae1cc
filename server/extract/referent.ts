/**
 * The document's referent: the one province or city a deictic place word (我省, 本市, 全区…) stands
 * for. Such a word refers to the place of the document's title (its first line, when a heading whose
 * subject is a province or city of the word's level), else to the only province or city of that level
 * that opened a passage as its subject so far; two different ones leave it unresolved.
 */
import { idType as typeOf } from "../../contracts/graph";
import type { Catalog } from "./catalog";
import { clauseStart } from "./clauses";
import type { CtxSubject } from "./discourse";
import type { Mention } from "./entities/types";
import { CLAUSE_LEAD } from "./relations/context";

/** What the referents of a document are so far, per level (Province, City). */
export interface DocReferents {
  /** The place of the title, per level. */
  title: Map<string, CtxSubject>;
  /** The distinct places of a level that opened a passage as its subject. */
  actors: Map<string, Map<string, CtxSubject>>;
}

export const newReferents = (): DocReferents => ({ title: new Map(), actors: new Map() });

/**
 * A deictic place word and the level it names: 省 a province, 市 a city, 区 an autonomous region (a
 * province named …自治区); not part of a longer word (全市场, 全区域, 全省份, 本市级).
 */
const DEICTIC = /(我|本|全)(省|市|区)(?![场域份级内外属县])/g;

/** Records the subject a passage opens with (from the title when `title`). */
export function noteSubject(r: DocReferents, own: CtxSubject | null, title: boolean): void {
  if (!own) return;
  const level = typeOf(own.id);
  if (level !== "Province" && level !== "City") return;
  if (title && !r.title.has(level)) r.title.set(level, own);
  const seen = r.actors.get(level) ?? new Map<string, CtxSubject>();
  seen.set(own.id, own);
  r.actors.set(level, seen);
}

/** The place a level's deictic word stands for: the title's, else the only actor so far. */
function resolve(r: DocReferents, level: string): CtxSubject | undefined {
  const t = r.title.get(level);
  if (t) return t;
  const seen = r.actors.get(level);
  return seen && seen.size === 1 ? [...seen.values()][0] : undefined;
}

/** The deictic words of a passage that resolve, each with its referent (not inside a name). */
export function referentSpans(
  r: DocReferents,
  norm: string,
  ms: readonly Mention[],
  cat: Catalog,
): { ref: CtxSubject; cs: number; ce: number }[] {
  const out: { ref: CtxSubject; cs: number; ce: number }[] = [];
  if (!/[我本全][省市区]/.test(norm)) return out;
  for (const m of norm.matchAll(DEICTIC)) {
    const cs = m.index ?? 0;
    const ce = cs + m[0].length;
    if (ms.some((x) => x.cs < ce && cs < x.ce)) continue;
    // the word is the actor only when it opens its clause (近期，我市开通…; not 实现全省自贸区…)
    const lead = norm.slice(clauseStart(norm, cs), cs);
    if (lead.trim() !== "" && !CLAUSE_LEAD.test(lead)) continue;
    const level = m[2] === "市" ? "City" : "Province";
    const ref = resolve(r, level);
    if (!ref) continue;
    // 我区/全区 is a province only when that province is an autonomous region
    if (m[2] === "区" && !/自治区$/.test(cat.get(ref.id)?.name ?? "")) continue;
    if (m[2] === "省" && /自治区$/.test(cat.get(ref.id)?.name ?? "")) continue;
    out.push({ ref, cs, ce });
  }
  return out;
}
