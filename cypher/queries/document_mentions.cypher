// @name document_mentions
// @title Everything a document mentions
// @titleZh 一份文件提及的全部实体
// @description The entities a document mentions, most mentioned first, with their type, the surface forms used, the
// @description number of mentions and the first sentence that names them.
// @descriptionZh 某文件提及的实体，按提及次数从多到少排列，附类型、所用写法、提及次数以及首次提到它的句子。
// @param doc string = "003_12a3db38e9cb99d5" — the document: id (doc:003_...), file name with or without .txt, or title
// @param type string = "" — restrict to one entity type (e.g. Area, Port, Corridor); "" = all
MATCH (d:Document)
WHERE d.id = $doc OR d.id = 'doc:' + $doc OR d.file = $doc OR d.file = $doc + '.txt' OR d.title = $doc
MATCH (n:Entity)-[m:MENTIONED_IN]->(p:Passage)-[:IN_DOCUMENT]->(d)
WHERE $type = '' OR n.type = $type
WITH d, n, m, p
ORDER BY m.start
WITH d, n, count(m) AS mentions, collect(DISTINCT m.surface) AS surfaces, collect(p.clean)[0] AS firstSentence,
  min(m.start) AS firstOffset
RETURN n.name AS entity,
  n.type AS type,
  mentions,
  surfaces,
  firstOffset,
  firstSentence,
  d.title AS document
ORDER BY mentions DESC, firstOffset
