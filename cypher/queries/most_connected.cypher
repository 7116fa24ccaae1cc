// @name most_connected
// @title Most connected entities
// @titleZh 连接最多的实体
// @description Entities ranked by degree over typed relationships (CO_OCCURS and provenance excluded), with the
// @description count per relationship type and the number of sentences that mention them.
// @descriptionZh 按类型化关系的度数对实体排序（不含 CO_OCCURS 和溯源关系），附每种关系类型的数量以及提及它们的句子数。
// @param type string = "" — restrict to one entity type (FreeTradeZone, Area, Province, City, Country, Corridor, Port, Agreement, Organization, DevZone, Industry); "" = all
// @param limit integer = 15 — number of entities
MATCH (n:Entity)
WHERE $type = '' OR n.type = $type
WITH n, coalesce(n.degree, COUNT { (n)-[r]-(:Entity) WHERE type(r) <> 'CO_OCCURS' }) AS degree
ORDER BY degree DESC, n.name
LIMIT toInteger($limit)
RETURN n.name AS entity,
  n.type AS type,
  degree,
  COLLECT {
    MATCH (n)-[r]-(:Entity) WHERE type(r) <> 'CO_OCCURS'
    WITH type(r) AS rel, count(*) AS k
    ORDER BY k DESC, rel
    RETURN rel + ' ' + toString(k)
  } AS byType,
  COUNT { (n)-[:MENTIONED_IN]->(:Passage) } AS mentions,
  n.id AS id
