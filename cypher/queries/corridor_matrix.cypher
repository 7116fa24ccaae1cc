// @name corridor_matrix
// @title Corridor × zone matrix (direct or inferred)
// @titleZh 走廊 × 自贸区矩阵（直接或推断）
// @description Every corridor and every pilot free trade zone linked to it, with the most direct kind of link: direct
// @description (ON_CORRIDOR), through an area, a port, a city, the province, or a partner country (weakest), and the chain.
// @description One row per corridor and zone; pivot on corridor for the matrix view.
// @descriptionZh 每条走廊及与之关联的每个自由贸易试验区，附最直接的关联方式：直接（ON_CORRIDOR）、经片区、口岸、城市、
// @descriptionZh 所在省份，或经伙伴国家（最弱），以及关联链。每对走廊与自贸区一行；按走廊透视即为矩阵视图。
// @param maxRank integer = 6 — keep links up to this rank (1 direct, 2 area, 3 port, 4 city, 5 province, 6 country)
MATCH (c:Corridor)
CALL (c) {
  MATCH p = (z:FreeTradeZone)-[:ON_CORRIDOR|CONNECTS]-(c)
  RETURN z, p, 'direct' AS directness, 1 AS rank
  UNION
  MATCH p = (z:FreeTradeZone)<-[:PART_OF]-(:Area)-[:ON_CORRIDOR|CONNECTS]-(c)
  RETURN z, p, 'area' AS directness, 2 AS rank
  UNION
  MATCH p = (z:FreeTradeZone)<-[:PART_OF]-{0,1}(:Entity)-[:LINKED_PORT]-(:Port)-[:ON_CORRIDOR|CONNECTS]-(c)
  RETURN z, p, 'port' AS directness, 3 AS rank
  UNION
  MATCH p = (z:FreeTradeZone)<-[:PART_OF]-{0,1}(:Entity)-[:LOCATED_IN]->(:City)-[:ON_CORRIDOR|CONNECTS]-(c)
  RETURN z, p, 'city' AS directness, 4 AS rank
  UNION
  MATCH p = (z:FreeTradeZone)-[:LOCATED_IN]->{1,2}(:Province)-[:ON_CORRIDOR|CONNECTS]-(c)
  RETURN z, p, 'province' AS directness, 5 AS rank
  UNION
  MATCH p = (z:FreeTradeZone)-[:LOCATED_IN]->{1,2}(:Province)-[:BORDERS]->(:Country)-[:ON_CORRIDOR|CONNECTS]-(c)
  RETURN z, p, 'country' AS directness, 6 AS rank
}
WITH c, z, p, directness, rank
WHERE rank <= toInteger($maxRank)
ORDER BY rank, length(p)
WITH c, z, collect({directness: directness, rank: rank, chain: [n IN nodes(p) | n.name]})[0] AS best
RETURN c.name AS corridor, z.name AS zone, best.directness AS directness, best.rank AS rank,
  reduce(s = '', n IN best.chain | s + CASE WHEN s = '' THEN '' ELSE ' → ' END + n) AS chain
ORDER BY corridor, rank, zone
