// @name province_applications
// @title Provinces applying for a zone
// @titleZh 申建自贸区的省份
// @description Provinces that APPLY_FOR (申建) a pilot free trade zone, with the zone applied for, the supporting quote and
// @description the documents; whether the zone already exists as approved in the corpus is shown by `zoneApproved`.
// @descriptionZh 申建（APPLIES_FOR）自由贸易试验区的省份，附所申建的自贸区、支持引文和文件；
// @descriptionZh `zoneApproved` 表示语料中该自贸区是否已获批设立。
// @param zone string = "" — the zone applied for (id, name or alias); "" lists every application
MATCH (p:Province)-[r:APPLIES_FOR]->(z:Entity)
WHERE $zone = '' OR z.id = $zone OR z.name = $zone OR z.nameEn = $zone OR $zone IN z.aliases
RETURN p.name AS province,
  p.nameEn AS provinceEn,
  z.name AS zone,
  z.established IS NOT NULL AS zoneApproved,
  r.confidence AS confidence,
  size(r.evidenceQuotes) AS evidenceCount,
  r.evidenceQuotes[0] AS quote,
  COLLECT { UNWIND r.evidenceDocs AS d RETURN DISTINCT d } AS documents
ORDER BY province
