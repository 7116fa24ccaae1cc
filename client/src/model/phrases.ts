/**
 * Search phrases (Neo4j Bloom's): parameterised questions typed in the search box, each mapped to one named
 * query. The phrases are data (searchPhrases.json): a named query, a bilingual template whose `{slot}`s are
 * entity parameters of that query with the entity types they take, fixed values for other parameters, and
 * the result columns that name entities (the graph shown). Nothing here builds Cypher: a phrase only fills
 * the parameters of a named query. Pure: no DOM, no network.
 */
import { z } from "zod";
import type { NamedQuery } from "../../../contracts/api";
import { NODE_TYPES, NodeType, nodeId } from "../../../contracts/graph";
import type { Lang } from "../i18n";
import table from "./searchPhrases.json";

const Types = z.array(NodeType);
export const Phrase = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/),
  query: z.string().min(1),
  zh: z.string().min(1),
  en: z.string().min(1),
  /** Slot (= parameter) name → entity types it takes; [] = any entity type. */
  slots: z.record(z.string(), Types),
  /** Values of the query's other parameters. */
  params: z.record(z.string(), z.unknown()).default({}),
  /** Result columns naming entities (a name or a list of names) and their types ([] = any). */
  graph: z.array(z.strictObject({ column: z.string(), types: Types })),
});
export type Phrase = z.infer<typeof Phrase>;

/** An entity chosen for a slot (a search hit). */
export interface SlotValue {
  id: string;
  type: string;
  name: string;
  label: string;
}

/** A phrase being filled in: the text typed for each slot so far and the entities chosen. */
export interface PhraseDraft {
  phrase: Phrase;
  texts: Readonly<Record<string, string>>;
  values: Readonly<Record<string, SlotValue>>;
}

export interface PhraseMatch {
  phrase: Phrase;
  lang: Lang;
  /** Text typed where a slot stands (only slots reached, only non-empty). */
  texts: Record<string, string>;
  /** Characters of the template's own words matched (ranking). */
  score: number;
}

export type Part = { text: string } | { slot: string };

/** Shortest typed start of a phrase's own words that offers the phrase. */
const MIN_PREFIX = 2;
/** Most node ids one subgraph request takes (contracts/api.ts MAX_SUBGRAPH_IDS). */
export const MAX_GRAPH_IDS = 500;

export function templateParts(template: string): Part[] {
  const parts: Part[] = [];
  for (const piece of template.split(/(\{[A-Za-z][A-Za-z0-9]*\})/)) {
    if (!piece) continue;
    const slot = /^\{(.+)\}$/.exec(piece)?.[1];
    parts.push(slot ? { slot } : { text: piece });
  }
  return parts;
}

const slotsOf = (template: string): string[] =>
  templateParts(template).flatMap((p) => ("slot" in p ? [p.slot] : []));

function paramProblem(p: Phrase, q: NamedQuery, name: string, value?: unknown): string | null {
  const param = q.params.find((x) => x.name === name);
  const known = q.params.map((x) => x.name).join(", ") || "none";
  if (!param) return `phrase ${p.id}: query ${q.name} has no parameter "${name}" (parameters: ${known})`;
  if (value === undefined) {
    return param.type === "string"
      ? null
      : `phrase ${p.id}: slot "${name}" takes an entity, but parameter "${name}" of ${q.name} is ${param.type}`;
  }
  const ok: Record<string, (v: unknown) => boolean> = {
    string: (v) => typeof v === "string",
    integer: (v) => typeof v === "number" && Number.isSafeInteger(v),
    float: (v) => typeof v === "number" && Number.isFinite(v),
    boolean: (v) => typeof v === "boolean",
    "string[]": (v) => Array.isArray(v) && v.every((s) => typeof s === "string"),
  };
  return ok[param.type]?.(value)
    ? null
    : `phrase ${p.id}: parameter "${name}" of ${q.name} is ${param.type}, got ${JSON.stringify(value)}`;
}

