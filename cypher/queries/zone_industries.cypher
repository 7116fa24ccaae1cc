// @name zone_industries
// @title Industries a zone focuses on
// @titleZh 自贸区聚焦的产业
// @description Industries that a zone or one of its areas FOCUSES_ON (e.g. 呼和浩特片区 → 新能源, 生物医药), with the
// @description area that states it and the quote.
// @descriptionZh 某自贸区或其片区聚焦（FOCUSES_ON）的产业（如 呼和浩特片区 → 新能源、生物医药），
// @descriptionZh 附陈述该关系的片区和引文。
// @param zone string = "中国（内蒙古）自由贸易试验区" — the zone: id, Chinese name, English name or alias
MATCH (z:FreeTradeZone)
WHERE z.id = $zone OR z.name = $zone OR z.nameEn = $zone OR $zone IN z.aliases
MATCH (z)<-[:PART_OF]-{0,1}(x:Entity)-[r:FOCUSES_ON]->(i:Industry)
RETURN i.name AS industry,
  i.nameEn AS nameEn,
  collect(DISTINCT x.name) AS statedFor,
  max(r.confidence) AS confidence,
  collect(r.evidenceQuotes[0])[0] AS quote
ORDER BY size(statedFor) DESC, industry
