/**
 * Training data for the learned entity layer: a probe at the hook records, passage by passage, the
 * candidate names the rules left (with their features and the id each type would give them), and
 * `labelEntities` places them in their documents and labels them from the hand annotations (a type
 * is right for a candidate when the annotation of its document holds that id — the name matching of
 * evaluate.ts; candidates outside every annotated scope are left out).
 */
import { type ExtractedGraph, NODE_TYPES, type NodeType, type Passage } from "../../../contracts/graph";
import { type Gold, scopeRange } from "../evaluate";
import { normalize } from "../text";
import { passagesOf } from "./dataset";
import { entityCandidates } from "./entity-candidates";
import { entityId, entityPassage, type LearnedEntityLayer } from "./entity-classify";
import { entityFeatures } from "./entity-features";
import type { Span } from "./features";

export interface EntityRecord {
  norm: string;
  cands: { cs: number; ce: number; features: string[]; ids: Record<string, string>; inside: Span[] }[];
}

/** A layer that adds nothing and records the candidates of every passage. */
export function entityProbe(records: EntityRecord[]): LearnedEntityLayer {
  return {
    find(norm, taken, n) {
      const p = entityPassage(norm, taken, n);
      const cands = entityCandidates(norm, p.words, taken).map((c) => {
        const name = norm.slice(c.cs, c.ce);
        const ids = Object.fromEntries(NODE_TYPES.map((t) => [t, entityId(n, t, name)]));
        const inside = c.inside.map(({ id, cs, ce }) => ({ id, cs, ce }));
        return { cs: c.cs, ce: c.ce, features: entityFeatures(p, c), ids, inside };
      });
      records.push({ norm, cands });
      return [];
    },
  };
}

export interface LabelledEntity {
  doc: string;
  passage: Passage;
  record: number;
  cs: number;
  ce: number;
  /** Offset of the name in its document. */
  start: number;
  features: string[];
  ids: Record<string, string>;
  /** The rules' places the name holds (they become its parts). */
  inside: Span[];
  /** The types whose id the annotation holds (empty: not a name of the annotation). */
  positive: NodeType[];
}

/** Offset in the document of a name read at [cs, ce) of the passage's normalised clean text. */
export function documentOffset(passage: Passage, norm: string, cs: number, ce: number): number {
  const text = normalize(passage.text);
  const at = text.indexOf(norm.slice(cs, ce), Math.max(0, cs - 20));
  return passage.start + (at >= 0 ? at : cs);
}

/** Whether an annotation scores names at a position of a document (in scope, type not skipped). */
function inScope(golds: readonly Gold[], text: string, doc: string, pos: number): boolean {
  return golds.some((g) =>
    g.scope.some((s) => {
      if (s.doc !== doc) return false;
      const [a, b] = scopeRange(s, text);
      return pos >= a && pos < b;
    }),
  );
}

/** Labelled candidates of one extracted corpus, annotated by `golds` (all on that corpus). */
export function labelEntities(
  graph: ExtractedGraph,
  records: readonly EntityRecord[],
  golds: readonly Gold[],
): LabelledEntity[] {
  const texts = new Map(graph.documents.map((d) => [d.id.slice(4), d.text ?? ""]));
  const truth = new Set(golds.flatMap((g) => g.entities.map((e) => `${e.doc}|${e.id}`)));
  const passages = passagesOf(graph, records);
  const out: LabelledEntity[] = [];
  records.forEach((rec, record) => {
    const passage = passages[record] as Passage;
    const doc = passage.doc.slice(4);
    for (const c of rec.cands) {
      const start = documentOffset(passage, rec.norm, c.cs, c.ce);
      if (!inScope(golds, texts.get(doc) ?? "", doc, start)) continue;
      const positive = NODE_TYPES.filter((t) => truth.has(`${doc}|${c.ids[t]}`));
      out.push({ ...c, doc, passage, record, start, positive });
    }
  });
  return out;
}
