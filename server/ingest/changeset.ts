/**
 * The change set of one extracted upload against what the graph holds (pure: the existing state
 * is read by the repository and passed in). Nothing is written here.
 */
import type { ExtractedGraph, GraphEdge } from "../../contracts/graph";
import type { ChangeSet } from "../../contracts/ingest";
import type { DecodedFile } from "./decode/index";
import type { UploadExtraction } from "./extract";

export interface ExistingState {
  entities: Set<string>;
  edges: Set<string>;
  /** Existing entities whose name or alias equals or overlaps a new entity's name. */
  similar: { id: string; candidate: string; name: string; reason: string }[];
  /** Existing claims with the same subject, predicate and asOf as a new one. */
  claims: { id: string; subject: string; predicate: string; asOf: string | null; value: number | string }[];
}

const relation = (e: GraphEdge) => ({
  id: e.id,
  type: e.type,
  source: e.source,
  target: e.target,
  confidence: e.confidence,
  evidence: e.evidence.map((v) => ({ quote: v.quote, start: v.start, end: v.end })),
});

function conflicts(graph: ExtractedGraph, existing: ExistingState): ChangeSet["conflictingClaims"] {
  const out: ChangeSet["conflictingClaims"] = [];
  for (const c of graph.claims) {
    for (const old of existing.claims) {
      if (old.subject !== c.subject || old.predicate !== c.predicate || old.asOf !== c.asOf) continue;
      if (String(old.value) === String(c.value)) continue;
      out.push({
        subject: c.subject,
        predicate: c.predicate,
        asOf: c.asOf,
        value: c.value,
        existingValue: old.value,
        existingClaim: old.id,
        quote: c.evidence[0]?.quote ?? "",
      });
    }
  }
  return out;
}

export function buildChangeSet(
  decoded: Omit<DecodedFile, "text">,
  extraction: UploadExtraction,
  existing: ExistingState,
): ChangeSet {
  const { graph, meta, missing } = extraction;
  const doc = graph.documents[0];
  const names = new Map(graph.nodes.map((n) => [n.id, n.name]));
  const newEntities = graph.nodes
    .filter((n) => !existing.entities.has(n.id))
    .map((n) => ({ id: n.id, type: n.type, name: n.name }));
  return {
    document: {
      id: doc?.id ?? "",
      file: decoded.file,
      type: decoded.type,
      title: doc?.title ?? meta.title,
      author: meta.author,
      date: meta.date,
      kind: meta.kind,
      chars: doc?.chars ?? 0,
      ...(decoded.pages === undefined ? {} : { pages: decoded.pages }),
      sha256: decoded.sha256,
    },
    missingMetadata: missing,
    newEntities,
    newRelations: graph.edges.filter((e) => !existing.edges.has(e.id)).map(relation),
    newEvidence: graph.edges.filter((e) => existing.edges.has(e.id)).map(relation),
    candidateMerges: existing.similar
      .filter((s) => s.id !== s.candidate && !existing.entities.has(s.candidate))
      .map((s) => ({
        id: s.candidate,
        name: names.get(s.candidate) ?? s.candidate,
        existing: s.id,
        existingName: s.name,
        reason: s.reason,
      })),
    conflictingClaims: conflicts(graph, existing),
  };
}
