/** Cypher fragments over the parallel evidence arrays of a relationship (server/load/queries.ts). */

export const EVIDENCE_KEYS = [
  "evidenceDocs",
  "evidencePassages",
  "evidenceStarts",
  "evidenceEnds",
  "evidenceQuotes",
  "evidenceMethods",
] as const;

/** SET clauses appending to `n` the evidence of `r` that `n` does not hold yet (same passage and start). */
export function appendMissingEvidence(n: string, r: string): string {
  const add = `[k IN range(0, size(coalesce(${r}.evidenceDocs, [])) - 1) WHERE NOT any(j IN range(0, size(coalesce(${n}.evidenceDocs, [])) - 1) WHERE ${n}.evidencePassages[j] = ${r}.evidencePassages[k] AND ${n}.evidenceStarts[j] = ${r}.evidenceStarts[k] AND ${n}.evidenceMethods[j] = ${r}.evidenceMethods[k])]`;
  return `WITH *, ${add} AS add
SET ${EVIDENCE_KEYS.map((k) => `${n}.${k} = coalesce(${n}.${k}, []) + [k IN add | ${r}.${k}[k]]`).join(",\n    ")}`;
}
