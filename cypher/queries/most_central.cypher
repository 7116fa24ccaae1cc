// @name most_central
// @title Most central entities (two-hop reach)
// @description Entities ranked by how much of the graph lies within two typed relationships of them (CO_OCCURS and
// @description provenance excluded): a plain-Cypher centrality, no plugin needed. `reach1` is the number of direct
// @description neighbours, `reach2` of entities at most two hops away, `share` the fraction of all entities reached.
// @param type string = "" — restrict to one entity type (e.g. FreeTradeZone, Province, Corridor); "" = all
// @param limit integer = 15 — number of entities
MATCH (e:Entity)
WITH count(e) AS total
MATCH (n:Entity)
WHERE $type = '' OR n.type = $type
WITH total, n,
  COUNT {
    MATCH (n)-[:PART_OF|LOCATED_IN|BORDERS|ON_CORRIDOR|CONNECTS|ALIGNS_WITH|COOPERATES_WITH|FOCUSES_ON|APPLIES_FOR|HAS_PLATFORM|LINKED_PORT]-(m:Entity)
    RETURN DISTINCT m
  } AS reach1,
  COUNT {
    MATCH (n)-[:PART_OF|LOCATED_IN|BORDERS|ON_CORRIDOR|CONNECTS|ALIGNS_WITH|COOPERATES_WITH|FOCUSES_ON|APPLIES_FOR|HAS_PLATFORM|LINKED_PORT]-(m:Entity)
    RETURN m
    UNION
    MATCH (n)-[:PART_OF|LOCATED_IN|BORDERS|ON_CORRIDOR|CONNECTS|ALIGNS_WITH|COOPERATES_WITH|FOCUSES_ON|APPLIES_FOR|HAS_PLATFORM|LINKED_PORT]-(:Entity)-[:PART_OF|LOCATED_IN|BORDERS|ON_CORRIDOR|CONNECTS|ALIGNS_WITH|COOPERATES_WITH|FOCUSES_ON|APPLIES_FOR|HAS_PLATFORM|LINKED_PORT]-(m:Entity)
    WHERE m <> n
    RETURN m
  } AS reach2
WHERE reach1 > 0
RETURN n.name AS entity,
  n.type AS type,
  reach1,
  reach2,
  round(toFloat(reach2) / total, 3) AS share,
  n.id AS id
ORDER BY reach2 DESC, reach1 DESC, entity
LIMIT toInteger($limit)
