/**
 * The ALIGNS_WITH stage score of `npm run eval`: among the annotated ALIGNS_WITH relations the extractor
 * found (same type and ends, with evidence in the annotated scope of the same document), how often the
 * extracted edge carries the annotated `stage` (exact), another one, or none, and how often it gives a
 * stage where the annotation has none (tests/fixtures/real/README.md, "ALIGNS_WITH stages in the real
 * annotations"). An extracted edge carries one `properties.stage` for its whole corpus folder, so an edge
 * stated in two documents is compared with the annotation of each.
 */
import type { GraphEdge } from "../contracts/graph";
import { type Gold, scopeRange } from "../server/extract/evaluate";

const TYPE = "ALIGNS_WITH";

export interface StageCount {
  /** Annotated relations the extractor found. */
  matched: number;
  /** Of those, relations whose annotation has a stage ... */
  annotated: number;
  /** ... given exactly, */
  exact: number;
  /** ... given as another stage, */
  wrong: number;
  /** ... or not given. */
  missing: number;
  /** Matched relations annotated without a stage, and how many of them the extractor gives a stage. */
  unannotated: number;
  extra: number;
}

export const NO_STAGES: StageCount = {
  matched: 0,
  annotated: 0,
  exact: 0,
  wrong: 0,
  missing: 0,
  unannotated: 0,
  extra: 0,
};

/** A gold relation as the real annotations write it, with the optional stage of ALIGNS_WITH. */
type StagedRelation = Gold["relations"][number] & { stage?: string };

function stageOf(edge: GraphEdge): string | undefined {
  const s = edge.properties.stage;
  return typeof s === "string" && s !== "" ? s : undefined;
}

/** The extracted ALIGNS_WITH edge of `r` with evidence inside an annotated scope of r's document. */
function foundEdge(
  edges: readonly GraphEdge[],
  gold: Gold,
  texts: Map<string, string>,
  r: StagedRelation,
): GraphEdge | undefined {
  const text = texts.get(r.doc);
  if (text === undefined) return undefined;
  const ranges = gold.scope
    .filter((s) => s.doc === r.doc && !(s.skip ?? []).includes(TYPE))
    .map((s) => scopeRange(s, text));
  const doc = `doc:${r.doc}`;
  return edges.find(
    (e) =>
      e.type === TYPE &&
      e.source === r.source &&
      e.target === r.target &&
      e.evidence.some((ev) => ev.doc === doc && ranges.some(([a, b]) => ev.start >= a && ev.start < b)),
  );
}

/** Stage counts of one annotation against the extracted edges of its corpus folder. */
export function stageCount(edges: readonly GraphEdge[], gold: Gold, texts: Map<string, string>): StageCount {
  const c = { ...NO_STAGES };
  const seen = new Set<string>();
  for (const r of gold.relations as StagedRelation[]) {
    const key = `${r.doc}|${r.type}|${r.source}|${r.target}`;
    if (r.type !== TYPE || seen.has(key)) continue;
    seen.add(key);
    const edge = foundEdge(edges, gold, texts, r);
    if (!edge) continue;
    c.matched++;
    const given = stageOf(edge);
    if (r.stage) {
      c.annotated++;
      if (given === r.stage) c.exact++;
      else if (given) c.wrong++;
      else c.missing++;
    } else {
      c.unannotated++;
      if (given) c.extra++;
    }
  }
  return c;
}

export function sumStageCounts(counts: readonly StageCount[]): StageCount {
  const out = { ...NO_STAGES };
  for (const c of counts) for (const k of Object.keys(out) as (keyof StageCount)[]) out[k] += c[k];
  return out;
}

/** One line in the style of the P/R lines of `npm run eval`. */
export function stageLine(c: StageCount): string {
  const pct = (x: number, of: number) => `${(of === 0 ? 100 : (x * 100) / of).toFixed(1)}%`.padStart(7);
  return (
    `  ${"ALIGNS_WITH stage".padEnd(16)} exact ${pct(c.exact, c.annotated)}  ` +
    `(of ${c.matched} found: ${c.exact} of ${c.annotated} annotated stages exact, ${c.wrong} another, ` +
    `${c.missing} none; ${c.extra} of ${c.unannotated} without one given a stage)`
  );
}
