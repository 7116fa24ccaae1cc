/** Relationship ids are `${type}:${source}->${target}` (contracts/graph.ts); entity ids `${type}:${name}`. */
import { NODE_TYPES, type NodeType, REL_TYPES, type RelType } from "../../contracts/graph";
import { BadRequestError } from "../errors";

export function relTypeOf(edgeId: string): RelType {
  const type = edgeId.slice(0, edgeId.indexOf(":"));
  if (!(REL_TYPES as readonly string[]).includes(type))
    throw new BadRequestError(
      `Not a relationship id: ${JSON.stringify(edgeId)} (expected TYPE:source->target).`,
    );
  return type as RelType;
}

export function nodeTypeOf(entityId: string): NodeType {
  const type = entityId.slice(0, entityId.indexOf(":"));
  if (!(NODE_TYPES as readonly string[]).includes(type))
    throw new BadRequestError(`Not an entity id: ${JSON.stringify(entityId)} (expected Type:name).`);
  return type as NodeType;
}
