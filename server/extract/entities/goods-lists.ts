import { CLAUSE_MARKS, clauseOf } from "../clauses";
import { alternatives, readLexicon, ZONE_TYPE } from "../lexicon";
import type { Mention } from "./types";

const lex = readLexicon<{
  goodsHeads: string[];
  goodsLeads: string[];
  goodsClose: string[];
  goodsFocusVerbs: string[];
  productHeads: string[];
  productQualifierNot: string[];
  stateZoneWords: string[];
}>("industry.json");

/**
 * A further item of the sector's list: joined by 、, short, with no 的, 等 or clause mark inside. 和/及 do not join
 * here: 以农业和矿产资源为支柱 pairs a sector with resources.
 */
const ITEM = `(?:、[^、${CLAUSE_MARKS}：:和及与等的]{1,5})`;
/** A word of goods right before the head (矿产资源, 能源资源): never 人力, 数据, 医疗, 教育. */
const LEAD = alternatives(lex.goodsLeads).source;
/** What may follow the head when it closes the list: a clause mark, 的, the end, or a word of endowment or trade. */
const CLOSE = `(?=[${CLAUSE_MARKS}：:的]|$|${alternatives(lex.goodsClose).source})`;
/**
 * The list closed by a resource head: right after the sector (旅游资源尚待整合), after a goods word (有色金属
 * 矿产资源), or after further items whose last is a goods word (农业、矿产品资源).
 */
const RESOURCE_LIST = new RegExp(
  `^(?:${ITEM}*、(?:${LEAD})|(?:${LEAD}))?(?:${alternatives(lex.goodsHeads).source})${CLOSE}`,
);

/**
 * A list of two items or more closed by 等 and a noun of products (industry.json productHeads), with at most a
 * short qualifier between (甲、乙、丙等产品, 甲、乙等“某字号”工业产品, 甲、乙等丰富的产品和服务): the items are goods
 * shipped or shown, not fields a place develops. A sector alone before 等 (甲等产品) is no list and stays, and so
 * does a list whose class noun comes first (甲、乙等产业的产品), or a qualifier holding a class noun or a verb
 * (industry.json productQualifierNot: 甲、乙等引领新产品开发 names what leads, not goods).
 */
const PRODUCT_LIST = new RegExp(
  `^(${ITEM}*)等(?:(?!${alternatives(lex.productQualifierNot).source})[^${CLAUSE_MARKS}：:、等]){0,8}?(?:${alternatives(lex.productHeads).source})`,
);

/** A generic word of a zone (industry.json stateZoneWords: 片区, 自贸区, 保税区…). */
const ZONE_WORD = alternatives(lex.stateZoneWords);

/**
 * The sector is an item of a list of products (PRODUCT_LIST), with another item before or after it, and no zone
 * (a mention or a zone word) written before it in its clause: a zone that puts out such products names its own
 * fields (某自贸区推出甲、乙等特色产品).
 */
function productListItem(norm: string, m: Mention, out: readonly Mention[]): boolean {
  const hit = PRODUCT_LIST.exec(norm.slice(m.ce, m.ce + 60));
  if (hit === null || (hit[1] === "" && norm[m.cs - 1] !== "、")) return false;
  const a = clauseOf(norm, m.cs)[0];
  if (ZONE_WORD.test(norm.slice(a, m.cs))) return false;
  return !out.some((z) => ZONE_TYPE.test(z.id) && z.cs >= a && z.ce <= m.cs);
}

/**
 * A verb of focus governing the list right before it, or before the items ahead of the sector (重点发展文化旅游
 * 资源, 打造甲、乙资源): the resources are what a place develops (industry.json goodsFocusVerbs).
 */
const FOCUS_BEFORE = new RegExp(
  `(?:${alternatives(lex.goodsFocusVerbs).source})[了着]?(?:[^、${CLAUSE_MARKS}：:]{1,5}、)*$`,
);

/**
 * Whether the sector word is an item of a list of natural resources: the list it opens or continues is closed
 * by 资源, and no 等 stands in the rest of its clause (丰富的农业、矿产品资源; 有色金属矿产资源). Such items are what
 * is mined or imported, not fields a place develops, unless a verb of focus governs the list (FOCUS_BEFORE;
 * data/lexicon/industry.json goodsHeads, goodsLeads, goodsClose, goodsFocusVerbs).
 */
export function goodsListItem(norm: string, m: Mention, out: readonly Mention[]): boolean {
  if (FOCUS_BEFORE.test(norm.slice(Math.max(0, m.cs - 40), m.cs))) return false;
  if (productListItem(norm, m, out)) return true;
  if (!RESOURCE_LIST.test(norm.slice(m.ce, m.ce + 30))) return false;
  return !norm.slice(m.ce, clauseOf(norm, m.cs)[1]).includes("等");
}
