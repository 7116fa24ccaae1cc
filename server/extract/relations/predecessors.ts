import { sentenceEnd } from "../clauses";
import type { Mention } from "../entities/types";
import { alternatives, CLAUSE_TIMES, readLexicon, trigger } from "../lexicon";
import { type RelationContext, typeOf } from "./context";
import { listAfter, pushPartners } from "./cooperate";
import { dealingsAt } from "./toward-partner";
import { T_BORDER } from "./triggers";
import type { RelationRule } from "./types";

const WORDS = readLexicon<{
  predecessorOpen: string[];
  predecessorClose: string[];
  predecessorRank: string[];
  predecessorRankHeads: string[];
  predecessorPartnerMarks: string[];
}>("predecessors.json");
/** The opening word of the frame (predecessors.json "predecessorOpen": 继). */
const OPEN = new RegExp(alternatives(WORDS.predecessorOpen).source, "g");
/** The close of the frame right after the list (predecessorClose: 之后). */
const CLOSE = new RegExp(`^(${alternatives(WORDS.predecessorClose).source})`);
/**
 * A ranking right after the close (predecessorRank: 的第3大, 最大) heading a partner noun at most six characters
 * after it (predecessorRankHeads: 伙伴, 市场, 来源国…; not 第三大经济体).
 */
const RANK = new RegExp(
  `^(${alternatives(WORDS.predecessorRank).source})[^，,；;。！？!?、]{0,6}?(${alternatives(WORDS.predecessorRankHeads).source})`,
);
/** The mark right before the first partner after the close (predecessorPartnerMarks: 与, 同, 和, 对). */
const MARK = new RegExp(`(${alternatives(WORDS.predecessorPartnerMarks).source})$`);
/** A clause that is a time alone (function-words.json clauseTimes, or a date: 2015年11月). */
const TIME_ONLY = new RegExp(`^((${CLAUSE_TIMES})|[0-9０-９一二三四五六七八九十〇年月日底初中旬上下半]+)$`);
/** A wish before the partner in its clause (triggers.json "partnerWish": 希望, 力争, 有望, 计划). */
const WISH = trigger("partnerWish");
const CLAUSE_MARK = /[，,；;。！？!?]/;
const SIDE = /^(Country|Province|City|DevZone|Port|FreeTradeZone|Area)$/;
const PARTNER = /^(Country|Province)$/;
const DOMESTIC = /^(Province|City|DevZone|Port|FreeTradeZone|Area)$/;

const sides = (ms: readonly Mention[], types: RegExp) =>
  ms.filter((m) => types.test(typeOf(m.id))).sort((x, y) => x.cs - y.cs || y.ce - x.ce);

/** The first clause after `from` that is not a time alone: where it starts and ends. */
function partnerClause(norm: string, from: number): { cs: number; ce: number } {
  const end = sentenceEnd(norm, from);
  let cs = from;
  for (;;) {
    while (cs < end && CLAUSE_MARK.test(norm[cs] ?? "")) cs++;
    const rel = norm.slice(cs, end).search(CLAUSE_MARK);
    const ce = rel < 0 ? end : cs + rel;
    if (ce >= end || !TIME_ONLY.test(norm.slice(cs, ce))) return { cs, ce };
    cs = ce;
  }
}

/** Whether partner `m` after `mark` (ending at mark.cs) is marked as the subject's partner in clause [cs, ce). */
function marked(rc: RelationContext, m: Mention, cs: number, ce: number): boolean {
  const mk = MARK.exec(rc.norm.slice(cs, m.cs));
  if (!mk) return false;
  const at = m.cs - mk[0].length;
  // (a partner after 对 is read only as dealings: oneCharacter)
  if (mk[0] === "对") return false;
  // (甲市和乙省也出台…: names joined by 和 opening the clause are its subjects; not 作为甲国和乙国的合作项目)
  if (mk[0] === "和" && rc.ms.some((x) => x.ce === at && x.cs === cs)) return false;
  if (T_BORDER.test(rc.norm.slice(m.ce, Math.min(ce, m.ce + 4)))) return false;
  return !WISH.test(rc.norm.slice(cs, at));
}

/** The first partner in the clause after `from` with a mark right before it, and those listed with it. */
function firstPartners(rc: RelationContext, from: number): { ids: string[]; end: number } | undefined {
  const { cs, ce } = partnerClause(rc.norm, from);
  const cands = sides([...rc.ms, ...rc.abbr], PARTNER);
  const first = cands.find((m) => m.cs >= cs && m.ce <= ce && MARK.test(rc.norm.slice(cs, m.cs)));
  const one = oneCharacter(rc, cs, first ? first.cs : ce);
  if (one) return one;
  if (!first || !marked(rc, first, cs, ce)) return undefined;
  const { list, end: listEnd } = listAfter(rc.norm, cands, first.cs);
  return { ids: list.map((x) => x.id), end: listEnd };
}

/**
 * Partners after 对 read as toward-partner.ts reads dealings (dealingsAt: 对台贸易, 对日韩投资; not 对美好生活,
 * 对美出口管制) between `from` and `to`, 对 not the start of a name.
 */
function oneCharacter(
  rc: RelationContext,
  from: number,
  to: number,
): { ids: string[]; end: number } | undefined {
  for (const t of rc.norm.slice(from, to).matchAll(/(?<![相针面应反绝核比])对/g)) {
    const at = from + (t.index ?? 0);
    if (rc.ms.some((m) => m.cs === at + 1)) continue;
    const found = dealingsAt(rc.norm, at, rc.cat);
    if (found) return { ids: found.partners, end: found.end };
  }
  return undefined;
}

/**
 * Predecessors of the subject: 继甲、乙之后 names places or states that did the same before. A state written
 * right before 继 with a ranking of partners after the frame owns them all as partners (丙国是丁国继甲国和乙国之后的第3大
 * 贸易伙伴 → COOPERATES_WITH 丁国 -> 甲国, -> 乙国); otherwise the first partner marked by 与/同/和/对 in the first
 * clause after the frame that is not a time alone is each predecessor's partner too (继甲国之后第二个与乙国签署协定的国家 →
 * 甲国 -> 乙国; 继甲市、乙市之后的对丙地贸易窗口 → each -> 丙地, also by a one-character abbreviation after 对). A
 * Chinese place has no partner 中国; a frame with other words than names (继合作推动…之后, 继甲国南方的某园之后) gives nothing.
 */
export const predecessors: RelationRule = {
  name: "predecessors",
  types: ["COOPERATES_WITH"],
  find(rc) {
    const { norm, ms, push } = rc;
    const cands = sides(ms, SIDE);
    for (const o of norm.matchAll(OPEN)) {
      const at = o.index ?? 0;
      const { list, end } = listAfter(norm, cands, at + o[0].length);
      const close = list.length > 0 ? CLOSE.exec(norm.slice(end)) : null;
      if (!close) continue;
      const after = end + close[0].length;
      const owner = cands.find((m) => m.ce === at && PARTNER.test(typeOf(m.id)));
      if (owner && RANK.test(norm.slice(after))) {
        pushPartners(
          push,
          owner,
          list.map((x) => x.id),
          owner.cs,
          after,
        );
        continue;
      }
      const partners = firstPartners(rc, after);
      if (!partners) continue;
      for (const p of list)
        pushPartners(
          push,
          p,
          partners.ids,
          p.cs,
          partners.end,
          (id) => !list.some((x) => x.id === id) && !(DOMESTIC.test(typeOf(p.id)) && id === "Country:中国"),
        );
    }
  },
};
