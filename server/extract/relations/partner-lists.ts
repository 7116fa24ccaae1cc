import { clauseStart } from "../clauses";
import { relationAlt } from "../lexicon";
import { typeOf } from "./context";
import { listAfter, pushPartners } from "./cooperate";
import type { RelationRule } from "./types";

const COUNT = "[\\d一二两三四五六七八九十]+";
/** 已有A、B…N个自贸伙伴: the list before, closed by a count and a noun of partners. */
const HAS = new RegExp(`(${relationAlt("partnerHasVerbs")})$`);
const HAS_TAIL = new RegExp(
  `^(等)?(${COUNT}个)?(国家和地区|国家|经济体)?(的)?(自贸|自由贸易|贸易|经贸)(合作)?伙伴`,
);
/** 前三大出口国分别为A、B与C: a ranked group of partners, then the list. */
const RANKED = new RegExp(
  `(前${COUNT}大|主要)(出口国|进口国|出口市场|进口来源地|进口来源国|出口目的地|贸易伙伴)(分别|依次)?(为|是|包括)$`,
);
const SUBJECT = /^(Country|Province|City|FreeTradeZone|Area)$/;
const PARTNER = /^(Country|Province|City)$/;
/** Only a lead adverb, a place after 在 (在拉美地区) or 的 stands between the subject and the list. */
const BETWEEN = new RegExp(
  String.raw`^(${relationAlt("partnerListLeads")}|的|在[^，,；;。]{1,10}?(地区|区域)?|\s)*$`,
);

/**
 * Partners listed as a group the subject has: 中国在拉美地区已有智利、秘鲁…4个自贸伙伴, 马尔代夫前三大出口国
 * 分别为泰国、斯里兰卡与美国 → COOPERATES_WITH from the subject (the name opening the clause, before the
 * list's verb) to each partner listed. Without the noun of partners after the list (已有A、B两个口岸) or
 * the ranked group before it, nothing.
 */
export const partnerLists: RelationRule = {
  name: "partner-lists",
  types: ["COOPERATES_WITH"],
  find({ norm, ms, push }) {
    const partners = ms.filter((m) => PARTNER.test(typeOf(m.id))).sort((x, y) => x.cs - y.cs);
    for (const first of partners) {
      const head = norm.slice(clauseStart(norm, first.cs), first.cs);
      const has = HAS.exec(head);
      const trig = has ?? RANKED.exec(head);
      if (!trig) continue;
      const { list, end } = listAfter(norm, partners, first.cs);
      if (has && !HAS_TAIL.test(norm.slice(end))) continue;
      const verbAt = first.cs - trig[0].length;
      const from = clauseStart(norm, first.cs);
      const s = ms.find(
        (x) =>
          SUBJECT.test(typeOf(x.id)) &&
          x.cs >= from &&
          x.ce <= verbAt &&
          BETWEEN.test(norm.slice(x.ce, verbAt)),
      );
      if (!s || list.includes(s)) continue;
      pushPartners(
        push,
        s,
        list.map((x) => x.id),
        s.cs,
        end,
      );
    }
  },
};
