/**
 * China written only inside a 中-led compound or an X方 form (中蒙边境贸易, 中俄双方, 中方) and never in full in
 * the document is no side of a cooperation: set 21 note (1) (with set 20 notes (8), (19)) resolves such a compound
 * only when both countries are written in full. So a text that never writes China in full (triggers.json
 * "chinaInFull": 中国, 中华人民共和国, 我国) gives no COOPERATES_WITH with it, and a cooperation of China with a
 * country gives none unless the country is written in full too (its name or another name of two characters or
 * more in the catalog or world-countries.json, not an X方 form: 中塔乌三方 writes no 乌兹别克斯坦). Read once per document by document.ts,
 * on the relations of each passage (the passage alone cannot tell).
 */
import type { Catalog } from "../catalog";
import { worldForms } from "../entities/world-countries";
import { triggerWords } from "../lexicon";
import type { FoundRelation } from "./context";

const CHINA = "Country:中国";
const IN_FULL = triggerWords("chinaInFull");

type Rel = Pick<FoundRelation, "type" | "source" | "target">;

/** Whether a (normalized) document text writes China in full somewhere, inside a name or not. */
export function writesChina(norm: string): boolean {
  return IN_FULL.some((w) => norm.includes(w));
}

/** Whether `r` is a cooperation with China, which a document that never writes China in full does not state. */
export function chinaSide(r: Rel): boolean {
  return r.type === "COOPERATES_WITH" && (r.source === CHINA || r.target === CHINA);
}

/**
 * Whether a (normalized) text writes a country in full: a name of it of two characters or more, no X方 form
 * (catalog aliases, and world-countries.json variants such as the names used in Taiwan: 宏都拉斯, 东协).
 */
function countryWritten(norm: string, cat: Catalog, id: string): boolean {
  const e = cat.get(id);
  if (!e) return true;
  const names = [e.name, ...e.aliases, ...worldForms(e.name)];
  return names.some((n) => n.length >= 2 && !n.endsWith("方") && norm.includes(n));
}

/**
 * The test a document's cooperations with China must pass (document.ts): China written in full, and the other
 * side, when a country, written in full too.
 */
export function chinaKept(norm: string, cat: Catalog): (r: Rel) => boolean {
  const china = writesChina(norm);
  return (r) => {
    if (!chinaSide(r)) return true;
    const other = r.source === CHINA ? r.target : r.source;
    return china && (!other.startsWith("Country:") || countryWritten(norm, cat, other));
  };
}
