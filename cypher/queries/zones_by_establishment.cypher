// @name zones_by_establishment
// @title Zones by establishment phase
// @titleZh 按设立批次列出自贸区
// @description Pilot free trade zones by establishment phase (batch): 1 = Shanghai 2013, 2 = 2015 (Guangdong, Tianjin,
// @description Fujian), 3 = 2017, 4 = 2018 (Hainan), 5 = 2019, 6 = 2020, then Xinjiang 2023 and Inner Mongolia 2026.
// @description Dates come from the zone properties `established` / `phase` (appendix table 1 of the UNCTAD report),
// @description else from `established` / `phase` claims; `year` falls back to the year the phase claim refers to.
// @descriptionZh 按设立批次列出自由贸易试验区：1 = 上海 2013 年，2 = 2015 年（广东、天津、福建），
// @descriptionZh 3 = 2017 年，4 = 2018 年（海南），5 = 2019 年，6 = 2020 年，
// @descriptionZh 随后为新疆 2023 年和内蒙古 2026 年。
// @descriptionZh 日期来自自贸区属性 `established` / `phase`（联合国贸发会议报告附表 1），
// @descriptionZh 否则来自 `established` / `phase` 陈述；`year` 缺失时取批次陈述所指的年份。
// @param phase integer = 0 — only this phase (1-6); 0 = every phase
// @param from integer = 2013 — first year, inclusive
// @param to integer = 2026 — last year, inclusive
MATCH (z:FreeTradeZone)
OPTIONAL MATCH (ce:Claim {predicate: 'established'})-[:ABOUT]->(z)
OPTIONAL MATCH (cp:Claim {predicate: 'phase'})-[:ABOUT]->(z)
WITH z, collect(DISTINCT toString(ce.value)) AS establishedClaims, collect(DISTINCT cp) AS phaseClaims
WITH z, establishedClaims,
  coalesce(toString(z.established), establishedClaims[0]) AS established,
  toInteger(coalesce(z.phase, phaseClaims[0].value)) AS phase,
  phaseClaims[0].asOf AS phaseYear
WITH z, establishedClaims, established, phase, coalesce(toInteger(left(established, 4)), toInteger(left(phaseYear, 4))) AS year
WHERE year IS NOT NULL
  AND year >= toInteger($from) AND year <= toInteger($to)
  AND (toInteger($phase) = 0 OR phase = toInteger($phase))
OPTIONAL MATCH (z)-[:LOCATED_IN]->(p:Province)
RETURN phase,
  year,
  z.name AS zone,
  z.nameEn AS nameEn,
  established,
  z.category AS category,
  p.name AS province,
  z.focus AS focus
ORDER BY year, phase, established, zone
