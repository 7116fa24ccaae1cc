/**
 * For a fresh load's CREATE statements: has this load already written a record with the same key
 * (the key its MERGE statement matches on)? Keys are never kept as strings: given the record counts
 * (the transactional loader has the validation's), as 32-bit fingerprints in sets sized once
 * (fingerprints.ts, 4 bytes a slot); without them as 53-bit hashes (IdSet, 8–16 bytes a record),
 * where a repeat must be a true one (the CSV pass: `zonegraph import` refuses repeated keys). A
 * collision only sends a new record to the MERGE statement, which writes it correctly (just slower),
 * so a collision can never lose or double a record.
 */
import type { GraphEdge, GraphNode, Mention, Passage } from "../../contracts/graph";
import { FingerprintSet } from "./fingerprints";
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
  private readonly seen = new Map<Section, FingerprintSet | IdSet>();

  /** `expected`: records per section (the validation's counts): fingerprint sets sized once. */
  constructor(private readonly expected?: Partial<Record<Section, number>>) {}

  /** True the first time a key of this section is seen (then it may be CREATEd). */
  first(section: Section, item: unknown): boolean {
    const key = mergeKey(section, item);
    if (key === null) return false;
    let set = this.seen.get(section);
    if (!set) {
      set = this.expected ? new FingerprintSet(this.expected[section] ?? 0) : new IdSet();
      this.seen.set(section, set);
    }
    return set.add(key);
  }
}
