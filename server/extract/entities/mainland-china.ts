import { readLexicon } from "../lexicon";
import type { EntityRule } from "./types";

const LEX = readLexicon<{ surface: string; leads: string[]; follows: string[] }>("mainland-china.json");
/** What opens the clause before the word: no Han character (a mark, a digit, the text's edge) or a lead word (Taiwan joined before it too). */
const OPENS = new RegExp(`(?:[^\\u4e00-\\u9fff]|${LEX.leads.join("|")})$`);
/** What follows the word as a party: Taiwan joined to it, or a party verb. */
const FOLLOWS = new RegExp(`^(?:${LEX.follows.join("|")})`);

/**
 * China written as bare 大陆 (texts of Taiwan and Hong Kong: 大陆与台湾先后申请加入…, 同年11月，大陆申请加入…) as a
 * party beside Taiwan or of an agreement act: Country:中国 (lexicon mainland-china.json). The word must open its clause
 * or follow a lead word, and Taiwan joined to it or a party verb must follow; 欧洲大陆, 中国大陆, 大陆桥, 大陆经济 are none.
 */
export const mainlandChina: EntityRule = {
  name: "mainland-china",
  type: "Country",
  priority: 2,
  find({ norm, add, cands }) {
    for (let cs = norm.indexOf(LEX.surface); cs >= 0; cs = norm.indexOf(LEX.surface, cs + 1)) {
      const ce = cs + LEX.surface.length;
      const before = cs === 0 || OPENS.test(norm.slice(Math.max(0, cs - 4), cs));
      if (!before || !FOLLOWS.test(norm.slice(ce, ce + 4))) continue;
      if (cands.some((c) => c.cs < ce && c.ce > cs)) continue;
      add({ id: "Country:中国", cs, ce, method: "pattern" });
    }
  },
};