/** What is wrong with one phrase against the named queries the server has (null: usable). */
export function phraseProblem(p: Phrase, catalog: readonly NamedQuery[]): string | null {
  const q = catalog.find((x) => x.name === p.query);
  if (!q) return `phrase ${p.id}: no named query "${p.query}"`;
  const slots = Object.keys(p.slots);
  for (const lang of ["zh", "en"] as const) {
    const used = slotsOf(p[lang]);
    const odd = used.find((s) => !slots.includes(s)) ?? slots.find((s) => !used.includes(s));
    if (odd || new Set(used).size !== used.length)
      return `phrase ${p.id}: its ${lang} text must name each slot (${slots.join(", ")}) once; "${odd ?? used.join(", ")}" does not fit`;
  }
  const checks = [
    ...slots.map((s) => paramProblem(p, q, s)),
    ...Object.entries(p.params).map(([k, v]) => paramProblem(p, q, k, v)),
  ];
  return checks.find((c) => c !== null) ?? null;
}

/** The phrase table checked against the catalog: the usable phrases and, for the others, why not. */
export function usablePhrases(
  catalog: readonly NamedQuery[],
  raw: unknown = table,
): { phrases: Phrase[]; problems: string[] } {
  const parsed = z.array(Phrase).safeParse(raw);
  if (!parsed.success) return { phrases: [], problems: [`phrase table: ${parsed.error.issues[0]?.message}`] };
  const problems: string[] = [];
  const phrases = parsed.data.filter((p) => {
    const problem = phraseProblem(p, catalog);
    if (problem) problems.push(problem);
    return !problem;
  });
  return { phrases, problems };
}

const norm = (s: string): string => s.normalize("NFKC").toLowerCase().replace(/\s+/g, " ");
const literal = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+");
/** A space around a literal in the template must be typed (so "to" does not match inside "Toronto"). */
const gap = (spaced: boolean): string => (spaced ? "\\s+" : "\\s*");

/** The template up to its `k`-th part, the last literal of which may be typed only in part. */
function prefixPattern(parts: Part[], k: number): RegExp {
  const pieces = parts.slice(0, k).map((p, i) => {
    if ("slot" in p) return i === k - 1 ? "(.*)" : "(.*?)";
    const raw = norm(p.text);
    const text = raw.trim();
    const lead = i === 0 ? "" : gap(raw.startsWith(" "));
    if (i < k - 1) return `${lead}${literal(text)}${gap(raw.endsWith(" "))}`;
    const heads = [];
    for (let n = text.length; n >= Math.min(MIN_PREFIX, text.length); n--)
      heads.push(literal(text.slice(0, n).trim()));
    return `${lead}(?:${heads.join("|")})`;
  });
  return new RegExp(`^${pieces.join("")}$`, "u");
}

/** How much of one template the input spells, with the text typed at each slot reached (null: none). */
export function matchTemplate(input: string, template: string): Omit<PhraseMatch, "phrase" | "lang"> | null {
  const text = norm(input).trim();
  if (!text) return null;
  const parts = templateParts(template);
  for (let k = parts.length; k > 0; k--) {
    const literals = parts.slice(0, k).filter((p): p is { text: string } => "text" in p);
    if (!literals.length) break;
    const m = prefixPattern(parts, k).exec(text);
    if (!m) continue;
    const texts: Record<string, string> = {};
    let g = 1;
    for (const p of parts.slice(0, k)) {
      if (!("slot" in p)) continue;
      const typed = (m[g++] ?? "").trim();
      if (typed) texts[p.slot] = typed;
    }
    const typedSlots = Object.values(texts).join("").length;
    return { texts, score: text.replace(/\s/g, "").length - typedSlots };
  }
  return null;
}

