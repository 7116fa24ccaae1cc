// @name zones_by_category
// @title Zones by category
// @titleZh 按类别列出自贸区
// @description Pilot free trade zones of one geographic category — coastal (沿海), inland (内陆) or border (沿边) —
// @description with their province and establishment date. Uses the zone property `category` set by the extractor.
// @descriptionZh 某一地理类别的自由贸易试验区——沿海、内陆或沿边——附所在省份和设立日期。
// @descriptionZh 使用抽取器设置的自贸区属性 `category`。
// @param category string = "border" — coastal, inland or border (also 沿海, 内陆, 沿边); "" lists every zone with its category
MATCH (z:FreeTradeZone)
WITH z,
  CASE $category
    WHEN '沿海' THEN 'coastal'
    WHEN '内陆' THEN 'inland'
    WHEN '沿边' THEN 'border'
    ELSE toLower(trim($category))
  END AS wanted
WHERE wanted = '' OR z.category = wanted
OPTIONAL MATCH (z)-[:LOCATED_IN]->(p:Province)
RETURN z.name AS zone,
  z.nameEn AS nameEn,
  z.category AS category,
  p.name AS province,
  z.established AS established,
  z.id AS id
ORDER BY category, established, zone
