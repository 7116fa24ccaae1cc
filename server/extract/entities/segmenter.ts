/**
 * Part-of-speech segmentation (@node-rs/jieba with its bundled dictionary) with a catalog's curated
 * names as a user dictionary, so that known names stay whole.
 *
 * The segmenter is a function of the catalog alone: one jieba instance per distinct user dictionary
 * (the catalog's curated names, read when the catalog is first segmented), never one shared instance
 * extended catalog after catalog — that made a text's words depend on which catalogs the process had
 * used before. Names an extraction registers on the way (pattern finds, inCatalog false, in a document's
 * layer) are not read: the loaded catalog under the layer is, so the dictionary, hence the words, stay
 * the same from the first document to the last.
 */
import { Jieba } from "@node-rs/jieba";
import { dict } from "@node-rs/jieba/dict";
import { idType } from "../../../contracts/graph";
import type { Catalog } from "../catalog";

/** Tags of clause words no name opens with or holds: pronoun, preposition, conjunction, particle, adverb,
 * numeral, measure word (read by bank-branches.ts and bracketed-companies.ts). */
export const CLAUSE_WORD_TAG = /^(r|p|c|u[a-z]*|d|m|q)$/;

export interface Word {
  word: string;
  tag: string;
  start: number;
  end: number;
}

/** Instances by user dictionary: loadCatalog() on the same folder gives the same one. Loading the bundled
 * dictionary takes about a second, so a handful are kept (least recently built first out). */
const byDictionary = new Map<string, Jieba>();
const MAX_INSTANCES = 4;
/** The instance of each catalog object, so that a call does not rebuild the user dictionary. */
const byCatalog = new WeakMap<Catalog, Jieba>();

const TAG: Record<string, string> = {
  Organization: "nt",
  Province: "ns",
  City: "ns",
  Country: "ns",
  Port: "ns",
};

/** The catalog's curated surface forms as jieba user-dictionary lines ("word freq tag"). */
export function userDict(cat: Catalog): string {
  const lines: string[] = [];
  for (const [form, ids] of cat.surfaces) {
    if (form.length < 2 || !/^[\u4e00-\u9fff]+$/.test(form)) continue;
    const id = ids[0] ?? "";
    if (!cat.get(id)?.inCatalog) continue;
    lines.push(`${form} 1000 ${TAG[idType(id)] ?? "nz"}`);
  }
  return lines.join("\n");
}

/** The jieba instance for a catalog: the bundled dictionary plus the catalog's curated names. */
function segmenterFor(layer: Catalog): Jieba {
  const cat = layer.root;
  const known = byCatalog.get(cat);
  if (known) return known;
  const words = userDict(cat);
  let jieba = byDictionary.get(words);
  if (!jieba) {
    jieba = Jieba.withDict(dict);
    jieba.loadDict(new TextEncoder().encode(words));
    if (byDictionary.size >= MAX_INSTANCES) byDictionary.delete(byDictionary.keys().next().value as string);
    byDictionary.set(words, jieba);
  }
  byCatalog.set(cat, jieba);
  return jieba;
}

/** The words of a text with their tags and offsets. */
export function tagWords(text: string, cat: Catalog): Word[] {
  const jieba = segmenterFor(cat);
  const out: Word[] = [];
  let at = 0;
  for (const w of jieba.tag(text, true)) {
    const start = text.indexOf(w.word, at);
    if (start < 0) break;
    out.push({ word: w.word, tag: w.tag, start, end: start + w.word.length });
    at = start + w.word.length;
  }
  return out;
}

/** The words of norm[from, end) with their offsets in norm (a short window is tagged, not the passage). */
export function tagWindow(norm: string, from: number, end: number, cat: Catalog): Word[] {
  return tagWords(norm.slice(from, end), cat).map((w) => ({
    ...w,
    start: w.start + from,
    end: w.end + from,
  }));
}

/** Whether the segmenter starts a word at `at` (read on a few characters either side): 中 opens a word in
 * 中新合作 but not in 从中新增 (从中) nor 其中朝天门 (其中). */
export function wordStartsAt(norm: string, at: number, cat: Catalog): boolean {
  return tagWindow(norm, Math.max(0, at - 3), Math.min(norm.length, at + 4), cat).some((w) => w.start === at);
}

/** Tags of words an unseen name does not hold: verbs, time words, prepositions, adverbs, conjunctions,
 * particles, pronouns, numerals, measure words and localisers (近日迎来开港 holds 近日 and 迎来). Only
 * words of two characters or more count: transliterations hold single characters of any tag (甘其毛都). Read
 * here and by crossing-names.ts. */
export const NOT_IN_NAME_TAG = /^(v|t|p|d|c|u|r|m|q|f)/;
/** Tags of the words that govern a name right after them (verbs, prepositions, adverbs, conjunctions: 同意,
 * 看好, 通过): the clause-ending part of NOT_IN_NAME_TAG, with adverbial adjectives (ad); time, count and function
 * words are left out (a wider class added a false port on dev). Read by ports.ts (verbLedStart). */
export const GOVERNING_WORD_TAG = /^(v|p|d|ad|c)/;
/** Proper-noun tags: a name cut inside one of these words at a stop character starts where the word starts. */
const PROPER = /^(nr|ns|nz)/;
/** Tags of the proper or unknown pieces of a transliterated or local name (甘其/x, 罗杰/nr, 科沃/nrt): read by
 * crossing-names.ts and paired-crossings.ts. */
export const PROPER_PIECE_TAG = /^(x|nr|nrt|nz|ns)/;

/**
 * The start of an unseen name proposed at [cs, end), read on the segmenter's words (tagged on a short
 * window only): when the proposal was cut at a stop character that the segmenter reads inside a proper
 * noun (其 in 红其拉甫), the name starts where that noun starts; null when the proposal starts inside, or
 * holds, a verb, time word or function word of two characters or more (近日迎来开港).
 */
export function unseenNameStart(
  norm: string,
  cs: number,
  end: number,
  cat: Catalog,
  stop: (ch: string) => boolean,
): number | null {
  const words = tagWindow(norm, Math.max(0, cs - 6), end, cat);
  const notInName = (w: Word) => w.word.length >= 2 && NOT_IN_NAME_TAG.test(w.tag);
  let start = cs;
  const cut = words.find((w) => w.start < cs && w.end > cs);
  if (cut && PROPER.test(cut.tag) && cut.end <= end && stop(norm.slice(cut.start, cs))) start = cut.start;
  else if (cut && notInName(cut)) return null;
  return words.some((w) => w.end > start && w.start < end && notInName(w)) ? null : start;
}
