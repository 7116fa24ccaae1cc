// @name corridor_zones
// @title Zones on a corridor (direct and inferred)
// @titleZh 走廊上的自贸区（直接与推断）
// @description Pilot free trade zones linked to an economic corridor, each with its most direct chain of evidence:
// @description direct (zone ON_CORRIDOR corridor), through one of its areas, a linked port, a city, its province, or a
// @description neighbouring country the corridor connects. rank 1 = most direct; chain lists every hop with one quote.
// @descriptionZh 与某经济走廊关联的自由贸易试验区，各附最直接的证据链：直接（自贸区 ON_CORRIDOR 走廊）、经其片区、
// @descriptionZh 关联口岸、城市、所在省份，或走廊连接的相邻国家。rank 1 为最直接；chain 列出每一跳及一条引文。
// @param corridor string = "中蒙俄经济走廊" — the corridor: id, Chinese name, English name or alias
// @param maxRank integer = 5 — keep links up to this rank (1 direct, 2 area, 3 port, 4 city, 5 province, 6 country)
MATCH (c:Corridor)
WHERE c.id = $corridor OR c.name = $corridor OR c.nameEn = $corridor OR $corridor IN c.aliases
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
WITH c, z, collect({directness: directness, rank: rank, path: p}) AS links
WITH c, z, links[0] AS best, size(links) AS chains
RETURN z.name AS zone,
  best.directness AS directness,
  best.rank AS rank,
  [n IN nodes(best.path) | n.name] AS via,
  [r IN relationships(best.path) | startNode(r).name + ' -[' + type(r) + ']-> ' + endNode(r).name] AS chain,
  [r IN relationships(best.path) | r.evidenceQuotes[0]] AS quotes,
  chains AS otherChains,
  c.name AS corridor
ORDER BY rank, zone
