// @name zone_ports
// @title Ports of a zone and the countries they face
// @titleZh 自贸区的口岸及其面向的国家
// @description Ports (口岸, sea ports, airports) linked to a pilot free trade zone — LINKED_PORT from the zone or one of
// @description its areas, or located in a city of one of its areas — and the countries each port faces: countries
// @description the port is directly related to, else the countries its province (or the zone's province) BORDERS.
// @descriptionZh 与某自由贸易试验区关联的口岸（陆路口岸、海港、机场）——自贸区或其片区 LINKED_PORT，
// @descriptionZh 或位于其片区所在城市——以及各口岸面向的国家：与口岸直接相关的国家，
// @descriptionZh 否则为其所在省份（或自贸区所在省份）BORDERS 的国家。
// @param zone string = "中国（内蒙古）自由贸易试验区" — the zone: id, Chinese name, English name or alias
MATCH (z:FreeTradeZone)
WHERE z.id = $zone OR z.name = $zone OR z.nameEn = $zone OR $zone IN z.aliases
CALL (z) {
  MATCH (z)<-[:PART_OF]-{0,1}(x:Entity)-[:LINKED_PORT]-(port:Port)
  RETURN port, x.name AS via, 'linked' AS how
  UNION
  MATCH (z)<-[:PART_OF]-(x:Area)-[:LOCATED_IN]->(:City)<-[:LOCATED_IN]-(port:Port)
  RETURN port, x.name AS via, 'same city' AS how
}
WITH z, port, collect(DISTINCT via) AS via, collect(DISTINCT how) AS how
OPTIONAL MATCH (port)-[:LOCATED_IN]->(city:City)
WITH z, port, via, how, city,
  [(port)-[:LOCATED_IN]->(pv:Province) | pv] + [(port)-[:LOCATED_IN]->(:City)-[:LOCATED_IN]->(pv:Province) | pv]
  + [(z)-[:LOCATED_IN]->(pv:Province) | pv] AS provs
WITH z, port, via, how, city, provs,
  COLLECT { MATCH (port)-[r]-(k:Country) WHERE type(r) <> 'CO_OCCURS' RETURN DISTINCT k.name } AS direct,
  COLLECT { UNWIND provs AS pv MATCH (pv)-[:BORDERS]->(k:Country) RETURN DISTINCT k.name } AS bordering
RETURN port.name AS port,
  port.nameEn AS nameEn,
  city.name AS city,
  via,
  how,
  CASE WHEN size(direct) > 0 THEN direct ELSE bordering END AS faces,
  CASE WHEN size(direct) > 0 THEN 'port' WHEN size(bordering) > 0 THEN 'province borders' END AS facesFrom,
  z.name AS zone
ORDER BY port
