// @name relationship_evidence
// @title Sentences supporting a relationship
// @description Every evidence quote of the relationships between two entities, with the whole sentence (passage), its
// @description document, offsets into the original file and the extraction method (catalog, pattern, table, cooccurrence).
// @param source string = "二连浩特片区" — one end: id, name or alias (either direction is searched)
// @param target string = "中国（内蒙古）自由贸易试验区" — the other end: id, name or alias
// @param type string = "" — one relationship type (PART_OF, ON_CORRIDOR, ...); "" = every type except CO_OCCURS
MATCH (s:Entity)
WHERE s.id = $source OR s.name = $source OR s.nameEn = $source OR $source IN s.aliases
MATCH (t:Entity)
WHERE t.id = $target OR t.name = $target OR t.nameEn = $target OR $target IN t.aliases
MATCH (s)-[r]-(t)
WHERE type(r) <> 'MENTIONED_IN' AND (type(r) = $type OR ($type = '' AND type(r) <> 'CO_OCCURS'))
UNWIND range(0, size(r.evidenceQuotes) - 1) AS i
OPTIONAL MATCH (p:Passage {id: r.evidencePassages[i]})
OPTIONAL MATCH (d:Document {id: r.evidenceDocs[i]})
RETURN type(r) AS relationship,
  startNode(r).name AS from,
  endNode(r).name AS to,
  r.confidence AS confidence,
  r.evidenceMethods[i] AS method,
  r.evidenceQuotes[i] AS quote,
  p.clean AS sentence,
  d.title AS document,
  d.date AS date,
  r.evidenceStarts[i] AS start,
  r.evidenceEnds[i] AS end,
  r.id AS relationshipId
ORDER BY relationship, date, start
