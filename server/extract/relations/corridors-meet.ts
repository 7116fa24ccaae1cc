import type { Mention } from "../entities/types";
import { typeOf } from "./context";
import { T_MEET } from "./triggers";
import type { RelationRule } from "./types";

const PLACE = /^(Port|City|DevZone|Area|Province)$/;

/** The corridors of the list that ends right before `end` (joined by 、和与及). */
function corridorList(ms: Mention[], norm: string, end: number): Mention[] {
  const out: Mention[] = [];
  // (an unlisted last item with a corridor head: …和长江黄金水道在…)
  const unlisted = /[、和与及][\u4e00-\u9fff]{1,8}(水道|通道|班列|走廊|铁路|航线|快线)$/.exec(
    norm.slice(0, end),
  );
  let at = unlisted && !ms.some((m) => m.ce === end) ? end - unlisted[0].length : end;
  for (const c of [...ms].reverse()) {
    if (typeOf(c.id) !== "Corridor" || c.ce > at) continue;
    if (!(c.ce === at || /^[、和与及]$/.test(norm.slice(c.ce, at)))) break;
    out.unshift(c);
    at = c.cs;
  }
  return out;
}

/**
 * Corridors meeting at a place: 陆海新通道、中欧班列和长江黄金水道在果园港贯通发运 → ON_CORRIDOR from the
 * place to each corridor of the list right before 在. The verbs of meeting are data
 * (data/lexicon/triggers.json, "meet").
 */
export const corridorsMeet: RelationRule = {
  name: "corridors-meet",
  types: ["ON_CORRIDOR"],
  find({ norm, ms, push }) {
    for (const p of ms) {
      if (!PLACE.test(typeOf(p.id)) || !/在$/.test(norm.slice(0, p.cs))) continue;
      if (
        !T_MEET.test(norm.slice(p.ce, p.ce + 6)) ||
        !/^[\u4e00-\u9fff]{0,2}$/.test(norm.slice(p.ce).split(T_MEET)[0] ?? "")
      )
        continue;
      for (const c of corridorList(ms, norm, p.cs - 1))
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
