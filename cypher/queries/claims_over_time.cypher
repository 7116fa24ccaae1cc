// @name claims_over_time
// @title Claims about a subject over time
// @titleZh 某主体的陈述随时间变化
// @description Dated claims (counts, volumes, areas, dates, shares...) about a subject, oldest first by the year of the
// @description stating document, each with its value, the period it refers to (asOf), the sentence and the source.
// @description Identical statements are grouped (column `statements`). Claims that disagree are kept side by side:
// @description the zone count is 21 in the 2023 UNCTAD report, 22 in the 2026-01 commentary and 23 after April 2026.
// @descriptionZh 关于某主体的带日期陈述（数量、规模、面积、日期、比例等），按陈述文件年份从早到晚排列，各附数值、
// @descriptionZh 所指时期（asOf）、原句和来源。相同陈述合并（列 `statements`）。相互矛盾的陈述并列保留：
// @descriptionZh 自贸区数量在 2023 年联合国贸发会议报告中为 21 个，2026 年 1 月评论中为 22 个，
// @descriptionZh 2026 年 4 月后为 23 个。
// @param subject string = "中国" — the subject (id, name or alias); "" = any subject
// @param predicate string = "ftz_count" — what is claimed (ftz_count, ftz_count_border, trade_value, train_count, area_km2, established, phase, ...); "" = every predicate
MATCH (c:Claim)-[:ABOUT]->(s:Entity)
WHERE ($subject = '' OR s.id = $subject OR s.name = $subject OR s.nameEn = $subject OR $subject IN s.aliases)
  AND ($predicate = '' OR c.predicate = $predicate)
OPTIONAL MATCH (c)-[:STATED_IN]->(p:Passage)-[:IN_DOCUMENT]->(d:Document)
WITH s, c.predicate AS predicate, c.value AS value, c.unit AS unit, c.asOf AS asOf, c.statedYear AS statedYear,
  count(DISTINCT c) AS statements, collect(DISTINCT d.title) AS documents, collect(DISTINCT d.date) AS dates,
  collect(DISTINCT p.clean)[0] AS sentence, collect(DISTINCT c.evidenceQuotes[0])[0..3] AS quotes
RETURN s.name AS subject,
  predicate,
  value,
  unit,
  asOf,
  statedYear,
  statements,
  quotes,
  documents,
  dates,
  sentence
ORDER BY statedYear, asOf, subject, predicate, value
