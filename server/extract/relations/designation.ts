import type { Catalog } from "../catalog";
import { clauseOf } from "../clauses";
import { tagWindow } from "../entities/segmenter";
import { triggerWords } from "../lexicon";

const ENDS = new Set(triggerWords("designationBefore"));
const VERBS = new Set(triggerWords("designationVerbs"));
const FRAMES = new Set(triggerWords("designationFrames"));
const NOT = new Set(triggerWords("designationWords"));

/**
 * Whether 为 at `at` is a copula of designation, read on the segmenter's words, not on characters:
 * the word holding 为 ends in a character of designation (designationBefore: 作为, 成为, 列为, 被誉为), or
 * 为 stands alone after a verb of designation (designationVerbs: 定位, 打造, 建设, 确定) in a passive or
 * disposal frame of its clause (designationFrames: 被打造为, 把南宁建设为, 将其定位为, 正式定位为).
 * A noun before 为 (城市建设为, 港口合作为), an adverb (一定为) or a decision (designationWords: 决定为) is none.
 */
export function designates(norm: string, at: number, cat: Catalog): boolean {
  const from = Math.max(clauseOf(norm, at)[0], at - 12);
  const words = tagWindow(norm, from, at + 1, cat);
  const i = words.findIndex((w) => w.start <= at && at < w.end);
  const w = words[i];
  if (!w) return false;
  if (w.word.length >= 2) return ENDS.has(w.word.charAt(w.word.length - 2)) && !NOT.has(w.word.slice(0, -1));
  const verb = words[i - 1];
  if (!verb || NOT.has(verb.word)) return false;
  if (!VERBS.has(verb.word)) return false;
  return words.slice(0, i - 1).some((x) => FRAMES.has(x.word));
}
