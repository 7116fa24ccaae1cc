// @name relationship_evidence
// @title Sentences supporting a relationship
// @titleZh 支持某关系的句子
// @description Every evidence quote of the relationships between two entities, with the whole sentence (passage), its
// @description document, offsets into the original file and the extraction method (catalog, pattern, table, cooccurrence).
// @description This lists every stored quote; the explorer, the API (GET /api/edges/:id) and `zonegraph query` show the
// @description ranked evidence: sentences naming both ends first, headings and fragments left out, duplicates collapsed.
// @descriptionZh 两个实体之间关系的全部证据引文，附完整句子（段落）、所在文件、在原文件中的偏移量以及抽取方法（catalog、
// @descriptionZh pattern、table、cooccurrence）。此查询列出存储的全部引文；
// @descriptionZh 探索界面、API（GET /api/edges/:id）和 `zonegraph query` 显示排序后的证据：先列同时提到两端的句子，
// @descriptionZh 不显示标题和残句，重复句子合并。
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
