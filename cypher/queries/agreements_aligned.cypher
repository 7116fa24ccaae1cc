// @name agreements_aligned
// @title Agreements a zone or province aligns with
// @titleZh 自贸区或省份对接的协定
// @description Trade agreements (RCEP, CPTPP, DEPA, ...) that a zone, area or province ALIGNS_WITH, with the quote that
// @description says so. A zone inherits the alignments of its areas and a province those of its zones (column `via`).
// @descriptionZh 某自贸区、片区或省份 ALIGNS_WITH 的经贸协定（RCEP、CPTPP、
// @descriptionZh DEPA 等）及说明该关系的引文。自贸区继承其片区的对接，省份继承其自贸区的对接（列 `via`）。
// @param subject string = "" — a zone, area or province (id, name or alias); "" lists every alignment in the graph
MATCH (s:Entity)-[r:ALIGNS_WITH]->(ag:Agreement)
WITH s, r, ag,
  [(s)-[:PART_OF|LOCATED_IN]->(u:FreeTradeZone|Province) | u]
  + [(s)-[:PART_OF]->(:FreeTradeZone)-[:LOCATED_IN]->(u:Province) | u] AS ups
WITH s, r, ag, [s] + ups AS owners
UNWIND owners AS owner
WITH owner, s, r, ag
WHERE CASE
    WHEN $subject = '' THEN owner = s
    ELSE owner.id = $subject OR owner.name = $subject OR owner.nameEn = $subject OR $subject IN owner.aliases
  END
RETURN owner.name AS subject,
  owner.type AS subjectType,
  ag.name AS agreement,
  ag.nameEn AS agreementEn,
  CASE WHEN owner = s THEN null ELSE s.name END AS via,
  r.confidence AS confidence,
  r.evidenceQuotes[0] AS quote,
  COLLECT { UNWIND r.evidenceDocs AS d RETURN DISTINCT d } AS documents
ORDER BY subject, agreement
