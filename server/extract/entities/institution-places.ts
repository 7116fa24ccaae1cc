/**
 * A place written at the start of a non-governmental institution's name (美国商会, 某国总商会, 某国总统战略研究所,
 * 某国国立大学, 亚太研究中心) opens that name: the sets annotate places written only inside a name as relation
 * targets only, so the mention is dropped (the place written elsewhere in the text still counts). Read only
 * before a head of data/lexicon/institution-places.json, at most `maxGap` name characters after the place and
 * with none of its `breaks` (a verb or conjunction that ends the name: 在中国设立研究中心, 中国与东盟商会) in
 * between. Bodies of a government (部, 局, 委员会) are left to the organisation rules.
 */
import { readLexicon } from "../lexicon";
import { PLACE_ID } from "./place-filters";
import type { Mention } from "./types";

const WORDS = readLexicon<{
  heads: string[];
  breaks: string[];
  notAfterHead: string[];
  needsName: string[];
  maxGap: number;
}>("institution-places.json");
const HEAD = new RegExp(
  `^([\\u4e00-\\u9fff]{0,${WORDS.maxGap}}?)(${WORDS.heads.join("|")})(?![${WORDS.notAfterHead.join("")}])`,
);
const ANY_HEAD = new RegExp(WORDS.heads.join("|"));

const ENDS_IN_HEAD = new RegExp(`(?:${WORDS.heads.join("|")})$`);

/** True when a name ends in an institution's head (柬埔寨总商会, 某国国立大学): not a company's name. */
export function namesInstitution(name: string): boolean {
  return ENDS_IN_HEAD.test(name);
}

/** True when the place at m opens the name of an institution written right after it. */
function opensInstitution(norm: string, m: Mention): boolean {
  const hit = HEAD.exec(norm.slice(m.ce, m.ce + WORDS.maxGap + 3));
  if (!hit) return false;
  const gap = hit[1] ?? "";
  if (gap === "" && WORDS.needsName.includes(hit[2] ?? "")) return false;
  return !WORDS.breaks.some((w) => gap.includes(w));
}

/** Removes (in place) the places that open an institution's name. */
export function dropInstitutionPlaces(norm: string, out: Mention[]): void {
  if (!ANY_HEAD.test(norm)) return;
  for (let k = out.length - 1; k >= 0; k--) {
    const m = out[k];
    if (m && PLACE_ID.test(m.id) && opensInstitution(norm, m)) out.splice(k, 1);
  }
}
