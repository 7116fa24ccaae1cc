/**
 * A place written in brackets inside a name (某组织（某市）国际物流园, 中国（某市）跨境电子商务综合试验区, 某省驻
 * 某洲（某市）经贸办事处) qualifies that name, and so does a place written right before such a bracket: both are
 * inside the name, which the sets annotate as relation targets only. Read only when the name goes on right after
 * the bracket and ends in a zone's, park's or office's head (data/lexicon/bracketed-qualifiers.json) within `maxTail` characters, with none
 * of its breaks between (a bracket closing a train's name, 中欧班列（某市）开行, is left alone). Only a bracketed city is
 * read so: a bracketed province glosses the city before it (厦门（福建省）设立经济特区).
 */
import { DEV_ZONE_HEADS, PARK_HEADS, readLexicon, ZONE_HEADS } from "../lexicon";
import { PLACE_ID } from "./place-filters";
import type { Mention } from "./types";

const WORDS = readLexicon<{
  heads: string[];
  breaks: string[];
  maxTail: number;
  openBrackets: string;
  closeBrackets: string;
  bracketedTypes: string[];
  genericEnds: string[];
}>("bracketed-qualifiers.json");
/** Zone, park and office heads, longest first (a break word inside one, 开发区, is no break). */
const HEADS = [...new Set([...DEV_ZONE_HEADS, ...PARK_HEADS, ...ZONE_HEADS, ...WORDS.heads])].sort(
  (a, b) => b.length - a.length,
);
const TAIL = new RegExp(`^([\\u4e00-\\u9fff]{0,${WORDS.maxTail}}?)(?:${HEADS.join("|")})`);
const CJK = /[\u4e00-\u9fff]/;

/** True when the name goes on after the bracket closing at `close` and ends in a head. */
function nameGoesOn(norm: string, close: number): boolean {
  const hit = TAIL.exec(norm.slice(close + 1, close + 1 + WORDS.maxTail + 10));
  return (
    !!hit &&
    !WORDS.breaks.some((w) => (hit[1] ?? "").includes(w)) &&
    !WORDS.genericEnds.some((w) => hit[0].endsWith(w))
  );
}

/** True when the place at m sits in brackets inside a name that goes on after them. */
function bracketed(norm: string, m: Mention): boolean {
  return (
    WORDS.bracketedTypes.includes(m.id.slice(0, m.id.indexOf(":"))) &&
    WORDS.openBrackets.includes(norm[m.cs - 1] ?? "x") &&
    WORDS.closeBrackets.includes(norm[m.ce] ?? "x") &&
    CJK.test(norm[m.cs - 2] ?? "") &&
    nameGoesOn(norm, m.ce)
  );
}

/** Removes (in place) the places that qualify a name in brackets, and the place written right before them. */
export function dropBracketedQualifiers(norm: string, out: Mention[]): void {
  if (!/[(（]/.test(norm)) return;
  const places = out.filter((m) => PLACE_ID.test(m.id));
  const drop = new Set<Mention>();
  for (const m of places) {
    if (!bracketed(norm, m)) continue;
    drop.add(m);
    const before = places.find((p) => p.ce === m.cs - 1);
    if (before) drop.add(before);
  }
  for (let k = out.length - 1; k >= 0; k--) if (drop.has(out[k] as Mention)) out.splice(k, 1);
}
