import { sentenceEnd, sentenceStart } from "../clauses";
import type { Mention } from "../entities/types";
import { trigger } from "../lexicon";
import { typeOf } from "./context";
import { LINE_PLACE, pushPartners } from "./cooperate";
import { type ListShape, listedPlaces } from "./line-lists";
import { isService } from "./services";
import type { RelationRule } from "./types";

/** The noun of a line's port calls and what may follow it (挂港顺序为：, 港序覆盖, 具体路径为“…). */
const ORDER = new RegExp(`(${trigger("callOrder").source})(依次)?(为|是|覆盖)?[：:]?[“"]?`, "g");
/** A word of a ship or sea line (triggers.json "sailLine"): a path noun (具体路径) is read only beside one. */
const SEA = trigger("sailLine");
/** An order noun that is itself about port calls (挂港顺序, 港序), unlike a bare path noun (具体路径). */
const PORT_ORDER = /[港挂]/;
/** Between two calls: a dash or 、 (normalize folds —―－– to - and ～ to ~), and unrecognised calls between such marks (甲-某港-乙). */
const SEP = "[、\\-─~]";
const GAP = new RegExp(`^(${SEP}[^、\\-─~，,；;。！？!?\\s]{1,6})*${SEP}$`);

/**
 * The calls written from `at` on: the first right at `at`, the next after a dash or 、 (with unrecognised calls
 * between such marks); a country right before a place only places it (越南胡志明 is one call).
 */
export const CALLS: ListShape = {
  joint: (gap, first) => (first ? gap === "" : GAP.test(gap)),
  countryPlaces: true,
};

/**
 * The home of the line: the port or place of the sentence, named before the order noun, that one of
 * the calls names (山东港口甲港…港序覆盖甲、乙…), else the first call when the sentence names no port (a Port
 * mention; not 香港 nor 港口) before the list. A port named before that no call names (每周一挂靠甲港区，挂靠
 * 港序为乙-丙…) leaves the home unsaid: none.
 */
function home(norm: string, ms: Mention[], list: Mention[], from: number, at: number): Mention | undefined {
  const before = ms.filter((m) => m.cs >= from && m.ce <= at && LINE_PLACE.test(typeOf(m.id)));
  for (const b of before.reverse()) {
    const surface = norm.slice(b.cs, b.ce);
    if (list.some((c) => c.id === b.id || surface.startsWith(norm.slice(c.cs, c.ce)))) return b;
  }
  return before.some((b) => typeOf(b.id) === "Port") ? undefined : list[0];
}

/**
 * COOPERATES_WITH from the home of an unnamed sea line to each of its other calls when the text lists
 * them after an order noun (triggers.json "callOrder": 挂港顺序, 挂靠港序, 港序, 具体路径…): 新航线挂港顺序为
 * 甲、乙、丙、甲. The home is the port the sentence names before the list when a call
 * names it, else the first call (the name written first, as for an unnamed line 银川—成都—新加坡航线) when
 * the sentence names no port before the list (then the home is not said: nothing). A bare path noun
 * (具体路径) counts only in a sentence with a sea-line word (triggers.json "sailLine"). Not
 * when the sentence names a service (its calls are the routes rules').
 */
export const callOrder: RelationRule = {
  name: "call-order",
  types: ["COOPERATES_WITH"],
  find({ norm, ms, cat, push }) {
    const places = ms.filter((m) => LINE_PLACE.test(typeOf(m.id))).sort((x, y) => x.cs - y.cs || y.ce - x.ce);
    for (const t of norm.matchAll(ORDER)) {
      const at = (t.index ?? 0) + t[0].length;
      const from = sentenceStart(norm, at);
      const to = sentenceEnd(norm, at);
      if (!PORT_ORDER.test(t[1] ?? "") && !SEA.test(norm.slice(from, to))) continue;
      if (ms.some((m) => m.cs >= from && m.cs < to && isService(m.id, ms, cat, norm))) continue;
      const list = listedPlaces(norm, places, at, CALLS);
      const h = home(norm, ms, list, from, t.index ?? 0);
      const last = list[list.length - 1];
      if (!h || !last || list.length < 2) continue;
      const hs = norm.slice(h.cs, h.ce);
      const others = list.filter((c) => c.id !== h.id && !hs.startsWith(norm.slice(c.cs, c.ce)));
      pushPartners(
        push,
        h,
        others.map((c) => c.id),
        h.cs,
        last.ce,
      );
    }
  },
};
