/**
 * The rows of many relationships by id in one query, as edgeDetailQuery reads one: ids are grouped by
 * the type their prefix names, each group read by an index seek on that type's `rel_<type>_id`; an id
 * without a known type prefix is looked up on every type (no index: only for such ids).
 */
import { REL_TYPES, type RelType } from "../../contracts/graph";
import type { Query } from "../neo4j/executor";
import { evidenceArrays } from "./fragments";
import { relTypeOfId } from "./graph";

const BRANCH_RETURN = "RETURN r, s, t";

export function edgeDetailsQuery(ids: string[]): Query {
  const byType = new Map<RelType | null, string[]>();
  for (const id of new Set(ids)) {
    const type = relTypeOfId(id);
    byType.set(type, [...(byType.get(type) ?? []), id]);
  }
  const params: Record<string, string[]> = {};
  const branches = [...byType].map(([type, group], i) => {
    params[`ids${i}`] = group;
    const rel = type && REL_TYPES.includes(type) ? `r:${type}` : "r";
    return `  MATCH (s:Entity)-[${rel}]->(t:Entity) WHERE r.id IN $ids${i}\n  ${BRANCH_RETURN}`;
  });
  return {
    cypher: `CALL () {
${branches.length > 0 ? branches.join("\n  UNION ALL\n") : `  MATCH (s:Entity)-[r]->(t:Entity) WHERE false\n  ${BRANCH_RETURN}`}
}
RETURN r.id AS id, type(r) AS type, properties(r) AS props, r.confidence AS confidence,
       ${evidenceArrays("r")} AS ev,
       s {.id, .name, .nameEn, .type, .aliases} AS source, t {.id, .name, .nameEn, .type, .aliases} AS target`,
    params,
  };
}
