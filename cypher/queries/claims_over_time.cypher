// @name claims_over_time
// @title Claims about a subject over time
// @description Dated claims (counts, volumes, areas, dates, shares...) about a subject, oldest first by the year of the
// @description stating document, each with its value, the period it refers to (asOf), the sentence and the source.
// @description Claims that disagree are kept side by side: 21 zones (2023), 22 (2026-01), 23 (2026-04).
// @param subject string = "" — the subject (id, name or alias); "" = any subject
// @param predicate string = "zone_count" — what is claimed (zone_count, trade_volume, area_km2, established, ...); "" = every predicate
MATCH (c:Claim)-[:ABOUT]->(s:Entity)
WHERE ($subject = '' OR s.id = $subject OR s.name = $subject OR s.nameEn = $subject OR $subject IN s.aliases)
  AND ($predicate = '' OR c.predicate = $predicate)
OPTIONAL MATCH (c)-[:STATED_IN]->(p:Passage)-[:IN_DOCUMENT]->(d:Document)
WITH c, s, collect(DISTINCT p.clean)[0] AS sentence, collect(DISTINCT d) AS docs
RETURN s.name AS subject,
  c.predicate AS predicate,
  c.value AS value,
  c.unit AS unit,
  c.asOf AS asOf,
  c.statedYear AS statedYear,
  [d IN docs | d.title] AS documents,
  [d IN docs | d.date] AS dates,
  sentence,
  c.id AS claimId
ORDER BY statedYear, asOf, subject, predicate
