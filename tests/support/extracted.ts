import { expect } from "vitest";
import type { ExtractedGraph } from "../../contracts/graph";

/** Small assertions on an extracted graph, shared by the extractor's rule tests. */
export const hasEdge = (g: ExtractedGraph, id: string) => g.edges.some((e) => e.id === id);
export const hasNode = (g: ExtractedGraph, id: string) => g.nodes.some((n) => n.id === id);
/** Every evidence quote is the text at its offsets. */
export const expectQuotesAtOffsets = (g: ExtractedGraph, text: string) => {
  for (const e of g.edges) for (const ev of e.evidence) expect(text.slice(ev.start, ev.end)).toBe(ev.quote);
};

/** A name found by a pattern (not in the catalog), as the extractor registers it. */
export { patternEntity as foundEntity } from "../../server/extract/catalog";
