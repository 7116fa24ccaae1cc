// @name claims_changed_between
// @title What changed between two dates (claimed values)
// @titleZh 两个日期之间的变化（陈述的数值）
// @description For each subject and predicate, the latest value stated in documents published by `from` next to the latest
// @description stated by `to` (a claim is dated by its period `asOfFrom`, else by its document's `dateFrom`), each with its
// @description sentence. Rows whose value did not change are left out. Default: the zone count, 21 at the end of 2023 and 23
// @description after April 2026.
// @descriptionZh 对每个主体和谓词，
// @descriptionZh 列出截至 `from` 已发布文件中陈述的最新值与截至 `to` 的最新值（陈述以其所指时期 `asOfFrom` 定日期，
// @descriptionZh 否则以文件的 `dateFrom`），各附原句。数值未变的行不列出。默认：自贸区数量，
// @descriptionZh 2023 年底为 21 个，2026 年 4 月后为 23 个。
// @param from string = "2023-12-31" — the earlier date, yyyy-mm-dd
// @param to string = "2026-04-30" — the later date, yyyy-mm-dd
// @param predicate string = "ftz_count" — what is claimed (ftz_count, train_count, trade_value, ...); "" = every predicate
MATCH (c:Claim)-[:STATED_IN]->(p:Passage)-[:IN_DOCUMENT]->(d:Document)
WHERE d.dateFrom <= date($to) AND ($predicate = '' OR c.predicate = $predicate)
MATCH (c)-[:ABOUT]->(s:Entity)
WITH s, c, p, d, coalesce(c.asOfFrom, d.dateFrom) AS known
ORDER BY known DESC, d.dateFrom DESC
WITH s, c.predicate AS predicate,
  collect({value: c.value, asOf: c.asOf, sentence: p.clean, document: d.title, published: d.dateFrom}) AS byRecency
WITH s, predicate, byRecency[0] AS after,
  [x IN byRecency WHERE x.published <= date($from)][0] AS before
WHERE before IS NULL OR before.value <> after.value
RETURN s.name AS subject, predicate, before.value AS valueBefore, before.sentence AS sentenceBefore,
  before.document AS documentBefore, after.value AS valueAfter, after.sentence AS sentenceAfter,
  after.document AS documentAfter
ORDER BY subject, predicate
