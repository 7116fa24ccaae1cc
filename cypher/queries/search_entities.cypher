// @name search_entities
// @title Find entities by name, alias or pinyin
// @titleZh 按名称、别名或拼音查找实体
// @description Full-text search (index entity_search: names, English names, aliases, toneless pinyin; CJK bigrams) —
// @description the way to find the exact name or id to pass to the other queries.
// @descriptionZh 全文检索（索引 entity_search：名称、英文名、别名、无声调拼音；
// @descriptionZh 中日韩二元分词）——用于找到传给其他查询的准确名称或 id。
// @param q string = "二连浩特" — search text: Chinese, English or pinyin (e.g. erlianhaote)
// @param limit integer = 10 — number of hits
CALL db.index.fulltext.queryNodes('entity_search', $q) YIELD node, score
RETURN node.name AS name,
  node.type AS type,
  node.nameEn AS nameEn,
  coalesce(node.aliases, []) AS aliases,
  node.degree AS degree,
  round(score, 3) AS score,
  node.id AS id
ORDER BY score DESC, degree DESC
LIMIT toInteger($limit)
