import type { Mention } from "../entities/types";
import { trigger } from "../lexicon";
import { typeOf } from "./context";
import { pushPartners } from "./cooperate";
import { DASH } from "./dash-lines";
import { T_COOP } from "./triggers";
import type { RelationRule } from "./types";

/** Who may be a side of a dash pair: places, countries and blocs. */
const SIDE = /^(City|Province|Country)$/;
/**
 * After the pair: the second side's kind or part (国家, 地区, 北部: triggers.json "regionPart"), a quoted
 * designation (“两国双园”, “16+1”), a field (人文, 经贸, 互信…: triggers.json "coopField"), then a word of cooperation (triggers.json "cooperation": 合作, 交流, 经贸…).
 */
const AFTER = new RegExp(
  `^(国家|各国|${trigger("regionPart").source})?\\s*([“"][^”"]{1,8}[”"])?\\s*(${trigger("coopField").source})?(${T_COOP.source})`,
);
/**
 * Or, after the pair, a thing the two sides share (triggers.json "dashSharedHeads": 命运共同体, 协同创新,
 * 运输通道), with a field and modifiers before it ("dashSharedLead": 的, 又一条, 重要, 海上, 发展):
 * 共建中国—中亚命运共同体, 成为甲国—乙国的又一条重要海上运输通道.
 */
const SHARED = new RegExp(
  `^(${trigger("coopField").source}|${trigger("dashSharedLead").source})*(${trigger("dashSharedHeads").source})`,
);

/**
 * Two sides written as a dash pair right before a word of cooperation (签订中国—尼泊尔“两国双园”合作备忘,
 * 中国云南—老挝北部合作工作组, 中国—中亚经贸合作): the pair cooperates, COOPERATES_WITH from the side written
 * first to the other. Not inside a recognised name (中国—东盟博览会 as a name is name-partners'), and not a
 * chain of three or more (a route's stops).
 */
export const dashPartners: RelationRule = {
  name: "dash-partners",
  types: ["COOPERATES_WITH"],
  find({ norm, ms, push }) {
    if (!/[—\-－–─]/.test(norm)) return;
    const sides = ms.filter((m) => SIDE.test(typeOf(m.id))).sort((x, y) => x.cs - y.cs);
    const inName = (m: Mention) =>
      ms.some((x) => x !== m && x.cs <= m.cs && x.ce >= m.ce && x.ce - x.cs > m.ce - m.cs);
    // (the sides by where they start and end: a pair is a side, one or two dashes (dash-lines' DASH), a side)
    const startsAt = new Map<number, Mention>();
    for (const x of sides) if (!startsAt.has(x.cs)) startsAt.set(x.cs, x);
    const endsAt = new Set(sides.map((x) => x.ce));
    const sideAfter = (end: number) => {
      for (const k of [1, 2]) {
        const x = startsAt.get(end + k);
        if (x && DASH.test(norm.slice(end, end + k))) return x;
      }
      return undefined;
    };
    const sideBefore = (start: number) =>
      [1, 2].some((k) => endsAt.has(start - k) && DASH.test(norm.slice(start - k, start)));
    for (const a of sides) {
      const b = sideAfter(a.ce);
      if (!b || inName(a) || inName(b)) continue;
      // (not a chain: 上海—果园—南充)
      if (sideAfter(b.ce) || sideBefore(a.cs)) continue;
      const after = AFTER.exec(norm.slice(b.ce)) ?? SHARED.exec(norm.slice(b.ce));
      if (!after) continue;
      pushPartners(push, a, [b.id], a.cs, b.ce + after[0].length);
    }
  },
};
