/**
 * For a fresh load's CREATE statements: has this load already written a record with the same key
 * (the key its MERGE statement matches on)? Keys are kept as 53-bit hashes (IdSet, 8–16 bytes per
 * record), never as strings. A hash collision only sends a new record to the MERGE statement, which
 * writes it correctly (just slower), so a collision can never lose or double a record.
 */
import type { GraphEdge, GraphNode, Mention, Passage } from "../../contracts/graph";
import { IdSet } from "./idset";
import type { Section } from "./source";

/** The identity a section's MERGE statement uses; null for sections that always MERGE. */
export function mergeKey(section: Section, item: unknown): string | null {
  switch (section) {
    case "nodes":
      return (item as GraphNode).id;
    case "passages":
      return (item as Passage).id;
    case "edges": {
      const e = item as GraphEdge;
      return `${e.type}\u0000${e.source}\u0000${e.target}`;
    }
    case "mentions": {
      const m = item as Mention;
      return `${m.node}\u0000${m.passage}\u0000${m.start}`;
    }
    default:
      return null;
  }
}

export class Dedup {
  private readonly seen = new Map<Section, IdSet>();

  /** True the first time a key of this section is seen (then it may be CREATEd). */
  first(section: Section, item: unknown): boolean {
    const key = mergeKey(section, item);
    if (key === null) return false;
    let set = this.seen.get(section);
    if (!set) {
      set = new IdSet();
      this.seen.set(section, set);
    }
    return set.add(key);
  }
}
