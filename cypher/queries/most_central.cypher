// @name most_central
// @title Most central entities (two-hop reach)
// @titleZh 最核心的实体（两跳可达）
// @description Entities ranked by how much of the graph lies within two typed relationships of them (CO_OCCURS and
// @description provenance excluded): a plain-Cypher centrality, no plugin needed. `reach1` is the number of direct
// @description neighbours, `reach2` of entities at most two hops away, `share` the fraction of all entities reached.
// @descriptionZh 按两条类型化关系内可达的图谱范围对实体排序（不含 CO_OCCURS 和溯源关系）：纯 Cypher 的中心性，
// @descriptionZh 无需插件。`reach1` 为直接邻居数，`reach2` 为两跳内的实体数，
// @descriptionZh `share` 为可达实体占全部实体的比例。
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
