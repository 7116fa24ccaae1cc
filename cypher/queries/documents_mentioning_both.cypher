// @name documents_mentioning_both
// @title Documents that mention two entities together
// @titleZh 同时提及两个实体的文件
// @description Documents in which both entities are mentioned, with how often each is, how many sentences name both,
// @description and up to three of those sentences.
// @descriptionZh 两个实体都被提及的文件，附各自被提及的次数、同时提到两者的句子数，以及至多三句这样的句子。
// @param a string = "二连浩特片区" — first entity: id, name or alias
// @param b string = "中蒙俄经济走廊" — second entity: id, name or alias
MATCH (x:Entity)
WHERE x.id = $a OR x.name = $a OR x.nameEn = $a OR $a IN x.aliases
MATCH (y:Entity)
WHERE y.id = $b OR y.name = $b OR y.nameEn = $b OR $b IN y.aliases
MATCH (x)-[:MENTIONED_IN]->(px:Passage)-[:IN_DOCUMENT]->(d:Document)
WITH x, y, d, collect(DISTINCT px) AS pxs
MATCH (y)-[:MENTIONED_IN]->(py:Passage)-[:IN_DOCUMENT]->(d)
WITH x, y, d, pxs, collect(DISTINCT py) AS pys
WITH x, y, d, pxs, pys, [p IN pxs WHERE p IN pys] AS together
RETURN d.title AS document,
  d.date AS date,
  x.name AS a,
  y.name AS b,
  size(pxs) AS sentencesWithA,
  size(pys) AS sentencesWithB,
  size(together) AS sentencesWithBoth,
  [p IN together | p.clean][0..3] AS examples,
  d.id AS docId
ORDER BY sentencesWithBoth DESC, date
