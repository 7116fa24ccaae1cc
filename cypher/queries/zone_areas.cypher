// @name zone_areas
// @title Areas (片区) of a zone
// @titleZh 自贸区的片区
// @description The areas (片区) that are PART_OF a pilot free trade zone, each with the number of supporting quotes,
// @description the documents they come from and one example quote.
// @descriptionZh 属于（PART_OF）某自由贸易试验区的片区，各附支持引文数、来源文件和一条示例引文。
// @param zone string = "中国（内蒙古）自由贸易试验区" — the zone: id, Chinese name, English name or alias
MATCH (z:FreeTradeZone)
WHERE z.id = $zone OR z.name = $zone OR z.nameEn = $zone OR $zone IN z.aliases
MATCH (a:Area)-[r:PART_OF]->(z)
OPTIONAL MATCH (a)-[:LOCATED_IN]->(c:City)
RETURN z.name AS zone,
  a.name AS area,
  a.nameEn AS nameEn,
  collect(DISTINCT c.name) AS cities,
  r.confidence AS confidence,
  size(r.evidenceQuotes) AS evidenceCount,
  COLLECT { UNWIND r.evidenceDocs AS d RETURN DISTINCT d } AS documents,
  r.evidenceQuotes[0] AS exampleQuote
ORDER BY area
