// @name province_corridors
// @title Corridors through a province
// @titleZh 经过某省份的走廊
// @description Economic corridors that pass through a province: the province itself, or something located in it
// @description (a city, port, zone or area), is ON_CORRIDOR the corridor or CONNECTed by it. One row per corridor with
// @description the shortest chain and every entity of the province that links to it.
// @descriptionZh 经过某省份的经济走廊：该省份本身，或位于其中的事物（城市、口岸、
// @descriptionZh 自贸区或片区）ON_CORRIDOR 该走廊或被其 CONNECTS 连接。每条走廊一行，
// @descriptionZh 附最短关联链及该省份中与之关联的每个实体。
// @param province string = "内蒙古自治区" — the province: id, Chinese name (内蒙古自治区 or 内蒙古), English name or alias
MATCH (prov:Province)
WHERE prov.id = $province OR prov.name = $province OR prov.nameEn = $province OR $province IN prov.aliases
MATCH p = (prov)<-[:LOCATED_IN|PART_OF]-{0,3}(x:Entity)-[:ON_CORRIDOR|CONNECTS]-(c:Corridor)
WITH prov, c, p, x
ORDER BY length(p)
WITH prov, c, collect(p)[0] AS shortest, collect(DISTINCT x.name) AS via
RETURN c.name AS corridor,
  c.nameEn AS nameEn,
  length(shortest) - 1 AS hopsInsideProvince,
  via,
  [r IN relationships(shortest) | startNode(r).name + ' -[' + type(r) + ']-> ' + endNode(r).name] AS chain,
  last(relationships(shortest)).evidenceQuotes[0] AS quote
ORDER BY hopsInsideProvince, size(via) DESC, corridor
