/**
 * Candidate names for the learned entity layer (pure, given the segmenter's words): spans the entity
 * rules did not return, read on @node-rs/jieba's words —
 * - `word`: one place (ns, s), organisation (nt), proper-noun (nz, j, nrt, nr) or unknown (x) word;
 * - `head`: runs of up to five words ending in a word that holds a name head of
 *   data/lexicon/name-suffixes.json (…集团, …委员会, …口岸, …港, …片区, …班列);
 * - `list`: an item of a list (、) one of whose items is a name the rules found;
 * - `quote`: a short span in quotation marks (“澜湄快线”).
 * A candidate never overlaps a name the rules found, except that it may hold whole places (countries,
 * provinces, cities: 越南海防港 holds 海防), which it then names as its parts.
 */
import type { NodeType } from "../../../contracts/graph";
import type { Word } from "../entities/segmenter";
import { NAME_SUFFIXES } from "../lexicon";
import { listItems } from "./entity-lists";
import { type Span, typeOf } from "./features";

export type CandidateSource = "word" | "head" | "list" | "quote";

export interface EntityCandidate {
  cs: number;
  ce: number;
  source: CandidateSource;
  /** Index of the first and last word of the candidate in the passage's words. */
  first: number;
  last: number;
  /** The name head it ends with, and the type the suffix lexicon gives that head. */
  head?: { head: string; type: NodeType };
  /** The rules' places it holds whole. */
  inside: Span[];
}

const WORD_TAGS = /^(ns|s|nt|nz|j|nrt|nr|x)$/;
/** Words a run before a head does not hold: verbs, prepositions, conjunctions, particles, adverbs… */
const NOT_IN_NAME = /^(v|p|c|u|d|r|m|q|f|t)/;
const HAN = /^[\u4e00-\u9fff]+$/;
const PLACE = /^(Country|Province|City):/;
/** Most words a candidate holds, and most characters. */
export const MAX_WORDS = 5;
export const MAX_CHARS = 16;

/** The longest name head a word ends with (the lexicon lists heads longest first). */
export function headOf(word: string): { head: string; type: NodeType } | undefined {
  for (const [head, type] of NAME_SUFFIXES) if (word.endsWith(head)) return { head, type };
  return undefined;
}

/** The rules' places [cs, ce) holds whole, or null when it overlaps another of their names. */
function holds(taken: readonly Span[], cs: number, ce: number): Span[] | null {
  const hit = taken.filter((m) => m.cs < ce && cs < m.ce);
  const ok = hit.every((m) => m.cs >= cs && m.ce <= ce && PLACE.test(m.id) && m.ce - m.cs < ce - cs);
  return ok ? hit : null;
}

/** The index of the word starting at `cs` and of the word ending at `ce` (-1: none). */
function wordIndex(words: readonly Word[], cs: number, ce: number): [number, number] {
  return [words.findIndex((w) => w.start === cs), words.findIndex((w) => w.end === ce)];
}

/** Quoted spans of 2–12 characters (“…”, 「…」, "…"). */
function quoted(norm: string): [number, number][] {
  const out: [number, number][] = [];
  for (const m of norm.matchAll(/[“「"]([^”」"，。、]{2,12})[”」"]/g))
    out.push([(m.index ?? 0) + 1, (m.index ?? 0) + 1 + (m[1]?.length ?? 0)]);
  return out;
}

/** The candidates of a passage, in text order, each span once (the first source found wins). */
export function entityCandidates(
  norm: string,
  words: readonly Word[],
  taken: readonly Span[],
): EntityCandidate[] {
  const out = new Map<string, EntityCandidate>();
  const push = (source: CandidateSource, cs: number, ce: number, first: number, last: number) => {
    const key = `${cs}|${ce}`;
    const inside = holds(taken, cs, ce);
    if (out.has(key) || !inside || ce - cs < 2 || !HAN.test(norm.slice(cs, ce).replace(/[()（）—-]/g, "")))
      return;
    const head = headOf(norm.slice(cs, ce));
    out.set(key, { cs, ce, source, first, last, inside, ...(head ? { head } : {}) });
  };
  words.forEach((w, i) => {
    if (!HAN.test(w.word)) return;
    if (WORD_TAGS.test(w.tag)) push("word", w.start, w.end, i, i);
    const head = headOf(w.word);
    if (!head) return;
    for (let j = i; j >= 0 && i - j < MAX_WORDS; j--) {
      const f = words[j] as Word;
      if (!HAN.test(f.word) || w.end - f.start > MAX_CHARS || (j < i && NOT_IN_NAME.test(f.tag))) break;
      if (w.end - f.start > head.head.length) push("head", f.start, w.end, j, i);
    }
  });
  const spans = [
    ...listItems(norm, words, taken).map((x) => ["list", ...x] as const),
    ...quoted(norm).map((x) => ["quote", ...x] as const),
  ];
  for (const [source, cs, ce] of spans) {
    const [first, last] = wordIndex(words, cs, ce);
    if (first >= 0 && last >= first) push(source, cs, ce, first, last);
  }
  return [...out.values()].sort((x, y) => x.cs - y.cs || x.ce - y.ce);
}

/** The type of the place a candidate holds, for its features. */
export const insideTypes = (c: EntityCandidate) => [...new Set(c.inside.map((m) => typeOf(m.id)))];
