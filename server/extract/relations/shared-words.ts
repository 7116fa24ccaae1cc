/**
 * Regex pieces built from word lists of data/lexicon/relation-words.json that several relation rules read (release
 * 27, round lex-move9: shared here instead of imported from a sibling rule). They stay in relations/, not in
 * lexicon.ts, because every group of relation-words.json names a reader in relations/ that holds its key
 * (tests/unit/server/extract/lexicon.test.ts). No rule: nothing here is registered.
 */
import { ADMIN_SUFFIX, relationAlt, trigger } from "../lexicon";

/**
 * Between a place and a rank: a place written without its suffix, 下辖/代管 and 的, a count (伊犁哈萨克自治州
 * 下辖的一个县级市, 甲省的下辖地级市; the verbs: triggers.json "adminUnder"; the counts: relation-words.json
 * "adminRankCounts"). Read by admin-belonging.ts and border-with.ts.
 */
export const RANK_PATH = `([\\u4e00-\\u9fff]{0,8}?(${ADMIN_SUFFIX}))?的?(${trigger("adminUnder").source})?的?(${relationAlt("adminRankCounts")})?`;

/**
 * What may stand between a country and a place it places: nothing, or its capital's title with an optional 的
 * (阿联酋迪拜, 老挝首都万象, 塔吉克斯坦的首都杜尚别: relation-words.json "placedCapitalTitles"); 的 alone is a
 * modifier (越南的广西籍企业), not a placing. Read by route-partners.ts and modifier-country.ts.
 */
export const PLACED_GAP = new RegExp(`^(?:的?(?:${relationAlt("placedCapitalTitles")}))?`);
