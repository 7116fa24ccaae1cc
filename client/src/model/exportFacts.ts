/**
 * What exports add to the scene from the API: each relationship's evidence count, extraction methods,
 * stage (ALIGNS_WITH) and the documents it is stated in. Pure: built from edge details;
 * client/src/ui/exportFacts.ts fetches them. A zone's status needs no request: scene nodes carry the
 * API's `status` attribute.
 */
import type { EdgeDetail } from "../../../contracts/api";

export interface EdgeFacts {
  evidenceCount: number;
  /** Distinct extraction methods of its evidence, sorted (pattern, table, human, …). */
  methods: string[];
  /** The agreement stage of an ALIGNS_WITH (applied, signed, ratified, in_force, pilots), else null. */
  stage: string | null;
  /** Titles of the documents its evidence comes from. */
  docs: string[];
}

export interface ExportFacts {
  edges: Map<string, EdgeFacts>;
}

export const emptyFacts = (): ExportFacts => ({ edges: new Map() });

export function edgeFacts(d: EdgeDetail): EdgeFacts {
  const stage = d.properties.stage;
  return {
    evidenceCount: d.evidence.length,
    methods: [...new Set(d.evidence.map((e) => e.method))].sort(),
    stage: typeof stage === "string" && stage ? stage : null,
    docs: [...new Set(d.evidence.map((e) => e.docTitle || e.doc))],
  };
}

/** The documents behind the scene's relationships, most cited first; at most `max`, then how many more. */
export function sourceDocuments(facts: ExportFacts, max = 3): { titles: string[]; more: number } {
  const counts = new Map<string, number>();
  for (const f of facts.edges.values()) for (const d of f.docs) counts.set(d, (counts.get(d) ?? 0) + 1);
  const titles = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([t]) => t);
  return { titles: titles.slice(0, max), more: Math.max(0, titles.length - max) };
}
