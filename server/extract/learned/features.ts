/**
 * Features of a candidate pair of mentions inside one passage (pure): what a small linear model
 * needs to tell a stated relation from a mere co-occurrence. The pair is read in text order (`a`
 * before `b`); the features name the two types, the trigger words of data/lexicon/triggers.json
 * between and around them, the distance, the punctuation between, intervening names and the
 * position in the clause. `candidateFeatures` conjoins them with the relation type and direction
 * being scored, so one weight vector serves every relation type.
 */
import { readFileSync } from "node:fs";
import { idType as typeOf } from "../../../contracts/graph";
import { CLAUSE_END, clauseEnd, clauseStart } from "../clauses";
import type { Span } from "../entities/names";
import { LEXICON_DIR } from "../lexicon";

/** A span naming one entity (entities/names.ts Span). */
export type { Span };

export { typeOf };

/** One regex per trigger word of every list (`list:word`), compiled once. */
const TRIGGERS: readonly { name: string; re: RegExp }[] = Object.entries(
  JSON.parse(readFileSync(`${LEXICON_DIR}/triggers.json`, "utf8")) as Record<string, unknown>,
)
  .filter((e): e is [string, string[]] => Array.isArray(e[1]))
  .flatMap(([list, words]) => words.map((w) => ({ name: `${list}:${w}`, re: new RegExp(w) })));

/** Slices already read (the same slices recur for every pair of a passage); cleared when large. */
const seen = new Map<string, readonly string[]>();

/** Names of the trigger words found in `s` (each once). */
export function triggersIn(s: string): readonly string[] {
  const hit = seen.get(s);
  if (hit) return hit;
  const out = new Set<string>();
  for (const t of TRIGGERS) if (t.re.test(s)) out.add(t.name);
  if (seen.size > 5000) seen.clear();
  const list = [...out];
  seen.set(s, list);
  return list;
}

/** Bucket of a character distance. */
export function distanceBucket(n: number): string {
  if (n <= 0) return "0";
  if (n <= 2) return "1-2";
  if (n <= 5) return "3-5";
  if (n <= 10) return "6-10";
  if (n <= 20) return "11-20";
  if (n <= 40) return "21-40";
  return "41+";
}

/** Number of clause boundaries between two offsets. */
export function clauseBreaks(norm: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (CLAUSE_END.test(norm[i] ?? "")) n++;
  return n;
}

function punctuation(between: string): string[] {
  const out = new Set<string>();
  for (const ch of between) if (/[，、；：,;:（）()“”《》。]/.test(ch)) out.add(`punct:${ch}`);
  if (out.size === 0) out.add("punct:none");
  return [...out];
}

function intervening(ms: readonly Span[], a: Span, b: Span): string[] {
  const inside = ms.filter((m) => m.cs >= a.ce && m.ce <= b.cs && m !== a && m !== b);
  const n = inside.length;
  const out = [`between:n=${n > 2 ? "3+" : n}`];
  for (const t of new Set(inside.map((m) => typeOf(m.id)))) out.push(`between:type=${t}`);
  return out;
}

function position(norm: string, a: Span, b: Span): string[] {
  const out: string[] = [];
  const aStart = clauseStart(norm, a.cs);
  if (a.cs - aStart <= 2) out.push("a:clauseInitial");
  if (aStart === 0) out.push("a:firstClause");
  if (clauseEnd(norm, b.ce) - b.ce <= 1) out.push("b:clauseFinal");
  return out;
}

/** Direction-free features of the pair (a before b in the text). */
export function pairFeatures(norm: string, ms: readonly Span[], a: Span, b: Span): string[] {
  const ta = typeOf(a.id);
  const tb = typeOf(b.id);
  const between = norm.slice(a.ce, b.cs);
  const cA = clauseStart(norm, a.cs);
  const cB = clauseEnd(norm, b.ce);
  const breaks = clauseBreaks(norm, a.ce, b.cs);
  const out = [
    "bias",
    `types:${ta}>${tb}`,
    `dist:${distanceBucket(b.cs - a.ce)}`,
    `clauses:${breaks > 2 ? "3+" : breaks}`,
    ...punctuation(between),
    ...intervening(ms, a, b),
    ...position(norm, a, b),
  ];
  const n = ms.length;
  out.push(`names:${n <= 3 ? n : n <= 6 ? "4-6" : "7+"}`, `len:${distanceBucket(norm.length / 4)}`);
  if (between.length <= 3) out.push(`mid:${between}`);
  for (const t of triggersIn(between)) out.push(`btw:${t}`);
  for (const t of triggersIn(norm.slice(cA, a.cs))) out.push(`pre:${t}`);
  for (const t of triggersIn(norm.slice(b.ce, cB))) out.push(`post:${t}`);
  out.push(`aPrev:${norm.slice(Math.max(0, a.cs - 1), a.cs)}`, `bNext:${norm.slice(b.ce, b.ce + 1)}`);
  return out;
}

/**
 * The pair's features for one candidate relation: `forward` when the relation goes from the first
 * mention (a) to the second (b). Every feature is conjoined with the relation type and direction.
 */
export function candidateFeatures(pair: readonly string[], rel: string, forward: boolean): string[] {
  const key = `${rel}${forward ? ">" : "<"}`;
  return pair.map((f) => `${key}|${f}`);
}
