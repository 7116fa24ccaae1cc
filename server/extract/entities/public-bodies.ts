import { hanRunBefore } from "../clauses";
import type { EntityRule } from "./types";

/**
 * Place-led public bodies: 上海市人大常委会, 宁波市发展和改革委员会, 上海临港国际人工智能研究院,
 * 海南省社会科学院, 重庆工商大学, 新疆大学经济与管理学院 (a school keeps its university).
 */
export const publicBodies: EntityRule = {
  name: "public-bodies",
  type: "Organization",
  priority: 1,
  find({ norm, n, add }) {
    for (const m0 of norm.matchAll(
      /人大常委会|人民政府|发展和改革委员会|发展改革委|商务厅|商务局|社会科学院|科学院|研究院|大学/g,
    )) {
      const school =
        m0[0] === "大学"
          ? /^(?![和与及])(?:(?!大学)[^，。、；的和及]){2,10}?学院/.exec(norm.slice((m0.index ?? 0) + 2))
          : null;
      const m = [school ? `大学${school[0]}` : m0[0]] as unknown as RegExpMatchArray;
      m.index = m0.index;
      const k = m.index ?? 0;
      const from = hanRunBefore(norm, k, 14);
      const places = n.placesIn(norm.slice(from, k));
      // the first place that starts a name running up to the body without 的/和/与 in between
      const first = places.find((p) => {
        const before = norm.slice(from, from + p.start);
        return (
          (p.start === 0 || /(的|和|与|及|、|在|由|据|经|是|为|了)$/.test(before)) &&
          !/的|和|与/.test(norm.slice(from + p.end, k))
        );
      });
      if (!first) continue;
      add(n.placeLedOrganisation(norm, from + first.start, k + m[0].length, first, from));
    }
  },
};
