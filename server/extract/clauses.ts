/**
 * Clause and sentence scanning inside one passage (the normalised clean text of a sentence, see
 * text.ts for line breaks and sentence segmentation). One punctuation set for every rule.
 */
import { CodeSet } from "./code-set";

/**
 * The characters that close a clause, without colons (full and half width: normalised text holds , ; for
 * ，；), for the character classes of rules' own patterns: [^${CLAUSE_MARKS}].
 */
export const CLAUSE_MARKS = "，,；;。！？!?";
/** The one-character joins of a list (甲、乙, 甲和乙, 甲及乙, 甲与乙), for rules' character classes: [${LIST_MARKS}]. */
export const LIST_MARKS = "、和及与";
/** A gap that is one list join and nothing else (甲、乙; 甲和乙). */
export const LIST_JOIN = new RegExp(`^[${LIST_MARKS}]$`);
/** Punctuation that ends a clause: commas, semicolons, colons and sentence ends (full and half width). */
export const CLAUSE_END = new RegExp(`[${CLAUSE_MARKS}：:\n]`);
/** CLAUSE_END by code unit (the scans below test codes, not one-character strings). */
const CLAUSE_END_CODES = CodeSet.of(`${CLAUSE_MARKS}：:\n`);
/** The same without colons: a colon introduces what follows rather than closing a clause. */
const CLAUSE_END_THROUGH_COLON_CODES = CodeSet.of(`${CLAUSE_MARKS}\n`);
/** Punctuation that ends a sentence. */
export const SENTENCE_END = /[。！？!?]/;
/** The rest of a sentence asks a question: it ends in ？ or in 吗 (…是重要的合作伙伴吗？, …开通了吗？). */
export const QUESTION_REST = /^[^。！!？?；;]*(吗(?=[。！!；;]|$)|[？?])/;

/** Start of the clause that contains `pos`. */
export function clauseStart(text: string, pos: number): number {
  let a = pos;
  while (a > 0 && !CLAUSE_END_CODES.has(text.charCodeAt(a - 1))) a--;
  return a;
}

/** End (exclusive) of the clause that contains `pos`; `throughColon` keeps going past colons. */
export function clauseEnd(text: string, pos: number, throughColon = false): number {
  const stop = throughColon ? CLAUSE_END_THROUGH_COLON_CODES : CLAUSE_END_CODES;
  let b = pos;
  while (b < text.length && !stop.has(text.charCodeAt(b))) b++;
  return b;
}

/** [start, end) of the clause that contains `pos`. */
export function clauseOf(text: string, pos: number): [number, number] {
  return [clauseStart(text, pos), clauseEnd(text, pos)];
}

/** Start of the sentence that contains `pos` (after the last 。！？ before it). */
export function sentenceStart(text: string, pos: number): number {
  return (
    Math.max(
      text.lastIndexOf("。", pos - 1),
      text.lastIndexOf("！", pos - 1),
      text.lastIndexOf("？", pos - 1),
    ) + 1
  );
}

/** End (exclusive) of the sentence that contains `pos`: the next 。！？!? at or after it, or the text's end. */
export function sentenceEnd(text: string, pos: number): number {
  const e = text.slice(pos).search(SENTENCE_END);
  return e < 0 ? text.length : pos + e;
}

/** Where the 《》 title that `pos` stands inside opens (a 《 before it not closed before it), or -1. */
export function titleOpenAt(text: string, pos: number): number {
  const open = text.lastIndexOf("《", pos);
  return open > text.lastIndexOf("》", pos) ? open : -1;
}

/** Whether `pos` stands inside a 《》 title (《中俄货物贸易…路线图》, 《新加坡海关法》). */
export function insideTitle(text: string, pos: number): boolean {
  return titleOpenAt(text, pos) >= 0;
}

/** One Han character (tested on a single character or found anywhere in a string; no flags, so no state). */
export const HAN = /[\u4e00-\u9fff]/;

/** Start of the run of Han characters that ends at `end` (at most `max` characters long). */
export function hanRunBefore(s: string, end: number, max: number): number {
  let i = end;
  while (i > 0 && end - i < max && HAN.test(s[i - 1] ?? "")) i--;
  return i;
}
