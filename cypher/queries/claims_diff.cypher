// @name claims_diff
// @title What changed between two documents' claims
// @titleZh 两份文件陈述的差异
// @description Claims of two documents side by side, per subject and predicate: changed (both state it, values differ),
// @description same, or only in one of them. E.g. the UNCTAD report (2023) counts 21 zones, the 2026 commentary 23.
// @descriptionZh 两份文件的陈述按主体和谓词并列：已变化（两者都陈述且数值不同）、相同，或仅见于其中一份。
// @descriptionZh 例如联合国贸发会议报告（2023）统计 21 个自贸区，2026 年评论为 23 个。
// @param docA string = "002_19fc4b336dc85e4e" — the earlier document: id (doc:...), file name or title
// @param docB string = "001_feab58405e0196af" — the later document: id (doc:...), file name or title
// @param changedOnly boolean = false — only subjects/predicates whose values differ between the two
MATCH (da:Document)
WHERE da.id = $docA OR da.id = 'doc:' + $docA OR da.file = $docA OR da.file = $docA + '.txt' OR da.title = $docA
MATCH (db:Document)
WHERE db.id = $docB OR db.id = 'doc:' + $docB OR db.file = $docB OR db.file = $docB + '.txt' OR db.title = $docB
MATCH (c:Claim)-[:STATED_IN]->(:Passage)-[:IN_DOCUMENT]->(d:Document)
WHERE d = da OR d = db
WITH DISTINCT da, db, c, d
OPTIONAL MATCH (c)-[:ABOUT]->(s:Entity)
WITH da, db, c, d, coalesce(s.name, c.subject) AS subject,
  toString(c.value) + coalesce(' ' + c.unit, '') + coalesce(' (' + c.asOf + ')', '') AS shown
WITH da, db, subject, c.predicate AS predicate,
  collect(DISTINCT CASE WHEN d = da THEN shown END) AS inA,
  collect(DISTINCT CASE WHEN d = db THEN shown END) AS inB
WITH da, db, subject, predicate,
  COLLECT { UNWIND inA AS v RETURN v ORDER BY v } AS valuesA,
  COLLECT { UNWIND inB AS v RETURN v ORDER BY v } AS valuesB
WITH da, db, subject, predicate, valuesA, valuesB,
  CASE
    WHEN size(valuesA) = 0 THEN 'only in B'
    WHEN size(valuesB) = 0 THEN 'only in A'
    WHEN valuesA = valuesB THEN 'same'
    ELSE 'changed'
  END AS status
WHERE NOT $changedOnly OR status = 'changed'
RETURN subject,
  predicate,
  status,
  valuesA,
  valuesB,
  da.title AS documentA,
  db.title AS documentB
ORDER BY CASE status WHEN 'changed' THEN 0 WHEN 'same' THEN 1 ELSE 2 END, subject, predicate
