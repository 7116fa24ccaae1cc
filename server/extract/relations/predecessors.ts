import { sentenceEnd } from "../clauses";
import type { Mention } from "../entities/types";
import { alternatives, readLexicon } from "../lexicon";
import { type RelationContext, typeOf } from "./context";
import { listAfter, pushPartners } from "./cooperate";
import { partnerOf } from "./toward-partner";
import type { RelationRule } from "./types";

const WORDS = readLexicon<{
  predecessorOpen: string[];
  predecessorClose: string[];
  predecessorRank: string[];
  predecessorPartnerMarks: string[];
}>("predecessors.json");
/** The opening word of the frame (predecessors.json "predecessorOpen": 继). */
const OPEN = new RegExp(alternatives(WORDS.predecessorOpen).source, "g");
/** The close of the frame right after the list (predecessorClose: 之后). */
const CLOSE = new RegExp(`^(${alternatives(WORDS.predecessorClose).source})`);
/** A ranking right after the close (predecessorRank: 的第3大, 最大). */
const RANK = new RegExp(`^(${alternatives(WORDS.predecessorRank).source})`);
/** The mark right before the first partner after the close (predecessorPartnerMarks: 与, 同, 和, 对). */
const MARK = new RegExp(`(${alternatives(WORDS.predecessorPartnerMarks).source})$`);
const SIDE = /^(Country|Province|City|DevZone|Port|FreeTradeZone|Area)$/;
const PARTNER = /^(Country|Province)$/;
const DOMESTIC = /^(Province|City|DevZone|Port|FreeTradeZone|Area)$/;

const sides = (ms: readonly Mention[], types: RegExp) =>
  ms.filter((m) => types.test(typeOf(m.id))).sort((x, y) => x.cs - y.cs || y.ce - x.ce);

/** The first partner written after `from` in the sentence with a mark right before it, and those listed with it. */
function firstPartners(rc: RelationContext, from: number): { ids: string[]; end: number } | undefined {
  const end = sentenceEnd(rc.norm, from);
  const cands = sides([...rc.ms, ...rc.abbr], PARTNER);
  const first = cands.find((m) => m.cs >= from && m.ce <= end && MARK.test(rc.norm.slice(from, m.cs)));
  const one = oneCharacter(rc, from, first ? first.cs : end);
  if (one) return one;
  if (!first) return undefined;
  const { list, end: listEnd } = listAfter(rc.norm, cands, first.cs);
  return { ids: list.map((x) => x.id), end: listEnd };
}

/**
 * A one-character country, province or region abbreviation right after 对 (toward-partner.ts partnerOf) before `to` and not the start of a name
 * (继甲市之后的对台航点城市: Province:台湾省).
 */
function oneCharacter(
  rc: RelationContext,
  from: number,
  to: number,
): { ids: string[]; end: number } | undefined {
  for (const t of rc.norm.slice(from, to).matchAll(/对/g)) {
    const at = from + (t.index ?? 0) + 1;
    const c = rc.norm[at] ?? "";
    const id = partnerOf(c, rc.cat);
    if (id && !rc.ms.some((m) => m.cs === at)) return { ids: [id], end: at + 1 };
  }
  return undefined;
}

/**
 * Predecessors of the subject: 继甲、乙之后 names places or states that did the same before. A state written
 * right before 继 with a ranking after the frame owns them all as partners (丙国是丁国继甲国和乙国之后的第3大
 * 贸易伙伴 → COOPERATES_WITH 丁国 -> 甲国, -> 乙国); otherwise the first partner marked by 与/同/和/对 after
 * the frame in the sentence is each predecessor's partner too (继甲国之后第二个与乙国签署协定的国家 → 甲国 ->
 * 乙国; 继甲市、乙市之后的对丙地航点城市 → each -> 丙地, also by a one-character abbreviation after 对). A Chinese place has no partner 中国; a frame with
 * other words than names (继合作推动…之后, 继甲国南方的某园之后) gives nothing.
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
