// @name agreement_matrix
// @title Agreement × zone matrix (with stage)
// @titleZh 协定 × 自贸区矩阵（含阶段）
// @description Which zones, areas, provinces or countries align with which trade agreement (RCEP, CPTPP, DEPA ...): one row
// @description per ALIGNS_WITH relationship, with its stage (applied, signed, ratified, in_force, pilots; "aligned" when the
// @description sentence does not say) and its number of evidence quotes. Pivot on agreement for the matrix view.
// @descriptionZh 哪些自贸区、片区、省份或国家对接哪项经贸协定（RCEP、CPTPP、DEPA 等）：
// @descriptionZh 每条 ALIGNS_WITH 关系一行，附阶段（申请加入 applied、签署 signed、
// @descriptionZh 批准 ratified、生效 in_force、先行先试 pilots；
// @descriptionZh 句子未说明时为对接 aligned）和证据句数量。按协定透视即为矩阵视图。
// @param rowType string = "" — restrict rows to one entity type (FreeTradeZone, Area, Province, Country); "" = all
MATCH (x:Entity)-[r:ALIGNS_WITH]->(a:Agreement)
WHERE $rowType = '' OR x.type = $rowType
RETURN x.type AS rowType, x.name AS row, coalesce([al IN a.aliases WHERE al =~ '[A-Z][A-Za-z0-9-]{1,9}'][0], a.name) AS agreement,
  coalesce(r.stage, 'aligned') AS stage, size(coalesce(r.evidenceQuotes, [])) AS evidence, r.evidenceQuotes[0] AS quote
ORDER BY agreement, rowType, row
