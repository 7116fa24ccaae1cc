import {
  CONJUNCTION_CHARS,
  FOREIGN_MINISTRY_HEADS,
  MINISTERS_GROUP_TITLES,
  MINISTRY_HEAD_OPENS,
  NOT_MINISTRIES,
} from "../lexicon";
import { addLedOrganization } from "./led-names";
import type { Span } from "./names";
import type { EntityRule } from "./types";

/**
 * A ministry name after a country: a stem of two to eight characters ending in 部, followed by a
 * title, a statement verb, punctuation or the 兼 of a second portfolio (新加坡贸易和工业部部长,
 * 智利外交部国际经济关系副部长, 某国数字发展部兼卫生部长); 越南部分地区 is no ministry.
 */
const MINISTRY =
  /^([\u4e00-\u9fff]{2,8}?部)(?=部长|副部长|发言人|官员|消息|表示|宣布|发布|国际|兼|[,，、。；;和与的(（])/;
/** The conjunctions that join a list's last item (和, 及, 与: function-words.json conjunctions but the list comma). */
const JOINER = `[${CONJUNCTION_CHARS.replace("、", "")}]`;
/**
 * A ministry named by a list of portfolios after the country, its last joined by a conjunction
 * (某国生产、外贸、投资和渔业部, 某国联邦经济、教育和研究部): the list makes it a name, so any word may follow
 * but one the head opens (部门, 部分, 部署: foreign-ministry-heads.json headOpens). An item ending in 部, before
 * a list comma or the conjunction, makes it a list of ministries (某国贸工部、某某部, 某国能源、交通部和财政部).
 */
const LISTED = new RegExp(
  `^((?:[\\u4e00-\\u9fff]{2,4}(?<!部)、){1,4}[\\u4e00-\\u9fff]{2,4}(?<!部)${JOINER}[\\u4e00-\\u9fff]{2,4}?部)(?![${MINISTRY_HEAD_OPENS}])`,
);
/**
 * A portfolio's generic name right after the country (data/lexicon/foreign-ministry-heads.json: 贸工部,
 * 交通部, 外务省), whatever follows it (新加坡贸工部文告), the 长 of a minister's title included: a
 * minister's title that writes the ministry in full names it (新西兰贸易部长 -> 新西兰贸易部), a shortened
 * title (外长) names none; ministers meeting as a group (经贸部长会议, 部长级会议, 部长特别会议:
 * foreign-ministry-heads.json groupTitles) name no ministry, a minister attending a meeting does. A
 * word running across its end (交通部门, 国防部署) is no ministry.
 */
const HEAD = new RegExp(
  `^(?:${[...FOREIGN_MINISTRY_HEADS].sort((a, b) => b.length - a.length).join("|")})(?![${MINISTRY_HEAD_OPENS}]|长(?:${MINISTERS_GROUP_TITLES}))`,
);
/** A link of two parties before the second country's name (甲国与乙国, 甲国和乙国, 甲国、乙国, 甲国同乙国). */
const PAIRED = new RegExp(`[${CONJUNCTION_CHARS}同]`);
/** Whether a country and a link stand right before `cs` (中国与某国…: the title is both countries'). */
function pairedCountry(norm: string, cands: readonly Span[], cs: number): boolean {
  return PAIRED.test(norm[cs - 1] ?? "") && cands.some((o) => o.id.startsWith("Country:") && o.ce === cs - 1);
}
/** Whether a longer country's name ends where `c` ends (俄罗斯 inside 白俄罗斯): that country leads the ministry. */
function insideLongerCountry(cands: readonly Span[], c: Span): boolean {
  return cands.some((o) => o.id.startsWith("Country:") && o.ce === c.ce && o.cs < c.cs);
}
/** Stems that are directions or parts (东南部, 中西部, 全部), or a region's part after its name (某邦北部,
 * 某岛东南部), not ministries. */
const NOT_MINISTRY = /^[东西南北中内外全局上下]+部$|[东西南北中]部$|[、，]/;

/**
 * Ministries of foreign governments named after their country (新加坡贸易和工业部, 智利外交部), by a stem in
 * 部 before a title, a verb or punctuation, or by a portfolio's generic name (新加坡贸工部). China's own
 * ministries are catalogued (商务部), so a ministry after 中国 is left to the catalog.
 */
export const foreignMinistries: EntityRule = {
  name: "foreign-ministries",
  type: "Organization",
  priority: 1,
  find(ctx) {
    const { norm, n, cands } = ctx;
    for (const c of [...cands]) {
      if (!c.id.startsWith("Country:") || c.id === "Country:中国" || insideLongerCountry(cands, c)) continue;
      const after = norm.slice(c.ce, c.ce + 12);
      const listed = LISTED.exec(norm.slice(c.ce, c.ce + 30))?.[1];
      const stem = listed ?? MINISTRY.exec(after)?.[1] ?? HEAD.exec(after)?.[0];
      if (!stem || (!listed && NOT_MINISTRY.test(stem)) || n.placesIn(stem).length > 0) continue;
      // a common noun ending in 部 (干部, 总部, 司令部: foreign-ministry-heads.json notMinistries) is no ministry
      if (NOT_MINISTRIES.some((w) => stem.endsWith(w))) continue;
      // a title after a pair of countries (中国与某国经贸部长) is their ministers', no one ministry
      if (norm[c.ce + stem.length] === "长" && pairedCountry(norm, cands, c.cs)) continue;
      addLedOrganization(ctx, c, c.ce + stem.length);
    }
  },
};
