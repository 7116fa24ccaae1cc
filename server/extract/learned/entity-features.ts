/**
 * Features of a candidate name for the learned entity layer (pure): its head and the type the suffix
 * lexicon gives it, its last and first characters, the segmenter's tags, its length, the characters
 * and words around it, lexicon and catalog membership, its position in the clause, quotes, and whether
 * it sits in a list (、, 和, 与) next to a name the rules recognised. `typedFeatures` conjoins them with
 * the type being scored, so one weight vector serves every type.
 */
import type { Word } from "../entities/segmenter";
import { CN_CITIES, DESCRIPTIVE, GAZETTEER_CITIES, GENERIC_MORPHEMES, STRONG_STOPS } from "../lexicon";
import { type EntityCandidate, insideTypes } from "./entity-candidates";
import { distanceBucket, type Span, typeOf } from "./features";

/** What the features read of the passage: its text, words, the rules' names, a catalog lookup. */
export interface EntityPassage {
  norm: string;
  words: readonly Word[];
  taken: readonly Span[];
  /** The type of the catalog entry a surface resolves to (undefined: none). */
  resolves: (name: string) => string | undefined;
}

const CN_CITY_NAMES: ReadonlySet<string> = new Set([...CN_CITIES.values()].flat());
const PUNCT = /[，,、；;：:。！？!?（）()“”"《》「」\s]/;

/** The type of a rule's name ending just before `at` (or starting just after), across one list mark. */
function listNeighbour(p: EntityPassage, cand: EntityCandidate): string[] {
  const out: string[] = [];
  const before = p.norm.slice(Math.max(0, cand.cs - 1), cand.cs);
  const after = p.norm.slice(cand.ce, cand.ce + 1);
  if (/[、和与及]/.test(before)) {
    const m = p.taken.find((t) => t.ce === cand.cs - 1);
    if (m) out.push(`list:prev=${typeOf(m.id)}`);
  }
  if (/[、和与及]/.test(after)) {
    const m = p.taken.find((t) => t.cs === cand.ce + 1);
    if (m) out.push(`list:next=${typeOf(m.id)}`);
  }
  const adjacent = p.taken.find((t) => t.ce === cand.cs);
  if (adjacent) out.push(`adjPrev=${typeOf(adjacent.id)}`);
  return out;
}

/** Lexicon and catalog membership of the name and of its part before the head. */
function membership(p: EntityPassage, name: string, base: string): string[] {
  const out: string[] = [];
  if (CN_CITY_NAMES.has(name) || CN_CITY_NAMES.has(name.replace(/[市州]$/, ""))) out.push("lex:cnCity");
  if (GAZETTEER_CITIES.has(name)) out.push("lex:foreignCity");
  if (GENERIC_MORPHEMES.test(base)) out.push("lex:genericBase");
  if (DESCRIPTIVE.test(name)) out.push("lex:descriptive");
  if (STRONG_STOPS.some((w) => w.length > 1 && name.includes(w))) out.push("lex:stopWord");
  const r = p.resolves(name);
  if (r) out.push(`cat:${r}`);
  const rb = base.length >= 2 ? p.resolves(base) : undefined;
  if (rb) out.push(`catBase:${rb}`);
  return out;
}

/** Context: characters and words around the candidate, its clause position, quotes. */
function context(p: EntityPassage, c: EntityCandidate): string[] {
  const prev = p.words[c.first - 1];
  const next = p.words[c.last + 1];
  const before = p.norm[c.cs - 1] ?? "^";
  const after = p.norm[c.ce] ?? "$";
  const out = [
    `prev:${before}`,
    `next:${after}`,
    `prevTag:${prev?.tag ?? "^"}`,
    `nextTag:${next?.tag ?? "$"}`,
  ];
  if (prev && prev.word.length <= 2) out.push(`prevWord:${prev.word}`);
  if (next && next.word.length <= 2) out.push(`nextWord:${next.word}`);
  if (c.cs === 0 || PUNCT.test(before)) out.push("clauseInitial");
  if (c.ce === p.norm.length || PUNCT.test(after)) out.push("clauseFinal");
  if (/[《“"「]/.test(before)) out.push("quoted");
  return out;
}

/** Type-free features of one candidate. */
export function entityFeatures(p: EntityPassage, c: EntityCandidate): string[] {
  const name = p.norm.slice(c.cs, c.ce);
  const base = c.head ? name.slice(0, name.length - c.head.head.length) : name;
  const tags = p.words.slice(c.first, c.last + 1).map((w) => w.tag);
  const n = c.last - c.first + 1;
  const holds = insideTypes(c).map((t) => `holds:${t}`);
  if (c.inside.some((m) => m.cs === c.cs)) holds.push("holds:atStart");
  return [
    "bias",
    `src:${c.source}`,
    ...holds,
    `head:${c.head?.head ?? "-"}`,
    `headType:${c.head?.type ?? "-"}`,
    `last1:${name.slice(-1)}`,
    `last2:${name.slice(-2)}`,
    `first1:${name.slice(0, 1)}`,
    `firstTag:${tags[0]}`,
    `lastTag:${tags[tags.length - 1]}`,
    `tags:${n > 3 ? "long" : tags.join("+")}`,
    `words:${n}`,
    `len:${distanceBucket(name.length)}`,
    `baseLen:${distanceBucket(base.length)}`,
    ...membership(p, name, base),
    ...context(p, c),
    ...listNeighbour(p, c),
  ];
}

/** The candidate's features for one type: every feature conjoined with it. */
export const typedFeatures = (features: readonly string[], type: string) =>
  features.map((f) => `${type}|${f}`);
