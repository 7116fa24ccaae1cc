// @name zones_as_of
// @title Zones established as known at a date
// @titleZh 截至某日已知设立的自贸区
// @description Pilot free trade zones whose establishment is stated (an `established` claim) in a document published
// @description on or before the date, with the establishment date as written and the sentence stating it. Documents carry
// @description `dateFrom`/`dateTo` (Neo4j DATE; `dateTo` is null for "2026-01 or later"); claims `asOfFrom`/`asOfTo`.
// @description At 2023-12-31 the corpus knows 21 zones, at 2026-01-15 22, after April 2026 23.
// @descriptionZh 在该日期或之前发布的文件中陈述了设立（`established` 陈述）的自由贸易试验区，
// @descriptionZh 附原文写法的设立日期和陈述句。文件带有 `dateFrom`/`dateTo`（Neo4j DATE；
// @descriptionZh “2026-01 或更晚”的 `dateTo` 为 null）；
// @descriptionZh 陈述带有 `asOfFrom`/`asOfTo`。截至 2023-12-31 语料可知 21 个自贸区，
// @descriptionZh 2026-01-15 为 22 个，2026 年 4 月后为 23 个。
// @param at string = "2023-12-31" — the date, yyyy-mm-dd
MATCH (c:Claim {predicate: 'established'})-[:ABOUT]->(z:FreeTradeZone)
WHERE c.asOfFrom <= date($at)
MATCH (c)-[:STATED_IN]->(p:Passage)-[:IN_DOCUMENT]->(d:Document)
WHERE d.dateFrom <= date($at)
WITH z, c, p, d ORDER BY c.asOfFrom, d.dateFrom
WITH z, collect({established: c.asOf, sentence: p.clean, document: d.title, published: d.date})[0] AS first
RETURN z.name AS zone, z.nameEn AS zoneEn, first.established AS established, first.sentence AS sentence,
  first.document AS document, first.published AS published
ORDER BY established, zone
