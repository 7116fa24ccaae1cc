// @name entity_neighbours
// @title Relationships of one entity
// @titleZh 某实体的关系
// @description Every typed relationship of an entity (both directions), with the entity at the other end, the
// @description confidence, the number of evidence quotes and the first quote. CO_OCCURS is listed only when asked.
// @descriptionZh 某实体的全部类型化关系（双向），附另一端的实体、置信度、证据句数量和第一条引文。
// @descriptionZh 仅在请求时列出 CO_OCCURS（共现）。
// @param entity string = "二连浩特片区" — the entity: id, name or alias
// @param includeCoOccurrence boolean = false — also list CO_OCCURS (same sentence, no stated relation)
MATCH (n:Entity)
WHERE n.id = $entity OR n.name = $entity OR n.nameEn = $entity OR $entity IN n.aliases
MATCH (n)-[r]-(m:Entity)
WHERE $includeCoOccurrence OR type(r) <> 'CO_OCCURS'
RETURN n.name AS entity,
  CASE WHEN startNode(r) = n THEN 'out' ELSE 'in' END AS direction,
  type(r) AS relationship,
  m.name AS other,
  m.type AS otherType,
  r.confidence AS confidence,
  size(r.evidenceQuotes) AS evidenceCount,
  r.evidenceQuotes[0] AS quote
ORDER BY relationship, direction, other
