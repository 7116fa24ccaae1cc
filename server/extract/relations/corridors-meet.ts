import type { Mention } from "../entities/types";
import { relationAlt } from "../lexicon";
import { typeOf } from "./context";
import { T_MEET } from "./triggers";
import type { RelationRule } from "./types";

const PLACE = /^(Port|City|DevZone|Area|Province)$/;
/**
 * What may stand between two corridors of the list, or between the last one and 在: quotes, a generic
 * head of the name (中欧班列（重庆）物流通道) and a list separator.
 */
const GAP = new RegExp(`^[”"」]?(${relationAlt("meetGapHeads")})?[”"」]?([、和与及]|以及)?[“"「]?$`);
/** The verb of meeting after the place, possibly after 实现/完成 and an adverb (实现无缝衔接). */
const MEET_AFTER = new RegExp(`^(${relationAlt("meetLeadVerbs")})?[\\u4e00-\\u9fff]{0,2}?(${T_MEET.source})`);
/** 在 + a short description of the place without punctuation (在长江上游最大内河港重庆果园港). */
const AT = /在[^，,；;。！？!?、“”"]{0,16}$/;
/** An unlisted last item of the list with a corridor head (…和长江黄金水道在…): "meetUnlistedHeads". */
const UNLISTED = new RegExp(`[、和与及][\\u4e00-\\u9fff]{1,8}(${relationAlt("meetUnlistedHeads")})$`);

/** The corridors of the list that ends right before `end` (joined by 、和与及). */
function corridorList(ms: Mention[], norm: string, end: number): Mention[] {
  const out: Mention[] = [];
  // (an unlisted last item with a corridor head: …和长江黄金水道在…)
  const unlisted = UNLISTED.exec(norm.slice(0, end));
  let at = unlisted && !ms.some((m) => m.ce === end) ? end - unlisted[0].length : end;
  for (const c of [...ms].reverse()) {
    if (typeOf(c.id) !== "Corridor" || c.ce > at) continue;
    if (!GAP.test(norm.slice(c.ce, at))) break;
    out.unshift(c);
    at = c.cs;
  }
  return out;
}

/**
 * Corridors meeting at a place: 陆海新通道、中欧班列和长江黄金水道在果园港贯通发运 → ON_CORRIDOR from the
 * place to each corridor of the list right before 在; the place may be described (在西部最大内河港果园港
 * 实现无缝衔接: the last place before the verb). The verbs of meeting are data
 * (data/lexicon/triggers.json, "meet").
 */
export const corridorsMeet: RelationRule = {
  name: "corridors-meet",
  types: ["ON_CORRIDOR"],
  find({ norm, ms, push }) {
    for (const p of ms) {
      if (!PLACE.test(typeOf(p.id)) || !MEET_AFTER.test(norm.slice(p.ce))) continue;
      const at = AT.exec(norm.slice(0, p.cs));
      if (!at) continue;
      const zai = at.index;
      // the place is the last name before the verb, and no corridor stands between 在 and it
      if (ms.some((x) => x.cs > zai && x.cs < p.cs && (x.ce > p.cs || typeOf(x.id) === "Corridor"))) continue;
      for (const c of corridorList(ms, norm, zai))
        push({
          type: "ON_CORRIDOR",
          source: p.id,
          target: c.id,
          method: "pattern",
          confidence: 0.75,
          cs: c.cs,
          ce: p.ce,
        });
    }
  },
};
