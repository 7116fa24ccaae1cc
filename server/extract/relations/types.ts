/** The shape of a relation rule: one way the language states a relation, read on one passage. */
import type { RelType } from "../../../contracts/graph";
import type { RelationContext } from "./context";

export interface RelationRule {
  name: string;
  /** The relation types it may give. */
  types: readonly RelType[];
  find(rc: RelationContext): void;
}
