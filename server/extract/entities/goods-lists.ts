import { alternatives, readLexicon } from "../lexicon";
import type { Mention } from "./types";

const lex = readLexicon<{ goodsHeads: string[]; goodsLeads: string[] }>("industry.json");

/**
 * A further item of the sector's list: joined by 、, short, with no 的, 等 or clause mark inside. 和/及 do not join
 * here: 以农业和矿产资源为支柱 pairs a sector with resources.
 */
const ITEM = "(?:、[^、，,。；;：:和及与等的]{1,5})";
/** Words after the head that make it part of a sector, a role or a kind (资源配置, 资源型城市, 资源开发). */
const NOT_AFTER = "(?!配置|开发|型|产业|业|综合利用|循环)";
/** The list closed by a resource head with no 等 (有色金属矿产资源, 农业、矿产品资源). */
const RESOURCE_LIST = new RegExp(
  `^${ITEM}*(?:${alternatives(lex.goodsLeads).source})?(?:${alternatives(lex.goodsHeads).source})${NOT_AFTER}`,
);

/**
 * Whether the sector word is an item of a list of natural resources: the list it opens or continues is closed
 * by 资源 with no 等 (丰富的农业、矿产品资源; 有色金属矿产资源). Such items are what is mined or imported, not fields
 * a place develops (data/lexicon/industry.json goodsHeads, goodsLeads).
 */
export function goodsListItem(norm: string, m: Mention): boolean {
  return RESOURCE_LIST.test(norm.slice(m.ce, m.ce + 30));
}
