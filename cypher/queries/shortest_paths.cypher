// @name shortest_paths
// @title Shortest paths between two entities
// @titleZh 两个实体之间的最短路径
// @description All shortest paths (up to 6 hops) between two entities over typed relationships, each hop with its type
// @description and one supporting quote. CO_OCCURS (same sentence, no stated relation) is used only when asked.
// @descriptionZh 两个实体之间经类型化关系的全部最短路径（至多 6 跳），每一跳附类型和一条支持引文。
// @descriptionZh 仅在请求时使用 CO_OCCURS（同句共现，未陈述关系）。
// @param from string = "二连浩特片区" — start entity: id, name or alias
// @param to string = "蒙古国" — end entity: id, name or alias
// @param includeCoOccurrence boolean = false — also walk CO_OCCURS relationships
// @param limit integer = 10 — at most this many paths
MATCH (a:Entity)
WHERE a.id = $from OR a.name = $from OR a.nameEn = $from OR $from IN a.aliases
MATCH (b:Entity)
WHERE (b.id = $to OR b.name = $to OR b.nameEn = $to OR $to IN b.aliases) AND b <> a
CALL (a, b) {
  WITH a, b
  WHERE NOT $includeCoOccurrence
  MATCH p = allShortestPaths((a)-[:PART_OF|LOCATED_IN|BORDERS|ON_CORRIDOR|CONNECTS|ALIGNS_WITH|COOPERATES_WITH|FOCUSES_ON|APPLIES_FOR|HAS_PLATFORM|LINKED_PORT*..6]-(b))
  RETURN p
  UNION
  WITH a, b
  WHERE $includeCoOccurrence
  MATCH p = allShortestPaths((a)-[:PART_OF|LOCATED_IN|BORDERS|ON_CORRIDOR|CONNECTS|ALIGNS_WITH|COOPERATES_WITH|FOCUSES_ON|APPLIES_FOR|HAS_PLATFORM|LINKED_PORT|CO_OCCURS*..6]-(b))
  RETURN p
}
RETURN length(p) AS hops,
  [n IN nodes(p) | n.name] AS nodes,
  [r IN relationships(p) | startNode(r).name + ' -[' + type(r) + ']-> ' + endNode(r).name] AS chain,
  [r IN relationships(p) | r.evidenceQuotes[0]] AS quotes,
  reduce(c = 1.0, r IN relationships(p) | c * coalesce(r.confidence, 1.0)) AS confidence
ORDER BY hops, confidence DESC
LIMIT toInteger($limit)