/** Phrases the input may be the start of, in either language, best first (the UI's language on ties). */
export function matchPhrases(input: string, phrases: readonly Phrase[], lang: Lang): PhraseMatch[] {
  const out: PhraseMatch[] = [];
  for (const phrase of phrases) {
    const tries = (lang === "zh" ? ["zh", "en"] : ["en", "zh"]) as Lang[];
    const found = tries
      .map((l) => ({ l, m: matchTemplate(input, phrase[l]) }))
      .filter((x) => x.m && x.m.score >= MIN_PREFIX)
      .sort((a, b) => (b.m?.score ?? 0) - (a.m?.score ?? 0))[0];
    if (found?.m) out.push({ phrase, lang: found.l, ...found.m });
  }
  return out.sort((a, b) => b.score - a.score);
}

/** The slots in the order the template of `lang` names them. */
export function slotOrder(phrase: Phrase, lang: Lang): string[] {
  return slotsOf(phrase[lang]);
}

/** The phrase as text: each slot shows its chosen entity, else `blank(slot)`. */
export function phraseText(phrase: Phrase, lang: Lang, fill: (slot: string) => string): string {
  return templateParts(phrase[lang])
    .map((p) => ("slot" in p ? fill(p.slot) : p.text))
    .join("");
}

export function startDraft(m: Pick<PhraseMatch, "phrase" | "texts">): PhraseDraft {
  return { phrase: m.phrase, texts: { ...m.texts }, values: {} };
}

/** The first slot (in the language's order) without an entity yet; null when the phrase is complete. */
export function openSlot(d: PhraseDraft, lang: Lang): string | null {
  return slotOrder(d.phrase, lang).find((s) => !d.values[s]) ?? null;
}

/** Why an entity does not fit a slot: the slot is not the phrase's, or the entity is of another type. */
export type SlotRefusal =
  | { kind: "unknownSlot"; slot: string }
  | { kind: "wrongType"; slot: string; got: string; expected: readonly string[] };

export function slotRefusal(d: PhraseDraft, slot: string, type: string): SlotRefusal | null {
  const types = d.phrase.slots[slot];
  if (!types) return { kind: "unknownSlot", slot };
  if (types.length && !types.includes(type as NodeType))
    return { kind: "wrongType", slot, got: type, expected: types };
  return null;
}

/** The draft with `value` in `slot`, or why it cannot take it (the draft is then unchanged). */
export function fillSlot(
  d: PhraseDraft,
  slot: string,
  value: SlotValue,
): { draft: PhraseDraft; refusal: null } | { draft: PhraseDraft; refusal: SlotRefusal } {
  const refusal = slotRefusal(d, slot, value.type);
  if (refusal) return { draft: d, refusal };
  return { draft: { ...d, values: { ...d.values, [slot]: value } }, refusal: null };
}

/** The named query's parameters: the fixed ones and each slot's entity id (null while a slot is open). */
export function phraseParams(d: PhraseDraft): Record<string, unknown> | null {
  const slots = Object.keys(d.phrase.slots);
  if (slots.some((s) => !d.values[s])) return null;
  const params: Record<string, unknown> = { ...d.phrase.params };
  for (const s of slots) params[s] = d.values[s]?.id;
  return params;
}

/** The ids a name can have, one per allowed type (`nodeId`, contracts/graph.ts). */
function candidateIds(name: string, types: readonly string[]): string[] {
  return (types.length ? types : NODE_TYPES).map((t) => nodeId(t, name));
}

/**
 * The node ids of a phrase's graph: the slots' entities, then each name in the result's entity columns
 * (a name of an unknown type asks for it under every type; the server leaves out ids that name nothing).
 * At most `limit`, in order of appearance.
 */
export function phraseGraphIds(
  d: PhraseDraft,
  rows: readonly Record<string, unknown>[],
  limit = MAX_GRAPH_IDS,
): string[] {
  const ids = new Set(Object.values(d.values).map((v) => v.id));
  for (const row of rows) {
    for (const col of d.phrase.graph) {
      const cell = row[col.column];
      const names = (Array.isArray(cell) ? cell : [cell]).filter(
        (x): x is string => typeof x === "string" && x.length > 0,
      );
      for (const n of names) for (const id of candidateIds(n, col.types)) ids.add(id);
    }
  }
  return [...ids].slice(0, limit);
}
