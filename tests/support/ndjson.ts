/** NDJSON lines of a graph in the loader's record format: a version line, then `{"node": {...}}` … */
import type { ExtractedGraph } from "../../contracts/graph";
import { SECTION_KEYS, type Section } from "../../server/load/source";

const DEFAULT_ORDER = ["documents", "passages", "nodes", "edges", "mentions", "claims"] as const;

export function ndjsonLines(g: ExtractedGraph, order: readonly Section[] = DEFAULT_ORDER): string[] {
  const lines = [JSON.stringify({ version: 1 })];
  for (const section of order)
    for (const item of g[section] ?? []) lines.push(JSON.stringify({ [SECTION_KEYS[section]]: item }));
  return lines;
}
