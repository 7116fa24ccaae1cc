/**
 * A place written at the start of a non-governmental institution's name (美国商会, 某国总商会, 某国总统战略研究所,
 * 某国国立大学, 亚太研究中心) opens that name: the sets annotate places written only inside a name as relation
 * targets only, so the mention is dropped (the place written elsewhere in the text still counts). Read only
 * before a head of data/lexicon/institution-places.json, right after the place or after up to two whole words
 * of its `nameWords` (国立, 总统, 战略…), as event-names.ts and facility-places.ts do: any other word between
 * (某国政府支持商会, 某国各地商会, 某国名牌大学) belongs to the clause and keeps the place. A head that goes on
 * into a longer word (大学生, 研究所得, 研究院所, 大学教育, 商会议, 商会同) opens no name, unless that word
 * belongs to the institution (大学校长, 研究所所长). Bodies of a government (部, 局, 委员会)
 * are left to the organisation rules.
 */
import { ASSOCIATION_NOT_BEFORE, longestAlternatives, readLexicon } from "../lexicon";
import { dropPlacesOpening, endsPlaceList, PLACE_ID } from "./place-filters";
import type { Mention } from "./types";

const WORDS = readLexicon<{
  heads: string[];
  nameWords: string[];
  notAfterHead: string[];
  needsName: string[];
  headGoesOnExcept: string[];
}>("institution-places.json");
const HEAD = new RegExp(
  `^((?:${longestAlternatives(WORDS.nameWords)}){0,2})(${longestAlternatives(WORDS.heads)})(?!(?!${WORDS.headGoesOnExcept.join("|")})[${WORDS.notAfterHead.join("")}${ASSOCIATION_NOT_BEFORE}])`,
);
const ANY_HEAD = new RegExp(WORDS.heads.join("|"));
/**
 * True when the place ending at `ce` opens the name of an institution written right after it (exported for
 * abbreviations.ts, which tests a country written inside an organisation's name the same way).
 */
export function opensInstitution(norm: string, p: { ce: number }): boolean {
  const after = norm.slice(p.ce, p.ce + 12);
  const hit = HEAD.exec(after);
  if (!hit) return false;
  return (hit[1] ?? "") !== "" || !WORDS.needsName.includes(hit[2] ?? "");
}

/** Removes (in place) the places that open an institution's name. */
export function dropInstitutionPlaces(norm: string, out: Mention[]): void {
  if (!ANY_HEAD.test(norm)) return;
  const opens = new Set(out.filter((m) => PLACE_ID.test(m.id) && opensInstitution(norm, m)));
  // a place right before another that opens the name opens it too (某省某区域研究中心)
  const openStarts = new Set([...opens].map((o) => o.cs));
  dropPlacesOpening(out, (m) => (opens.has(m) || openStarts.has(m.ce)) && !endsPlaceList(norm, out, m));
}
