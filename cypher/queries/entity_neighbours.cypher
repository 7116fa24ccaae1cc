// @name entity_neighbours
// @title Relationships of one entity
// @description Every typed relationship of an entity (both directions), with the entity at the other end, the
// @description confidence, the number of evidence quotes and the first quote. CO_OCCURS is listed only when asked.
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
