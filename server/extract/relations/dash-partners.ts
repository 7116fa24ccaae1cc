import { LIST_JOIN } from "../clauses";
import type { Mention } from "../entities/types";
import { NEGATORS, trigger } from "../lexicon";
import { typeOf } from "./context";
import { pushPartners } from "./cooperate";
import { DASH } from "./dash-lines";
import { T_BORDER, T_COOP } from "./triggers";
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
 * Or, after the pair, a thing the two sides share (triggers.json "dashSharedHeads": 命运共同体, 协同创新) or a way
 * between them (dashSharedWays: 运输通道, 物流通道), at most ten characters of modifiers before it with no clause mark,
 * quote or dash (共建中国—中亚命运共同体, 成为甲国—乙国之间一条重要的海上运输通道).
 */
const SHARED = new RegExp(
  `^[^，,；;。！？!?、“”"—\\-－–─]{0,10}?((${trigger("dashSharedHeads").source})|(${trigger("dashSharedWays").source}))`,
);
/** Border words between the pair and the thing (border, dashSharedNotPlace: 甲国—乙国边境的物流通道). */
const NOT_SHARED = new RegExp(`${T_BORDER.source}|${trigger("dashSharedNotPlace").source}`);
/** A negator after the shared thing in its clause (function-words.json negators: 命运共同体尚未形成; not 不断). */
const NEGATED = new RegExp(`^[^，,；;。！？!?]*?(${NEGATORS})(?!断)`);

/**
 * The end of a shared thing after the pair a—b at `at`: none when a name or a border word stands before it (甲国—乙国
 * 边境的物流通道), when a way joins two domestic places (a route), or when a negator follows it in its clause.
 */
function sharedEnd(norm: string, ms: readonly Mention[], a: Mention, b: Mention): number | undefined {
  const found = SHARED.exec(norm.slice(b.ce));
  if (!found) return undefined;
  const head = b.ce + found[0].length - (found[1] ?? "").length;
  if (ms.some((m) => m.cs >= b.ce && m.cs < head) || NOT_SHARED.test(norm.slice(b.ce, head)))
    return undefined;
  if (found[3] && ![a, b].some((x) => typeOf(x.id) === "Country")) return undefined;
  const end = b.ce + found[0].length;
  return NEGATED.test(norm.slice(end)) ? undefined : end;
}

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
      // (a pair listed before further pairs shares their head: 中国—老挝、中国—越南物流通道)
      let [x, y] = [a, b];
      let end: number | undefined;
      for (let n = 0; n < 4; n++) {
        const after = AFTER.exec(norm.slice(y.ce));
        end = after ? y.ce + after[0].length : sharedEnd(norm, ms, x, y);
        const next: Mention | undefined = LIST_JOIN.test(norm[y.ce] ?? "")
          ? startsAt.get(y.ce + 1)
          : undefined;
        const nextB = next && sideAfter(next.ce);
        if (end !== undefined || !next || !nextB || inName(next) || inName(nextB) || sideAfter(nextB.ce))
          break;
        [x, y] = [next, nextB];
      }
      if (end === undefined) continue;
      pushPartners(push, a, [b.id], a.cs, end);
    }
  },
};
