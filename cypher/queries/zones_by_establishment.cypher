// @name zones_by_establishment
// @title Zones by establishment phase
// @description Pilot free trade zones established between two years, with their establishment date and batch
// @description (Shanghai 2013, then the 2015, 2017, 2018, 2019, 2020, 2023 and 2026 batches). The date comes from the
// @description zone property `established`, or else from an `established` claim (appendix table of the UNCTAD report).
// @param from integer = 2013 — first year, inclusive
// @param to integer = 2026 — last year, inclusive
MATCH (z:FreeTradeZone)
OPTIONAL MATCH (c:Claim {predicate: 'established'})-[:ABOUT]->(z)
WITH z, collect(DISTINCT toString(c.value)) AS claimed
WITH z, coalesce(toString(z.established), claimed[0]) AS established, claimed
WITH z, established, claimed, toInteger(left(established, 4)) AS year
WHERE year >= toInteger($from) AND year <= toInteger($to)
OPTIONAL MATCH (z)-[:LOCATED_IN]->(p:Province)
RETURN year,
  z.batch AS batch,
  z.name AS zone,
  z.nameEn AS nameEn,
  established,
  z.category AS category,
  p.name AS province,
  claimed AS establishedClaims
ORDER BY year, established, zone
