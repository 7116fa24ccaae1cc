/**
 * Items of lists (pure): in a clause whose items are joined by 、, an item that is one of the rules'
 * names makes the other items candidates (跨境物流、跨境旅游、金融服务、展览展示等: if one is a
 * recognised industry, the others are read too). The first item is cut to its last words, the last
 * item to its first words (up to three words, never across a verb, preposition, conjunction,
 * particle or 等).
 */
import type { Word } from "../entities/segmenter";
import type { Span } from "./features";

const CLAUSE = /[，。；：！？,;:!?\n（）()“”]/;
/** Words a list's first item does not hold (the verb before the list), and its last item. */
const STOP_FIRST = /^(v|p|c|u|d|r|m|q|f|t)/;
const STOP_LAST = /^(p|c|u|d|r|m|q|f|t)/;
const MAX_ITEM_WORDS = 3;

/** [start, end) of each clause of the text. */
function clauses(norm: string): [number, number][] {
  const out: [number, number][] = [];
  let from = 0;
  for (let i = 0; i <= norm.length; i++)
    if (i === norm.length || CLAUSE.test(norm[i] ?? "")) {
      if (i > from) out.push([from, i]);
      from = i + 1;
    }
  return out;
}

/** The words inside [a, b). */
const wordsIn = (words: readonly Word[], a: number, b: number) =>
  words.filter((w) => w.start >= a && w.end <= b);

/** The last (or first) words of an item before a stop word, at most MAX_ITEM_WORDS. */
function trimmed(ws: readonly Word[], fromEnd: boolean): [number, number] | null {
  const seq = fromEnd ? [...ws].reverse() : [...ws];
  const stop = fromEnd ? STOP_FIRST : STOP_LAST;
  const kept: Word[] = [];
  for (const w of seq) {
    if (stop.test(w.tag) || /^(等|和|与|及)$/.test(w.word) || kept.length >= MAX_ITEM_WORDS) break;
    kept.push(w);
  }
  if (kept.length === 0) return null;
  const span = kept.flatMap((w) => [w.start, w.end]);
  return [Math.min(...span), Math.max(...span)];
}

/** The items of a clause's list, each trimmed; empty when the clause has no 、. */
function items(words: readonly Word[], norm: string, a: number, b: number): [number, number][] {
  const cuts = [a - 1];
  for (let i = a; i < b; i++) if (norm[i] === "、") cuts.push(i);
  if (cuts.length < 2) return [];
  cuts.push(b);
  const out: [number, number][] = [];
  for (let k = 0; k + 1 < cuts.length; k++) {
    const ws = wordsIn(words, (cuts[k] as number) + 1, cuts[k + 1] as number);
    const inner = k > 0 && k < cuts.length - 2 && ws.length <= MAX_ITEM_WORDS + 1;
    const whole: [number, number] | null =
      ws.length > 0 ? [ws[0]?.start ?? 0, ws[ws.length - 1]?.end ?? 0] : null;
    const span = inner ? whole : trimmed(ws, k === 0);
    if (span) out.push(span);
  }
  return out;
}

/** Whether one of the rules' names ends an item (跨境物流 read as 物流 counts). */
const named = (taken: readonly Span[], s: number, e: number) => taken.some((m) => m.ce === e && m.cs >= s);

/** Items of lists one item of which ends with one of the rules' names; the items that do not. */
export function listItems(norm: string, words: readonly Word[], taken: readonly Span[]): [number, number][] {
  const out: [number, number][] = [];
  for (const [a, b] of clauses(norm)) {
    const list = items(words, norm, a, b);
    if (list.some(([s, e]) => named(taken, s, e))) out.push(...list.filter(([s, e]) => !named(taken, s, e)));
  }
  return out;
}
