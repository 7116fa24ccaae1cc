/** The shape of an entity rule: one naming pattern of the language, read on one passage. */
import type { NodeType } from "../../../contracts/graph";
import type { Names, Span } from "./names";

export interface Mention extends Span {
  method: "catalog" | "pattern";
  /** Places or countries named inside the mention (a port's city, a corridor's countries). */
  parts: Span[];
  /** For areas found by enumeration ("呼和浩特、满洲里、二连浩特三个片区"). */
  enumerated?: boolean;
}

/** A mention proposed by a rule, before overlaps are resolved (longest, then priority, then leftmost). */
export interface Candidate extends Mention {
  prio: number;
}

export interface EntityContext {
  /** The normalised clean text of the passage. */
  norm: string;
  /** The clean text `norm` was made from (same offsets), for a character a name keeps as written. */
  clean?: string;
  /** Catalog lookups and registration of names found by patterns. */
  n: Names;
  /** Candidates proposed by the rules that ran before this one (registry order). */
  cands: readonly Candidate[];
  /** Proposes a mention, with the rule's priority. */
  add(m: Omit<Mention, "parts"> & { parts?: Span[] }): void;
}

export interface EntityRule {
  name: string;
  /** The type of the entities it finds ("any" for catalog surface forms). */
  type: NodeType | "any";
  /** Wins overlaps of equal length against lower priorities. */
  priority: number;
  find(ctx: EntityContext): void;
}
