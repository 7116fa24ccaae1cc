// @name agreement_matrix
// @title Agreement × zone matrix (with stage)
// @description Which zones, areas, provinces or countries align with which trade agreement (RCEP, CPTPP, DEPA ...): one row
// @description per ALIGNS_WITH relationship, with its stage (applied, signed, ratified, in_force, pilots; "aligned" when the
// @description sentence does not say) and its number of evidence quotes. Pivot on agreement for the matrix view.
// @param rowType string = "" — restrict rows to one entity type (FreeTradeZone, Area, Province, Country); "" = all
MATCH (x:Entity)-[r:ALIGNS_WITH]->(a:Agreement)
WHERE $rowType = '' OR x.type = $rowType
RETURN x.type AS rowType, x.name AS row, coalesce([al IN a.aliases WHERE al =~ '[A-Z][A-Za-z0-9-]{1,9}'][0], a.name) AS agreement,
  coalesce(r.stage, 'aligned') AS stage, size(coalesce(r.evidenceQuotes, [])) AS evidence, r.evidenceQuotes[0] AS quote
ORDER BY agreement, rowType, row
