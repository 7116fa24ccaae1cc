import { HAN } from "../clauses";
/**
 * A place written alone in brackets inside a name (某省驻某洲(某市)经贸办事处, 中国—某区域(某市)中小企业合作区):
 * the bracket follows the name's first part at once (a Han character before it) and the name goes on after it,
 * with no punctuation, to a head of data/lexicon/bracketed-name-places.json within a few characters. The sets
 * annotate a place written only inside a name as a relation target only, so the bracketed place is dropped, and
 * with it the places that open the name right before the bracket (joined by a dash, or after 驻: the office's
 * region). A lone place before the bracket with no joint before it glosses the bracket (在某国(某市)设立办事处:
 * both kept). A bracket holding anything else (a route 甲-乙, two places) or followed by no head keeps its places.
 */
import { longestAlternatives, readLexicon } from "../lexicon";
import { PLACE_ID } from "./place-filters";
import type { Mention } from "./types";

const WORDS = readLexicon<{ heads: string[]; maxGap: number; joints: string[] }>(
  "bracketed-name-places.json",
);
const HEAD_AFTER = new RegExp(
  `^[\\u4e00-\\u9fff]{0,${WORDS.maxGap}}?(?:${longestAlternatives(WORDS.heads)})`,
);

/** The places before `at` that open the name: each ends where the next starts or at a joint before it. */
function openingPlaces(norm: string, out: readonly Mention[], at: number): Mention[] {
  const found: Mention[] = [];
  let end = at;
  for (;;) {
    const p = out.find((m) => m.ce === end && PLACE_ID.test(m.id));
    if (!p) return found;
    found.push(p);
    const before = norm[p.cs - 1] ?? "";
    if (!WORDS.joints.includes(before)) return found;
    end = p.cs - 1;
  }
}

/** Removes (in place) the places written inside a name with a bracketed place. */
export function dropBracketedNamePlaces(norm: string, out: Mention[]): void {
  if (!norm.includes("(")) return;
  const drop = new Set<Mention>();
  for (const m of out) {
    if (!PLACE_ID.test(m.id) || norm[m.cs - 1] !== "(" || norm[m.ce] !== ")") continue;
    if (
      !HAN.test(norm[m.cs - 2] ?? "") ||
      !HEAD_AFTER.test(norm.slice(m.ce + 1, m.ce + 1 + WORDS.maxGap + 6))
    )
      continue;
    const opening = openingPlaces(norm, out, m.cs - 1);
    // a lone place right before the bracket, with no joint before it, is glossed (在越南(河内)设立办事处)
    const lone = opening.length === 1 && !WORDS.joints.includes(norm[(opening[0]?.cs ?? 0) - 1] ?? "");
    if (lone) continue;
    drop.add(m);
    for (const p of opening) drop.add(p);
  }
  for (const m of drop) out.splice(out.indexOf(m), 1);
}
